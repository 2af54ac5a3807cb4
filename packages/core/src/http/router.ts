import { httpError } from './errors.js';

/** What a project or run id may look like (the storage's UUIDs and ids a host chose). */
const resourceIdPattern = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/;

/** What a route handler gets: the request, its owner, path parameters and query. */
export interface RouteContext {
  request: Request;
  ownerId: string;
  params: Record<string, string>;
  query: URLSearchParams;
  /** Reports an unexpected error (streams use it for errors after the response started). */
  onError(error: unknown): void;
}

/** One route: a method, a path pattern such as `/projects/:id/files`, and its handler. */
export interface Route {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  pattern: string;
  handle(context: RouteContext): Promise<Response>;
}

/** A route matched to a request path, with its decoded parameters. */
export interface RouteMatch {
  route: Route;
  params: Record<string, string>;
}

/**
 * Matches a path (already stripped of the base path) against the routes. A path no route
 * knows is `ROUTE_NOT_FOUND`; a known path with another method is `METHOD_NOT_ALLOWED` with
 * the allowed methods in `details.allow`.
 *
 * @example
 * const { route, params } = matchRoute(routes, 'GET', '/projects/p1/files'); // params.id === 'p1'
 */
export function matchRoute(routes: readonly Route[], method: string, path: string): RouteMatch {
  const segments = splitPath(path);
  const allowed: string[] = [];
  for (const route of routes) {
    const params = matchPattern(route.pattern, segments);
    if (!params) continue;
    if (route.method === method || (method === 'HEAD' && route.method === 'GET')) return { route, params };
    allowed.push(route.method);
  }
  if (allowed.length) throw httpError('METHOD_NOT_ALLOWED', `${method} is not allowed on ${path}; use ${allowed.join(' or ')}.`, { allow: allowed.join(', ') });
  throw httpError('ROUTE_NOT_FOUND', `No route ${method} ${path}.`);
}

function splitPath(path: string): string[] | undefined {
  const parts = path.split('/').filter((part) => part !== '');
  try {
    return parts.map((part) => decodeURIComponent(part));
  } catch {
    return undefined;
  }
}

function matchPattern(pattern: string, segments: string[] | undefined): Record<string, string> | undefined {
  if (!segments) return undefined;
  const parts = pattern.split('/').filter((part) => part !== '');
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (const [index, part] of parts.entries()) {
    const segment = segments[index]!;
    if (part.startsWith(':')) {
      if (!resourceIdPattern.test(segment)) {
        throw httpError(
          'INVALID_INPUT',
          `Invalid ${part.slice(1)} "${segment.slice(0, 80).replace(/[\u0000-\u001f\u007f]/g, '?')}" in the path: ids are letters, digits, ".", "_" and "-" (at most 128).`,
        );
      }
      params[part.slice(1)] = segment;
    } else if (part !== segment) return undefined;
  }
  return params;
}
