import { BuildwrightError } from '@buildwright/client';
import type { ToolApprovalAnswer } from '../../graph/external-tools/tool-consent.js';
import type { ToolDecision } from '../../spec/storage.js';

interface PendingApproval {
  ownerId: string;
  agentId: string;
  /** Set by the first decision; the entry stays until its waiter took the answer. */
  decided?: true;
  decide: (answer: ToolApprovalAnswer) => void;
  answer: Promise<ToolApprovalAnswer>;
}

/**
 * Approvals of agent executions waiting in this process, by `${executionId}\n${id}`. Module-wide,
 * so every builder of the process can decide them. They live as long as the waiting execution,
 * which runs in this process too.
 */
const pending = new Map<string, PendingApproval>();
const key = (executionId: string, id: string) => `${executionId}\n${id}`;

/** Registers a pending approval of an execution (before it is announced, so an immediate decision finds it). */
export function createAgentToolApproval(input: { ownerId: string; agentId: string; executionId: string; id: string }): void {
  let decide!: (answer: ToolApprovalAnswer) => void;
  const answer = new Promise<ToolApprovalAnswer>((resolve) => (decide = resolve));
  pending.set(key(input.executionId, input.id), { ownerId: input.ownerId, agentId: input.agentId, decide, answer });
}

/**
 * Waits for the decision on a registered approval. After `timeoutMs` without one it is denied (a
 * late decision then finds nothing); rejects with the abort reason when the execution stops.
 */
export async function awaitAgentToolApproval(input: { executionId: string; id: string; timeoutMs: number; signal: AbortSignal }): Promise<ToolApprovalAnswer> {
  const entry = pending.get(key(input.executionId, input.id));
  if (!entry) throw new BuildwrightError({ code: 'TOOL_APPROVAL_NOT_FOUND', message: `Approval ${input.id} of execution ${input.executionId} was never requested.` });
  let timer: ReturnType<typeof setTimeout> | undefined;
  let onAbort: (() => void) | undefined;
  try {
    return await Promise.race([
      entry.answer,
      new Promise<ToolApprovalAnswer>((resolve) => {
        timer = setTimeout(() => {
          entry.decided = true;
          resolve({ decision: 'deny', remember: false, by: 'timeout' });
        }, input.timeoutMs);
      }),
      new Promise<never>((_resolve, reject) => {
        onAbort = () => reject(input.signal.reason);
        if (input.signal.aborted) onAbort();
        else input.signal.addEventListener('abort', onAbort, { once: true });
      }),
    ]);
  } finally {
    clearTimeout(timer);
    if (onAbort) input.signal.removeEventListener('abort', onAbort);
    pending.delete(key(input.executionId, input.id));
  }
}

/** Options of {@link approveAgentTool}. */
export interface ApproveAgentToolOptions {
  /** The agent's owner (a user cannot decide for another's execution). */
  ownerId: string;
  agentId: string;
  executionId: string;
  /** The `id` of the `tool.approval_requested` event. */
  id: string;
  decision: ToolDecision;
}

/**
 * Decides an MCP tool call of an agent execution waiting for approval (`tool.approval_requested`):
 * the execution calls the tool (`allow`) or gives the model a refusal (`deny`). The execution must
 * run in this process. Rejects with TOOL_APPROVAL_NOT_FOUND when no such call waits for this
 * owner's agent (unknown, already decided, timed out, or another owner's).
 *
 * @example
 * await builder.agents.execute(agentId, input, {
 *   onEvent: (event) => event.type === 'tool.approval_requested' && void approveAgentTool({ ownerId, agentId, executionId: event.executionId, id: event.id, decision: 'allow' }),
 * });
 */
export function approveAgentTool(options: ApproveAgentToolOptions): void {
  const { decision } = options;
  if (decision !== 'allow' && decision !== 'deny') {
    throw new BuildwrightError({ code: 'INVALID_INPUT', docsPage: 'agents.md#mcp-tools', message: `A tool approval's decision is "allow" or "deny"; got ${JSON.stringify(decision)}.` });
  }
  const entry = pending.get(key(options.executionId, options.id));
  if (!entry || entry.decided || entry.ownerId !== options.ownerId || entry.agentId !== options.agentId) {
    throw new BuildwrightError({
      code: 'TOOL_APPROVAL_NOT_FOUND',
      message: `No tool call of execution ${options.executionId} waits for approval ${options.id}: it is unknown, already decided or timed out (or the execution runs in another process). Decide approvals from the execution's tool.approval_requested events.`,
      details: { executionId: options.executionId, id: options.id },
    });
  }
  entry.decided = true;
  entry.decide({ decision, remember: false, by: 'user' });
}
