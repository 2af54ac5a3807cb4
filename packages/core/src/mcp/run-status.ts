import { BuildwrightError } from '@buildwright/client';
import type { Builder } from '../builder/create-builder.js';
import type { BuildwrightEvent } from '../events/events.js';
import type { RunStatus } from '../spec/storage.js';

/** Event types left out of a status's last events: one per streamed token or output line, they would crowd out the rest. */
const chattyEventTypes = new Set<BuildwrightEvent['type']>(['llm.delta', 'file.streaming', 'command.output']);

/** What `get_run_status` answers (and `generate_app` / `edit_app` once they return). */
export interface McpRunStatus {
  [key: string]: unknown;
  runId: string;
  projectId: string;
  status: RunStatus;
  /** Cost of the run's model calls so far, in US dollars. */
  costUsd: number;
  /** Why the run failed or was cancelled: a code and what to do. */
  error: { code: string; message: string } | null;
  /** The version the run stored, once it completed. */
  versionNumber: number | null;
  /** Where the run's verified app was served, when its browser check served it. */
  previewUrl: string | null;
  /** The run's last events (streamed tokens and command output left out), oldest first. */
  lastEvents: BuildwrightEvent[];
}

/**
 * The status of one of `ownerId`'s runs, with its last `lastEvents` events; `RUN_NOT_FOUND` for a
 * run of another owner or none. With `catchUp`, the events of this status's snapshot after
 * `catchUp.afterSeq` go to `catchUp.onEvent` first, so a follower whose wait ran out just as the run
 * ended still reports every event up to the status it answers.
 *
 * @example
 * const status = await runStatus(builder, { ownerId: 'alice', runId, lastEvents: 10 });
 */
export async function runStatus(
  builder: Builder,
  options: { ownerId: string; runId: string; lastEvents: number; catchUp?: { afterSeq: number; onEvent: (event: BuildwrightEvent) => Promise<void> } | undefined },
): Promise<McpRunStatus> {
  const { ownerId, runId } = options;
  const run = await builder.options.storage.getRun({ ownerId, runId });
  if (!run)
    throw new BuildwrightError({ code: 'RUN_NOT_FOUND', docsPage: 'mcp-server.md', message: `Run ${runId} does not exist for this owner: use a runId that generate_app or edit_app returned.` });
  const events = await builder.options.storage.readEvents({ ownerId, runId });
  if (options.catchUp) {
    const { afterSeq, onEvent } = options.catchUp;
    for (const event of events) if (event.seq > afterSeq && !chattyEventTypes.has(event.type)) await onEvent(event);
  }
  const completed = events.findLast((event) => event.type === 'run.completed');
  const preview = events.findLast((event) => event.type === 'preview.ready');
  return {
    runId,
    projectId: run.projectId,
    status: run.status,
    costUsd: run.costUsd,
    error: run.error,
    versionNumber: completed?.type === 'run.completed' ? completed.versionNumber : null,
    previewUrl: preview?.type === 'preview.ready' ? preview.url : null,
    lastEvents: events.filter((event) => !chattyEventTypes.has(event.type)).slice(-options.lastEvents),
  };
}

/**
 * Follows a run for at most `waitSeconds` (or until `signal` aborts, or the run ends), calling
 * `onEvent` with each event worth a progress line (streamed tokens and command output left out).
 * Answers the seq of the last event it followed (-1 for none).
 *
 * @example
 * const lastSeq = await followRun(builder, { ownerId, runId, waitSeconds: 60, signal, onEvent: (event) => notify(event) });
 */
export async function followRun(
  builder: Builder,
  options: { ownerId: string; runId: string; waitSeconds: number; signal: AbortSignal; onEvent?: (event: BuildwrightEvent) => Promise<void> },
): Promise<number> {
  let lastSeq = -1;
  if (options.waitSeconds <= 0 || options.signal.aborted) return lastSeq;
  const controller = new AbortController();
  const stop = () => controller.abort();
  const timer = setTimeout(stop, options.waitSeconds * 1000);
  options.signal.addEventListener('abort', stop);
  try {
    for await (const event of builder.watch(options.runId, { ownerId: options.ownerId, signal: controller.signal })) {
      lastSeq = event.seq;
      if (!chattyEventTypes.has(event.type)) await options.onEvent?.(event);
    }
  } finally {
    clearTimeout(timer);
    options.signal.removeEventListener('abort', stop);
  }
  return lastSeq;
}

/**
 * One line saying what an event means, for a progress notification.
 *
 * @example
 * describeEvent({ type: 'check.passed', check: 'build', ... }); // 'check build passed'
 */
export function describeEvent(event: BuildwrightEvent): string {
  switch (event.type) {
    case 'run.started':
      return `${event.mode} started (${event.kind})`;
    case 'plan.created':
      return `plan: ${event.plan.title} (${event.plan.steps.length} steps)`;
    case 'step.started':
      return `step: ${event.title}`;
    case 'file.written':
      return `wrote ${event.path}`;
    case 'file.edited':
      return `edited ${event.path}`;
    case 'file.deleted':
      return `deleted ${event.path}`;
    case 'check.started':
      return `check ${event.check} started`;
    case 'check.passed':
      return `check ${event.check} passed`;
    case 'check.failed':
      return `check ${event.check} failed`;
    case 'check.skipped':
      return `check ${event.check} skipped: ${event.reason}`;
    case 'fix.started':
      return `fixing after ${event.check} (attempt ${event.attempt})`;
    case 'preview.ready':
      return `preview at ${event.url}`;
    case 'version.created':
      return `version ${event.number} stored`;
    case 'run.completed':
      return `completed: version ${event.versionNumber}`;
    case 'run.failed':
      return `failed: ${event.code}: ${event.message}`;
    case 'run.cancelled':
      return `cancelled: ${event.reason}`;
    default:
      return event.type;
  }
}
