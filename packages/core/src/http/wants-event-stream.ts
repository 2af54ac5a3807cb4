import type { RouteContext } from './router.js';

/**
 * Whether the request asks for an SSE stream rather than JSON: `Accept: text/event-stream` does;
 * an `Accept` that names neither takes `byDefault` (a run's events stream unless JSON is asked for;
 * an agent call answers JSON unless a stream is asked for).
 *
 * @example
 * if (!wantsEventStream(context, { byDefault: false })) return json(await execution);
 */
export function wantsEventStream(context: RouteContext, options: { byDefault: boolean }): boolean {
  const accept = context.request.headers.get('accept') ?? '';
  if (accept.includes('text/event-stream')) return true;
  return options.byDefault && !accept.includes('application/json');
}
