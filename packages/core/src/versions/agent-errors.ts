import { BuildwrightError } from '@buildwright/client';

/**
 * The errors of agents, worded once for every storage and the engine.
 *
 * @example
 * if (!agent) throw agentNotFound(agentId);
 */
export function agentNotFound(agentId: string): BuildwrightError {
  return new BuildwrightError({
    code: 'AGENT_NOT_FOUND',
    message: `Agent "${agentId}" does not exist for this owner. Check the agent id and the owner id passed with it.`,
    details: { agentId },
  });
}

/** A version number the agent has not published. */
export function agentVersionNotFound(agentId: string, version: number): BuildwrightError {
  return new BuildwrightError({
    code: 'AGENT_VERSION_NOT_FOUND',
    message: `Agent "${agentId}" has no version ${version}. List its versions (builder.agents.versions) and pick a published one.`,
    details: { agentId, version },
  });
}

/** An execution record that does not exist, is another owner's, or already ended. */
export function agentExecutionNotRunning(executionId: string): BuildwrightError {
  return new BuildwrightError({
    code: 'INVALID_INPUT',
    message: `Agent execution "${executionId}" is not running for this owner: it does not exist or it already ended. An execution ends once.`,
    details: { executionId },
  });
}

/** An execution that does not exist or is another owner's. */
export function agentExecutionNotFound(executionId: string): BuildwrightError {
  return new BuildwrightError({
    code: 'AGENT_EXECUTION_NOT_FOUND',
    message: `Agent execution "${executionId}" does not exist for this owner. Check the execution id and the owner id passed with it.`,
    details: { executionId },
  });
}

/** A write of an execution by an attempt that another process has since claimed (`builder.agents.resume`). */
export function agentExecutionTakenOver(executionId: string, attempt: number): BuildwrightError {
  return new BuildwrightError({
    code: 'AGENT_EXECUTION_TAKEN_OVER',
    message: `Agent execution "${executionId}" was taken over by a newer attempt than ${attempt} (it was resumed elsewhere); this attempt stops and stores nothing more. The execution goes on where it was resumed.`,
    details: { executionId, attempt },
  });
}

/** The draft changed between its check and its publish (`publishAgent({ draft })`): nothing was published. */
export function agentDraftChanged(agentId: string): BuildwrightError {
  return new BuildwrightError({
    code: 'AGENT_DRAFT_CHANGED',
    message: `Agent "${agentId}"'s draft changed while it was being verified, so it was not published. Check the new draft (builder.agents.evaluate) and publish it again.`,
    details: { agentId },
  });
}
