/**
 * The route of an authenticated worker request (the check worker, the shared type-check service):
 * a POST carrying the worker's token, to one of `routes`. Anything else is answered here (403
 * without the token, 404 for an unknown route) and gets `undefined`.
 */
// Shipped as a string: after editing, run `node packages/adapters/scripts/generate-file-modules.mjs check-worker`.
export function workerRoute(request, response, token, routes) {
  const route = Object.hasOwn(routes, (request.url || '').slice(1)) ? routes[(request.url || '').slice(1)] : undefined;
  if (request.headers['x-buildwright-token'] === token && request.method === 'POST' && route) return route;
  response.writeHead(request.headers['x-buildwright-token'] === token ? 404 : 403).end();
  return undefined;
}
