import type { BuildwrightEvent, EventType, Plan } from '../events/events.js';
import type { ProjectRecord, VersionRecord } from '../spec/storage.js';
import type { RunEvents } from './run-events.js';

/** What a completed run produced. */
export interface RunResult {
  runId: string;
  project: ProjectRecord;
  version: VersionRecord;
  files: Record<string, string>;
  /** Preview URL from the browser check, when one ran. */
  previewUrl: string | null;
  /** Screenshot of the verified app, when one was taken. */
  screenshotPath: string | null;
  /** Interactive docs of the app, when a check served them (an API run's docs page). */
  docsUrl: string | null;
  costUsd: number;
  /** Calls made to MCP servers' tools (`createBuilder({ mcp })`): how many reached a server, and their total time (ms). */
  toolCalls: { calls: number; durationMs: number };
}

/**
 * A running generation or edit: an async iterable of its events, typed listeners, the final
 * result and cancellation.
 *
 * @example
 * const run = builder.generate({ prompt: 'a todo app', kind: 'web' });
 * run.on('file.written', (event) => console.log(event.path));
 * for await (const event of run) if (event.type === 'check.failed') console.log(event.report);
 * const { version } = await run.result;
 */
export interface RunHandle extends AsyncIterable<BuildwrightEvent> {
  readonly runId: string;
  readonly projectId: string;
  /** Resolves with the result when the run completes; rejects with a BuildwrightError when it fails or is cancelled. */
  readonly result: Promise<RunResult>;
  /** Calls `listener` for each event of that type (or every event with `'event'`). Returns an unsubscribe function. */
  on<T extends EventType | 'event'>(type: T, listener: (event: T extends EventType ? Extract<BuildwrightEvent, { type: T }> : BuildwrightEvent) => void): () => void;
  /** Cancels the run: `run.cancelled` is stored and `result` rejects with RUN_CANCELLED. */
  cancel(reason?: string): void;
  /**
   * Decides a tool call waiting for approval (the `id` of its `tool.approval_requested` event):
   * `allow` runs it, `deny` refuses it; `remember` keeps the decision for the project's later runs.
   * Rejects with TOOL_APPROVAL_NOT_FOUND when that approval is not pending.
   *
   * @example
   * run.on('tool.approval_requested', (event) => void run.approveTool(event.id, 'allow', { remember: true }));
   */
  approveTool(id: string, decision: 'allow' | 'deny', options?: { remember?: boolean }): Promise<void>;
  /**
   * Approves the plan of a run started with `approvePlan: true` once it waits (`plan.awaiting_approval`):
   * the run builds `plan` (an edited plan: only its steps run) or, without one, the model's plan.
   * Rejects with PLAN_INVALID (the edited plan is not a valid plan) or PLAN_NOT_AWAITING_APPROVAL.
   *
   * @example
   * run.on('plan.awaiting_approval', ({ plan }) => void run.approvePlan({ ...plan, steps: plan.steps.slice(0, 2) }));
   */
  approvePlan(plan?: Plan): Promise<void>;
}

export function createRunHandle(options: {
  events: Pick<RunEvents, 'bus' | 'published' | 'runId' | 'projectId'>;
  result: Promise<RunResult>;
  cancel(reason: string): void;
  approveTool: RunHandle['approveTool'];
  approvePlan: RunHandle['approvePlan'];
}): RunHandle {
  const { events } = options;
  // The result is also observed here so a caller that only iterates never sees an unhandled rejection.
  options.result.catch(() => undefined);
  const finished = options.result.then(
    () => undefined,
    () => undefined,
  );
  return {
    runId: events.runId,
    get projectId() {
      return events.projectId;
    },
    result: options.result,
    on(type, listener) {
      events.bus.on(type, listener as never);
      return () => void events.bus.off(type, listener as never);
    },
    cancel(reason = 'cancelled by the caller') {
      options.cancel(reason);
    },
    approveTool: (id, decision, approval) => options.approveTool(id, decision, approval),
    approvePlan: (plan) => options.approvePlan(plan),
    async *[Symbol.asyncIterator]() {
      let index = 0;
      let wake: (() => void) | undefined;
      const onEvent = () => wake?.();
      events.bus.on('event', onEvent);
      let done = false;
      void finished.then(() => {
        done = true;
        wake?.();
      });
      try {
        while (true) {
          while (index < events.published.length) yield events.published[index++]!;
          if (done) return;
          await new Promise<void>((resolve) => (wake = resolve));
          wake = undefined;
        }
      } finally {
        events.bus.off('event', onEvent);
      }
    },
  };
}
