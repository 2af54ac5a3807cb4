import { BuildwrightError, toBuildwrightError } from '@buildwright/client';
import { agentProgressFormat } from '../../spec/agent-progress.js';
import type { AgentExecutionRecord } from '../../spec/agent-storage.js';
import { agentExecutionNotFound } from '../../versions/agent-errors.js';
import { initialProgress } from './agent-moves.js';
import { continueExecution, loadAgentVersion, type AgentContext, type ExecuteAgentOptions } from './execute-agent.js';

/** Options of {@link resumeAgentExecution}. */
export interface ResumeAgentOptions extends Pick<ExecuteAgentOptions, 'signal' | 'onEvent'> {
  ownerId: string;
  executionId: string;
  /**
   * Only take the execution over when its lease ran out (its process is presumably dead); otherwise
   * resolve to the record as it is. Default `false`: take it over at once — an attempt still
   * running elsewhere is fenced off (`AGENT_EXECUTION_TAKEN_OVER` at its next write).
   */
  onlyExpired?: boolean;
}

/** How long a claim holds before the execution writes its own lease (`limits.timeMs` is not known yet). */
const claimLeaseMs = 60_000;

/**
 * Continues a `running` execution from its last stored progress (after its process died, or to take
 * it over) and resolves to its record once it ended: one record, tool calls whose result was
 * stored are not performed again, and a tool call left in flight is performed again only when it is
 * idempotent (see `interruptedToolPolicy`). An execution that already ended resolves to its record
 * unchanged; `AGENT_EXECUTION_NOT_FOUND` when it is not the owner's.
 *
 * @example
 * const execution = await resumeAgentExecution(context, { ownerId: 'user-1', executionId });
 */
export async function resumeAgentExecution(context: AgentContext, options: ResumeAgentOptions): Promise<AgentExecutionRecord> {
  const { ownerId, executionId } = options;
  const claim = await context.storage.claimAgentExecution({ ownerId, executionId, leaseMs: claimLeaseMs, ...(options.onlyExpired ? { onlyExpired: true } : {}) });
  if (!claim) {
    const execution = await context.storage.getAgentExecution({ ownerId, executionId });
    if (!execution) throw agentExecutionNotFound(executionId);
    return execution;
  }
  const { execution, attempt } = claim;
  const { definition, llm } = await loadAgentVersion(context, ownerId, execution.agentId, execution.version);
  if (claim.progress && claim.progress.format !== agentProgressFormat) {
    throw new BuildwrightError({
      code: 'INVALID_INPUT',
      message: `Agent execution "${executionId}" was stored by another Buildwright version (progress format "${claim.progress.format}"); resume it with that version.`,
      details: { executionId },
    });
  }
  const progress = claim.progress ?? initialProgress(definition, execution.input);
  return continueExecution(context, {
    ownerId,
    execution,
    attempt,
    definition,
    llm,
    progress,
    ...(options.signal ? { signal: options.signal } : {}),
    ...(options.onEvent ? { onEvent: options.onEvent } : {}),
  });
}

/** What {@link resumeInterruptedAgentExecutions} did with each interrupted execution it found. */
export interface ResumeInterruptedResult {
  /** Executions taken to their end, as stored. */
  resumed: AgentExecutionRecord[];
  /** Executions that could not be continued (their agent's model is not mapped, storage failed...). */
  failed: { ownerId: string; executionId: string; error: { code: string; message: string } }[];
}

/**
 * Finds the running executions whose lease ran out (their process died: SIGKILL, crash, lost
 * storage) across every owner and continues each from its last stored progress, one at a time. A
 * host calls it when a process starts and then every minute or so; two hosts calling it at once
 * never take the same execution (the claim requires an expired lease).
 *
 * @example
 * const { resumed } = await resumeInterruptedAgentExecutions(context);
 */
export async function resumeInterruptedAgentExecutions(context: AgentContext, options: { limit?: number } = {}): Promise<ResumeInterruptedResult> {
  const result: ResumeInterruptedResult = { resumed: [], failed: [] };
  for (const { ownerId, executionId } of await context.storage.listInterruptedAgentExecutions(options)) {
    try {
      const execution = await resumeAgentExecution(context, { ownerId, executionId, onlyExpired: true });
      if (execution.status !== 'running') result.resumed.push(execution);
    } catch (thrown) {
      const error = toBuildwrightError(thrown);
      result.failed.push({ ownerId, executionId, error: { code: error.code, message: error.message } });
    }
  }
  return result;
}
