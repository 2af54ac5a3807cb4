import { randomUUID } from 'node:crypto';
import type { ToolDecision } from '../../spec/storage.js';
import type { ToolPolicy, ToolProvider } from '../../spec/tool-provider.js';

/** The user's answer to an approval, or a denial when nobody answered in time. */
export interface ToolApprovalAnswer {
  decision: ToolDecision;
  remember: boolean;
  by: 'user' | 'timeout';
}

/** A decision remembered for a scope (a project): valid while the tool's definition hash is unchanged. */
export interface RememberedToolDecision {
  server: string;
  tool: string;
  toolHash: string;
  decision: ToolDecision;
}

/**
 * Where consent is asked and remembered: a run of a project (approvals and remembered decisions in
 * storage) or an agent execution. The consent rules themselves ({@link createToolConsent}) are the
 * same for every scope.
 */
export interface ToolConsentScope {
  /** Decisions remembered for the scope; read once, on the first `ask`. */
  listRemembered(): Promise<readonly RememberedToolDecision[]>;
  /** Remembers a decision the user asked to keep. */
  remember(decision: RememberedToolDecision): Promise<void>;
  /** Stores a pending approval before it is announced, so it can be decided from anywhere the scope allows. */
  createApproval(input: { id: string; server: string; tool: string }): Promise<void>;
  /** Announces the request (`tool.approval_requested`). */
  approvalRequested(input: { id: string; server: string; tool: string; arguments: Record<string, unknown> }): Promise<void>;
  /** Waits until the approval is decided, or denies it after `timeoutMs`; rejects when `signal` aborts. */
  awaitApproval(input: { id: string; timeoutMs: number; signal: AbortSignal }): Promise<ToolApprovalAnswer>;
  /** Announces the decision (`tool.approval_decided`). */
  approvalDecided(input: { id: string; server: string; tool: string } & ToolApprovalAnswer): Promise<void>;
}

/** One tool of one server, as consent sees it. */
export interface ConsentedTool {
  provider: ToolProvider;
  /** The server's tool name (`read_resource` for resource reads). */
  tool: string;
  /** SHA-256 of the tool's definition (a remembered decision holds only while it matches). */
  hash: string;
}

/** Decides tool calls: the server's policy, then a remembered decision, then the user's answer. */
export interface ToolConsent {
  /** `by` says who decided, for the model and the events ("the policy of MCP server "x"", "the user"...). */
  decide(entry: ConsentedTool, args: Record<string, unknown>): Promise<{ decision: ToolDecision; by: string }>;
}

/**
 * The consent rules of external tools, for any scope: `allow` and `deny` policies decide at once;
 * `ask` uses a decision remembered for the same tool definition, or stores an approval, announces
 * it and waits for the user (denied after `approvalTimeoutMs`).
 *
 * @example
 * const consent = createToolConsent(scope, { approvalTimeoutMs: 600_000, signal });
 * const { decision } = await consent.decide({ provider, tool: 'lookup', hash }, { company: 'Acme' });
 */
export function createToolConsent(scope: ToolConsentScope, options: { approvalTimeoutMs: number; signal: AbortSignal }): ToolConsent {
  let remembered: Promise<Map<string, RememberedToolDecision>> | undefined;
  const key = (server: string, tool: string) => `${server}\n${tool}`;
  const loadRemembered = () => (remembered ??= scope.listRemembered().then((decisions) => new Map(decisions.map((decision) => [key(decision.server, decision.tool), decision]))));
  return {
    async decide(entry, args) {
      const server = entry.provider.name;
      const policy = policyOf(entry.provider, entry.tool);
      if (policy !== 'ask') return { decision: policy, by: `the policy of MCP server "${server}"` };
      const decisions = await loadRemembered();
      const kept = decisions.get(key(server, entry.tool));
      if (kept && kept.toolHash === entry.hash) return { decision: kept.decision, by: 'a decision remembered for this project' };
      const id = randomUUID();
      await scope.createApproval({ id, server, tool: entry.tool });
      await scope.approvalRequested({ id, server, tool: entry.tool, arguments: args });
      const answer = await scope.awaitApproval({ id, timeoutMs: options.approvalTimeoutMs, signal: options.signal });
      await scope.approvalDecided({ id, server, tool: entry.tool, ...answer });
      if (answer.remember) {
        const decision = { server, tool: entry.tool, toolHash: entry.hash, decision: answer.decision };
        await scope.remember(decision);
        decisions.set(key(server, entry.tool), decision);
      }
      return { decision: answer.decision, by: answer.by === 'timeout' ? 'nobody answering the approval request in time' : 'the user' };
    },
  };
}

/** The policy of one tool of a server (default `ask`). */
export function policyOf(provider: ToolProvider, tool: string): ToolPolicy {
  const { policy } = provider;
  if (policy === undefined) return 'ask';
  if (typeof policy === 'string') return policy;
  return (Object.hasOwn(policy, tool) ? policy[tool] : policy['*']) ?? 'ask';
}
