import type { Builder, RunHandle } from '@buildwright/core';
import { rendererFor, type CommandContext } from './cli-io.js';
import { followRun, type FollowedRun, type FollowRunOptions } from './follow-run.js';
import type { CliBuilder } from './open-builder.js';
import type { Renderer } from './render/renderer.js';

export interface ExecuteRunOptions {
  /** Lines shown before the run starts (human output only). */
  intro?: string[];
  /** The preview keeps serving after the run (in `beforeClose`). */
  servesAfterRun?: boolean;
  /** Runs after the run ended and before the builder closes (the demo keeps serving here). */
  beforeClose?: (followed: FollowedRun, renderer: Renderer) => Promise<void>;
  /** A run started with `approvePlan` waits for approval: see {@link FollowRunOptions.onAwaitingApproval}. */
  onAwaitingApproval?: FollowRunOptions['onAwaitingApproval'];
}

/**
 * Starts a run on an opened builder, shows it, and always closes the builder afterwards (stops
 * sandboxes and servers, closes storage) — also after Ctrl-C, so the database stays consistent.
 *
 * @example
 * const followed = await executeRun(context, cli, (builder) => builder.generate({ prompt, kind: 'web' }));
 * return followed.exitCode;
 */
export async function executeRun(context: CommandContext, cli: CliBuilder, start: (builder: Builder) => RunHandle | Promise<RunHandle>, options: ExecuteRunOptions = {}): Promise<FollowedRun> {
  const renderer = await rendererFor(context, { maxFixAttempts: cli.limits.maxFixAttempts, servesAfterRun: options.servesAfterRun ?? false });
  try {
    if (!context.args.flags.json) {
      for (const line of options.intro ?? []) renderer.note(line);
      renderer.note(`model: ${cli.llmLabel} · storage: ${cli.storageLabel}`);
    }
    const followed = await followRun(
      await start(cli.builder),
      renderer,
      options.onAwaitingApproval ? { onAwaitingApproval: (handle, plan) => options.onAwaitingApproval!(handle, plan, renderer) } : {},
    );
    await options.beforeClose?.(followed, renderer);
    return followed;
  } finally {
    renderer.close();
    await cli.builder.close();
  }
}
