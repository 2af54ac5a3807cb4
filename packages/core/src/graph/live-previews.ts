import type { RunRuntime } from './run-runtime.js';
import type { Check, LivePreview } from '../spec/check.js';
import { backgroundCheckContext } from './background-check-context.js';
import { ofKind } from './of-kind.js';
import { runFacts } from './nodes/node-context.js';

/** The live preview of one run (see `Check.livePreview`), driven by the build and fix nodes. */
export interface LivePreviews {
  /** Step `stepId`'s files landed: brings the live preview up to them in the background (a newer step supersedes one not yet started). */
  afterStep(stepId: string): void;
  /**
   * A fix attempt's files landed (`stepId` `fix-1`, `fix-2`, ...): after `close`, brings the live
   * previews that are already serving up to them in the background, while the checks run again.
   * Starts none that is not serving (that would compete with the checks for the machine).
   */
  afterFix(stepId: string): void;
  /** The build is over (the checks take it from here): aborts the update under way (its context's signal) and waits for it; only `afterFix` updates after this. */
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
  const serving = checks.filter((check) => check.livePreview && ofKind(check, runtime.kind));
  if (serving.length === 0) return undefined;
  const handles = new Map<Check, LivePreview>();
  let pending: { stepId: string; refresh: boolean } | undefined;
  let working: Promise<void> | undefined;
  /** No update wanted now (the build ended, until a fix's files land). */
  let closed = false;
  /** The live preview is over for the run (it failed, or the run ended). */
  let ended = false;
  let closing = new AbortController();

  const update = async ({ stepId, refresh }: { stepId: string; refresh: boolean }) => {
    const sandbox = await runtime.sandbox();
    const context = { ...backgroundCheckContext({ ...runFacts(runtime, sandbox), signal: AbortSignal.any([runtime.signal, closing.signal]) }, 'livePreview', runtime.signal), stepId };
    for (const check of serving) {
      if (refresh && !handles.has(check)) continue;
      const live = await check.livePreview!(context);
      if (!live) continue;
      const previous = handles.get(check);
      handles.set(check, live);
      if (previous && previous !== live) await previous.stop().catch(() => {});
      if (!closed) await runtime.emit({ type: 'preview.updated', url: live.url, afterStep: stepId });
    }
  };
  const drain = async () => {
    while (pending !== undefined && !closed && !ended && !runtime.signal.aborted) {
      const next = pending;
      pending = undefined;
      try {
        await update(next);
      } catch (error) {
        if (closed || ended || runtime.signal.aborted) return;
        ended = true;
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
      if (pending !== undefined && !closed && !ended) kick();
    });
  };
  const shut = async () => {
    closed = true;
    closing.abort();
    await working;
  };
  return {
    afterStep(stepId) {
      if (closed || ended) return;
      pending = { stepId, refresh: false };
      kick();
    },
    afterFix(stepId) {
      if (ended || handles.size === 0) return;
      if (closed) {
        closed = false;
        closing = new AbortController();
      }
      pending = { stepId, refresh: true };
      kick();
    },
    close: shut,
    async stop() {
      ended = true;
      await shut();
      await Promise.allSettled([...handles.values()].map((live) => live.stop()));
      handles.clear();
    },
  };
}
