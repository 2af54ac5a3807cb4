import type { AgentEventInput } from '../../events/agent-events.js';
import type { AgentTool } from '../../spec/agent-definition.js';
import type { SandboxAdapter } from '../../spec/sandbox.js';
import type { ToolProvider } from '../../spec/tool-provider.js';
import type { AgentToolResult } from './agent-tool-result.js';
import { createAgentFunctionTools } from './function-tool.js';
import { callHttpTool } from './http-tool.js';
import { createAgentMcpTools } from './mcp-tool.js';

/** What an execution's tools need from the builder. */
export interface AgentToolsContext {
  /** How HTTP tools are called; default the global `fetch`. */
  fetch?: typeof fetch;
  /** The builder's MCP servers (`createBuilder({ mcp })`), for MCP tools. */
  toolProviders?: readonly ToolProvider[];
  /** The builder's sandbox adapter, where function tools run. */
  sandbox?: SandboxAdapter;
  /** How long an MCP call waits for an approval before it is denied (ms). Default 10 minutes. */
  toolApprovalTimeoutMs?: number;
}

/** The tools of one execution, by kind; `close` releases what calls opened (MCP sessions, the sandbox). */
export interface AgentToolRuntime {
  /** Calls a tool with arguments already checked against its input schema. Rejects only when the execution stops. */
  call(tool: AgentTool, args: Record<string, unknown>, toolCallId: string): Promise<AgentToolResult>;
  close(): Promise<void>;
}

/**
 * The tool dispatch of an agent execution: HTTP tools over `fetch`, MCP tools under their server's
 * consent policy, function tools in the sandbox. MCP sessions and the sandbox open on first use.
 *
 * @example
 * const tools = createAgentToolRuntime(context, { ownerId, agentId, executionId, signal, emit });
 * try { await tools.call(tool, args, call.id); } finally { await tools.close(); }
 */
export function createAgentToolRuntime(
  context: AgentToolsContext,
  execution: { ownerId: string; agentId: string; executionId: string; signal: AbortSignal; emit(event: AgentEventInput): void },
): AgentToolRuntime {
  const mcp = createAgentMcpTools({
    providers: context.toolProviders ?? [],
    ...execution,
    ...(context.toolApprovalTimeoutMs === undefined ? {} : { approvalTimeoutMs: context.toolApprovalTimeoutMs }),
  });
  const functions = createAgentFunctionTools({ sandbox: context.sandbox, executionId: execution.executionId, signal: execution.signal });
  return {
    call(tool, args, toolCallId) {
      switch (tool.type) {
        case 'http':
          return callHttpTool(tool, args, { fetch: context.fetch ?? globalThis.fetch, signal: execution.signal });
        case 'mcp':
          return mcp.call(tool, args, toolCallId);
        case 'function':
          return functions.call(tool, args);
      }
    },
    async close() {
      await Promise.allSettled([mcp.close(), functions.close()]);
    },
  };
}
