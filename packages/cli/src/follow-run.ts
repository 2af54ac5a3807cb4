import { isTerminal, type BuildwrightEvent, type Plan } from '@buildwright/client';
import type { RunHandle, RunResult } from '@buildwright/core';
import { onStop, signalExitCodes, type StopSignal } from './interrupts.js';
import type { Renderer } from './render/renderer.js';
import { UsageError } from './usage-error.js';

/**
 * What {@link followRun} needs of a run: a {@link RunHandle} of this process's builder, or a run
 * executing on a `buildwright serve` (`remoteRunHandle`, for `--server`). `result` resolves with
 * `Result` when the run completes and rejects with a BuildwrightError when it fails or is cancelled.
 */
export interface FollowableRun<Result = RunResult> extends AsyncIterable<BuildwrightEvent> {
  readonly runId: string;
  readonly result: Promise<Result>;
  cancel(reason?: string): void;
  approvePlan(plan?: Plan): Promise<void>;
}

/** How a followed run ended. */
export interface FollowedRun<Result = RunResult> {
  /** 0 completed, 1 failed, 130/143 stopped by Ctrl-C/SIGTERM (the run is cancelled and stored so). */
  exitCode: number;
  result?: Result;
  /** Set when Ctrl-C or SIGTERM came while the run was followed, also when the run completed anyway. */
  stoppedBy?: StopSignal;
  /** Set when following stopped while the run waits for its plan's approval (exit 0; the run stays stored, waiting). */
  awaitingApproval?: true;
}

/** Options of {@link followRun}. */
export interface FollowRunOptions<Result = RunResult> {
  /**
   * Called when the run waits for its plan's approval (`plan.awaiting_approval`): approve or reject
   * it through the handle and resolve `true` to go on following, or `false` to stop following here.
   */
  onAwaitingApproval?: (handle: FollowableRun<Result>, plan: Plan, renderer: Renderer) => Promise<boolean>;
}

/** Errors a run reports before its first event that are the caller's mistake (exit 2). */
const usageCodes = new Set(['INVALID_INPUT', 'PROJECT_NOT_FOUND', 'RUN_NOT_FOUND', 'VERSION_NOT_FOUND']);
/** Errors before the first event that the CLI reports with their code, like any command's (exit 2). */
const setupCodes = new Set(['STORAGE_LOCKED']);

/**
 * The error to throw for a run refused before its first event when the refusal is the caller's
 * (a missing project, bad input: a {@link UsageError}, exit 2) or the setup's (`STORAGE_LOCKED`,
 * thrown as it is); `undefined` when the run itself failed (exit 1, shown as `Run failed`).
 *
 * @example
 * const refused = refusedRunError(error);
 * if (refused) throw refused;
 */
export function refusedRunError(error: unknown): Error | undefined {
  const code = (error as { code?: string }).code;
  if (code && usageCodes.has(code)) return new UsageError((error as Error).message);
  if (code && setupCodes.has(code)) return error as Error;
  return undefined;
}

/**
 * Shows a run's events through a renderer until it ends and maps the end to an exit code.
 * Ctrl-C (or SIGTERM) cancels the run cleanly: the engine stores `run.cancelled`, the run can be
 * resumed, and the exit code is 130 (143). A second Ctrl-C exits at once.
 *
 * @example
 * const { exitCode } = await followRun(builder.generate({ prompt }), renderer);
 */
export async function followRun<Result = RunResult>(handle: FollowableRun<Result>, renderer: Renderer, options: FollowRunOptions<Result> = {}): Promise<FollowedRun<Result>> {
  let stoppedBy: StopSignal | undefined;
  let ended = false;
  let cancelled = false;
  const dispose = onStop((signal) => {
    stoppedBy = signal;
    // After the run's last event there is nothing left to cancel: the run ends as it ended.
    if (ended) return;
    cancelled = true;
    renderer.note(`Cancelling the run (${signal === 'SIGINT' ? 'Ctrl-C' : signal}); press Ctrl-C again to quit at once.`);
    handle.cancel(`interrupted by ${signal === 'SIGINT' ? 'Ctrl-C' : signal}`);
  });
  let sawEvent = false;
  try {
    for await (const event of handle) {
      sawEvent = true;
      ended ||= isTerminal(event);
      renderer.event(event);
      if (event.type === 'plan.awaiting_approval' && !stoppedBy) {
        if (!options.onAwaitingApproval || !(await options.onAwaitingApproval(handle, event.plan, renderer))) return { exitCode: 0, awaitingApproval: true };
      }
    }
    const result = await handle.result;
    // A Ctrl-C that came after the run's last event did not stop it: the run completed.
    return { exitCode: 0, result, ...(stoppedBy ? { stoppedBy } : {}) };
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (stoppedBy && cancelled) return { exitCode: signalExitCodes[stoppedBy] };
    const refused = sawEvent ? undefined : refusedRunError(error);
    if (refused) throw refused;
    // The run's end is already on screen (run.failed); without it (no events, or a server's event
    // stream lost for good), say why here.
    if (!ended) renderer.note(`Run failed${code ? ` [${code}]` : ''}: ${(error as Error).message}`);
    return { exitCode: 1 };
  } finally {
    dispose();
  }
}
