import type { RunRuntime } from './run-runtime.js';
import type { Check, LivePreview } from '../spec/check.js';
import { backgroundCheckContext } from './background-check-context.js';

/** The live preview of one run (see `Check.livePreview`), driven by the build node. */
export interface LivePreviews {
  /** Step `stepId`'s files landed: brings the live preview up to them in the background (a newer step supersedes one not yet started). */
  afterStep(stepId: string): void;
  /** No more updates or events (the build is over; the checks take it from here): aborts the update under way (its context's signal) and waits for it. */
  close(): Promise<void>;
  /** Stops serving (the run has ended). */
  stop(): Promise<void>;
}

/**
 * Live previews of the run's checks that offer one, or `undefined` when none does. Updates run one
 * at a time; each emits `preview.updated`. The first error is posted as a notice and ends the live
 * preview for the run: it never fails the run.
 */
export function livePreviews(runtime: RunRuntime, checks: readonly Check[]): LivePreviews | undefined {
  const serving = checks.filter((check) => check.livePreview && (!check.kinds || check.kinds.includes(runtime.kind)));
  if (serving.length === 0) return undefined;
  const handles = new Map<Check, LivePreview>();
  let pending: string | undefined;
  let working: Promise<void> | undefined;
  let closed = false;
  const closing = new AbortController();

  const update = async (stepId: string) => {
    const sandbox = await runtime.sandbox();
    const context = { ...backgroundCheckContext(runtime, sandbox, 'livePreview'), signal: AbortSignal.any([runtime.signal, closing.signal]), stepId };
    for (const check of serving) {
      const live = await check.livePreview!(context);
      if (!live) continue;
      const previous = handles.get(check);
      handles.set(check, live);
      if (previous && previous !== live) await previous.stop().catch(() => {});
      if (!closed) await runtime.emit({ type: 'preview.updated', url: live.url, afterStep: stepId });
    }
  };
  const drain = async () => {
    while (pending !== undefined && !closed && !runtime.signal.aborted) {
      const stepId = pending;
      pending = undefined;
      try {
        await update(stepId);
      } catch (error) {
        if (closed || runtime.signal.aborted) return;
        closed = true;
        await runtime
          .emit({
            type: 'notice.posted',
            level: 'warn',
            message: `The live preview stopped (${error instanceof Error ? error.message : String(error)}). The run goes on; its verified preview comes after the checks.`,
          })
          .catch(() => {});
      }
    }
  };
  const kick = () => {
    working ??= drain().finally(() => {
      working = undefined;
      // A step that landed while the last update was ending.
      if (pending !== undefined && !closed) kick();
    });
  };
  return {
    afterStep(stepId) {
      if (closed) return;
      pending = stepId;
      kick();
    },
    async close() {
      closed = true;
      closing.abort();
      await working;
    },
    async stop() {
      closed = true;
      closing.abort();
      await working;
      await Promise.allSettled([...handles.values()].map((live) => live.stop()));
      handles.clear();
    },
  };
}
