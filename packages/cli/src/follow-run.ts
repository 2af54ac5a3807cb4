import type { Plan, RunHandle, RunResult } from '@buildwright/core';
import { onStop, signalExitCodes, type StopSignal } from './interrupts.js';
import type { Renderer } from './render/renderer.js';
import { UsageError } from './usage-error.js';

/** How a followed run ended. */
export interface FollowedRun {
  /** 0 completed, 1 failed, 130/143 stopped by Ctrl-C/SIGTERM (the run is cancelled and stored so). */
  exitCode: number;
  result?: RunResult;
  /** Set when Ctrl-C or SIGTERM came while the run was followed, also when the run completed anyway. */
  stoppedBy?: StopSignal;
  /** Set when following stopped while the run waits for its plan's approval (exit 0; the run stays stored, waiting). */
  awaitingApproval?: true;
}

/** Options of {@link followRun}. */
export interface FollowRunOptions {
  /**
   * Called when the run waits for its plan's approval (`plan.awaiting_approval`): approve or reject
   * it through the handle and resolve `true` to go on following, or `false` to stop following here.
   */
  onAwaitingApproval?: (handle: RunHandle, plan: Plan, renderer: Renderer) => Promise<boolean>;
}

/** Errors a run reports before its first event that are the caller's mistake (exit 2). */
const usageCodes = new Set(['INVALID_INPUT', 'PROJECT_NOT_FOUND', 'RUN_NOT_FOUND', 'VERSION_NOT_FOUND']);
/** Errors before the first event that the CLI reports with their code, like any command's (exit 2). */
const setupCodes = new Set(['STORAGE_LOCKED']);

/**
 * Shows a run's events through a renderer until it ends and maps the end to an exit code.
 * Ctrl-C (or SIGTERM) cancels the run cleanly: the engine stores `run.cancelled`, the run can be
 * resumed, and the exit code is 130 (143). A second Ctrl-C exits at once.
 *
 * @example
 * const { exitCode } = await followRun(builder.generate({ prompt }), renderer);
 */
export async function followRun(handle: RunHandle, renderer: Renderer, options: FollowRunOptions = {}): Promise<FollowedRun> {
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
    // Imported here, not at the top: the run commands import this module, and a command's store open
    // (PGlite) starts before the engine loads, alongside it (issue 14). Loaded by now: the run exists.
    const { isTerminal } = await import('@buildwright/core');
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
    if (!sawEvent && code && usageCodes.has(code)) throw new UsageError((error as Error).message);
    if (!sawEvent && code && setupCodes.has(code)) throw error;
    // The run's end is already on screen (run.failed); without events, say why here.
    if (!sawEvent) renderer.note(`Run failed${code ? ` [${code}]` : ''}: ${(error as Error).message}`);
    return { exitCode: 1 };
  } finally {
    dispose();
  }
}
