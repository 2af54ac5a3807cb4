import { callExternalTool, connectToolProvider, errorMessage, externalToolDefaults } from '../../graph/external-tools/call-external-tool.js';
import { createToolConsent } from '../../graph/external-tools/tool-consent.js';
import { toolHash } from '../../graph/external-tools/tool-hash.js';
import { wrapUntrustedToolResult } from '../../protocol/untrusted-tool-result.js';
import type { AgentEventInput } from '../../events/agent-events.js';
import type { AgentMcpTool } from '../../spec/agent-definition.js';
import type { ToolProvider, ToolProviderSession } from '../../spec/tool-provider.js';
import { awaitAgentToolApproval, createAgentToolApproval } from './agent-tool-approvals.js';
import type { AgentToolResult } from './agent-tool-result.js';

/** What the MCP tools of one execution need. */
export interface AgentMcpToolsInput {
  /** The builder's servers (`createBuilder({ mcp })`). */
  providers: readonly ToolProvider[];
  ownerId: string;
  agentId: string;
  executionId: string;
  /** Stops the execution: waiting approvals and calls end with its reason. */
  signal: AbortSignal;
  emit(event: AgentEventInput): void;
  /** How long a call waits for a decision before it is denied (ms). Default 10 minutes. */
  approvalTimeoutMs?: number;
  /** How long connecting to one server may take (ms). Default 10 s. */
  connectTimeoutMs?: number;
}

/** The MCP tools of one execution: calls under consent, over one session per server, closed at the end. */
export interface AgentMcpTools {
  call(tool: AgentMcpTool, args: Record<string, unknown>, toolCallId: string): Promise<AgentToolResult>;
  /** Closes the sessions opened. Never throws. */
  close(): Promise<void>;
}

/**
 * MCP tools for an agent execution, with the consent rules of runs (`createToolConsent`): a server's
 * `allow` calls, `deny` refuses with a tool error, `ask` stores an approval, emits
 * `tool.approval_requested` and waits for `approveAgentTool` (denied after the timeout). A session
 * opens on the first call of a server's tool. Every failure (no such server or tool, unreachable,
 * refused, timed out) is a tool error for the model; only the execution stopping rejects.
 *
 * @example
 * const mcp = createAgentMcpTools({ providers, ownerId, agentId, executionId, signal, emit });
 * const result = await mcp.call(tool, { company: 'Acme' }, 'call-1');
 */
export function createAgentMcpTools(input: AgentMcpToolsInput): AgentMcpTools {
  const sessions = new Map<string, Promise<ToolProviderSession>>();
  const connectTimeoutMs = input.connectTimeoutMs ?? externalToolDefaults.connectTimeoutMs;
  const open = (provider: ToolProvider) => {
    let session = sessions.get(provider.name);
    if (!session) {
      session = connectToolProvider(provider, { connectTimeoutMs, signal: input.signal });
      sessions.set(provider.name, session);
      // A failed connection is tried again on the next call.
      session.catch(() => sessions.delete(provider.name));
    }
    return session;
  };
  const failed = (content: string): AgentToolResult => ({ ok: false, status: null, content });

  return {
    async call(tool, args, toolCallId) {
      const provider = input.providers.find((candidate) => candidate.name === tool.server);
      if (!provider) {
        const known = input.providers.map((candidate) => candidate.name).join(', ') || 'none';
        return failed(`The tool ${tool.name} needs MCP server "${tool.server}", which this builder does not have (servers: ${known}). Continue without it.`);
      }
      let session: ToolProviderSession;
      try {
        session = await open(provider);
      } catch (error) {
        if (input.signal.aborted) throw input.signal.reason;
        return failed(`The tool ${tool.name} is unavailable: MCP server "${tool.server}" could not be reached (${errorMessage(error)}). Continue without it.`);
      }
      const offered = session.tools.find((candidate) => candidate.name === tool.tool);
      if (!offered) return failed(`The tool ${tool.name} is unavailable: MCP server "${tool.server}" no longer offers "${tool.tool}". Continue without it.`);
      const consent = createToolConsent(
        {
          // Agents do not remember decisions: every `ask` call asks.
          listRemembered: async () => [],
          remember: async () => {},
          createApproval: async ({ id }) => createAgentToolApproval({ ownerId: input.ownerId, agentId: input.agentId, executionId: input.executionId, id }),
          approvalRequested: async (request) =>
            input.emit({ type: 'tool.approval_requested', toolCallId, tool: tool.name, id: request.id, server: request.server, serverTool: request.tool, arguments: request.arguments }),
          awaitApproval: (approval) => awaitAgentToolApproval({ executionId: input.executionId, ...approval }),
          approvalDecided: async (decided) => input.emit({ type: 'tool.approval_decided', toolCallId, tool: tool.name, id: decided.id, decision: decided.decision, by: decided.by }),
        },
        { approvalTimeoutMs: input.approvalTimeoutMs ?? externalToolDefaults.approvalTimeoutMs, signal: input.signal },
      );
      const { decision, by } = await consent.decide({ provider, tool: tool.tool, hash: toolHash(offered) }, args);
      if (decision === 'deny') return failed(`The call to ${tool.name} was refused (denied by ${by}). Do not call it again; continue without its result.`);
      const outcome = await callExternalTool({ provider, session, tool: tool.tool, resource: false, arguments: args, signal: input.signal });
      if ('message' in outcome) return failed(`The call to ${tool.name} failed: ${outcome.message}. Continue without it, or call it again once if the failure looks temporary.`);
      return {
        ok: outcome.status === 'ok',
        status: null,
        content: wrapUntrustedToolResult({ server: tool.server, tool: tool.tool, text: outcome.text, truncated: outcome.truncated, isError: outcome.status === 'error' }),
      };
    },
    async close() {
      const opened = [...sessions.values()];
      sessions.clear();
      await Promise.allSettled(opened.map(async (session) => (await session).close()));
    },
  };
}
