import { BuildwrightError, toBuildwrightError } from '@buildwright/client';
import type { AgentExecutionEnd, AgentExecutionRecord, AgentStorage } from '../../spec/agent-storage.js';

/**
 * Ends a running execution so that it never stays `running` because its end could not be written:
 * when storing `end` fails (a value the database refuses, an outage past the storage's retries),
 * the execution is ended as failed with that storage error instead. When that fails too (the
 * storage is gone), the error says so and the execution is left to recovery: its lease runs out
 * and `builder.agents.resumeInterrupted()` finishes it from its last stored progress.
 *
 * @example
 * const record = await finishOnce(context, { ownerId, executionId, attempt, end });
 */
export async function finishOnce(context: { storage: AgentStorage }, input: { ownerId: string; executionId: string; attempt: number; end: AgentExecutionEnd }): Promise<AgentExecutionRecord> {
  try {
    return await context.storage.finishAgentExecution(input);
  } catch (thrown) {
    const error = toBuildwrightError(thrown);
    if (error.code === 'AGENT_EXECUTION_TAKEN_OVER' || error.code === 'INVALID_INPUT') throw error;
    const end: AgentExecutionEnd = { ...input.end, status: 'failed', output: null, error: { code: error.code, message: `The execution's end could not be stored: ${error.message}` } };
    try {
      return await context.storage.finishAgentExecution({ ...input, end });
    } catch (second) {
      throw new BuildwrightError({
        code: error.code,
        message: `Agent execution "${input.executionId}" ended but its end could not be stored (${error.message}). It stays running until its lease runs out; then builder.agents.resumeInterrupted() (or builder.agents.resume("${input.executionId}") now) finishes it from its last stored progress.`,
        cause: second,
        retryable: true,
        details: { executionId: input.executionId },
      });
    }
  }
}
