import { backgroundCheckContext } from '../graph/background-check-context.js';
import type { CheckFacts } from '../graph/nodes/node-context.js';
import { ofKind } from '../graph/of-kind.js';
import type { BuilderContext } from './run-context.js';

/**
 * Starts each check's optional `prepare` of the facts' kind in the background (see Check.prepare):
 * no events, no file changes. Its signal aborts with the facts' signal (a run's cancel) or when the
 * builder closes, and `close()` waits for it. Resolves once every `prepare` returned; never rejects.
 */
export function prepareChecks(builder: BuilderContext, facts: CheckFacts): Promise<void> {
  const checks = (builder.options.checks ?? []).filter((check) => check.prepare && ofKind(check, facts.kind));
  if (checks.length === 0) return Promise.resolve();
  const { closing, running } = builder.backgroundWork;
  // Stopped by the run's cancel (as a server started here is), or by the builder's close while the work runs (the builder lives long: no listener is left on it).
  const stop = new AbortController();
  const onAbort = (event: Event) => stop.abort((event.target as AbortSignal).reason);
  for (const signal of [facts.signal, closing.signal]) {
    if (signal.aborted) stop.abort(signal.reason);
    else signal.addEventListener('abort', onAbort, { once: true });
  }
  const context = backgroundCheckContext({ ...facts, signal: stop.signal }, 'prepare');
  const works = checks.map((check) => {
    const work = Promise.resolve()
      .then(() => check.prepare!(context))
      .catch(() => {});
    running.add(work);
    return work.then(() => void running.delete(work));
  });
  return Promise.all(works).then(() => closing.signal.removeEventListener('abort', onAbort));
}
