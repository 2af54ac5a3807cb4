import type { Builder } from '../builder/create-builder.js';
import { BuildwrightError } from '@buildwright/client';
import { errorResponse, httpError, statusOf } from './errors.js';
import { matchRoute } from './router.js';
import { defaultEventPageSize } from '../run/event-pages.js';
import { createRoutes, type BuilderHandlerGit } from './routes.js';

/** A Web-standard request handler: mounts in Hono, Next.js route handlers, Bun, Deno, and Node through a fetch adapter. */
export type BuilderHandler = (request: Request) => Promise<Response>;

export interface BuilderHandlerOptions {
  /**
   * Returns the id of the user making the request (every route is scoped to it), or throws /
   * rejects when the request is not authorized (the response is then 401).
   */
  authorize(request: Request): string | Promise<string>;
  /** Largest accepted request body in bytes (413 beyond). Default 1 MiB. */
  maxBodyBytes?: number;
  /** Path prefix the handler is mounted under, e.g. `/api/builder`. Default none. */
  basePath?: string;
  /** Milliseconds between SSE keep-alive comments. Default 15 000. */
  heartbeatMs?: number;
  /** Event streams one owner may hold open at once; more get 429 with `Retry-After`. Default 50. */
  maxStreamsPerOwner?: number;
  /** Runs one owner may have in progress at once through this handler; more get 429 with `Retry-After`. Default 10. */
  maxRunsPerOwner?: number;
  /**
   * Stored events an event stream reads per query when it replays a run: it sends each page before
   * reading the next. A whole number of at least 1. Default 500.
   */
  eventPageSize?: number;
  /** Sees every unexpected (5xx) error with its stack; the client only gets a generic message. Default `console.error`. */
  onError?(error: unknown, request: Request): void;
  /**
   * Git sync of projects (`gitSync({ builder })` from `@buildwright/adapters/git`): serves
   * `POST /projects/:id/git/push` and `/pull`. Credentials are the server's (given to `gitSync`),
   * never the request's. Without it those routes are 404.
   */
  git?: BuilderHandlerGit;
}

/**
 * Creates the HTTP handler of a builder: JSON routes to generate, edit, cancel, list and read
 * projects, files, versions and diffs, restore, export a ZIP, and a Server-Sent Events stream
 * per run that resumes from `Last-Event-ID`. Errors are `{ error: { code, message } }` with a
 * 4xx status for what the caller can fix; nothing else leaves the server. See docs/http.md.
 *
 * @example
 * import { createBuilderHandler } from '@buildwright/core/http';
 *
 * const handler = createBuilderHandler(builder, {
 *   basePath: '/api/builder',
 *   authorize: async (request) => (await session(request))?.userId ?? Promise.reject(new Error('no session')),
 * });
 * // Next.js: export const GET = handler, POST = handler;   Bun: Bun.serve({ fetch: handler })
 */
export function createBuilderHandler(builder: Builder, options: BuilderHandlerOptions): BuilderHandler {
  if (typeof options?.authorize !== 'function') {
    throw new BuildwrightError({ code: 'INVALID_INPUT', docsPage: 'http.md', message: 'createBuilderHandler needs options.authorize(request) returning the owner id.' });
  }
  const { eventPageSize = defaultEventPageSize } = options;
  if (!Number.isInteger(eventPageSize) || eventPageSize < 1) {
    throw new BuildwrightError({ code: 'INVALID_INPUT', docsPage: 'http.md', message: `createBuilderHandler needs eventPageSize to be a whole number of at least 1 (got ${eventPageSize}).` });
  }
  const basePath = normalizeBasePath(options.basePath);
  const report = options.onError ?? ((error: unknown) => console.error('[buildwright/http]', error));
  const routes = createRoutes(builder, {
    maxBodyBytes: options.maxBodyBytes ?? 1024 * 1024,
    heartbeatMs: options.heartbeatMs ?? 15_000,
    maxStreamsPerOwner: options.maxStreamsPerOwner ?? 50,
    maxRunsPerOwner: options.maxRunsPerOwner ?? 10,
    eventPageSize,
    ...(options.git ? { git: options.git } : {}),
  });

  return async (request) => {
    // Only unexpected errors are reported: a 404 or a bad body is the caller's business.
    const onError = (error: unknown) => {
      if (!BuildwrightError.isInstance(error) || statusOf(error.code) >= 500) report(error, request);
    };
    try {
      const url = new URL(request.url);
      const path = stripBasePath(url.pathname, basePath);
      const { route, params } = matchRoute(routes, request.method, path);
      const ownerId = await authorizeRequest(options.authorize, request);
      return await route.handle({ request, ownerId, params, query: url.searchParams, onError });
    } catch (error) {
      onError(error);
      return errorResponse(error);
    }
  };
}

async function authorizeRequest(authorize: BuilderHandlerOptions['authorize'], request: Request): Promise<string> {
  let ownerId: unknown;
  try {
    ownerId = await authorize(request);
  } catch (error) {
    const message = BuildwrightError.isInstance(error) && error.code === 'UNAUTHORIZED' ? error.message : 'The request is not authorized; sign in and try again.';
    throw httpError('UNAUTHORIZED', message);
  }
  if (typeof ownerId !== 'string' || ownerId === '') throw httpError('UNAUTHORIZED', 'The request is not authorized; sign in and try again.');
  return ownerId;
}

function normalizeBasePath(basePath: string | undefined): string {
  if (!basePath) return '';
  const trimmed = `/${basePath.replace(/^\/+|\/+$/g, '')}`;
  return trimmed === '/' ? '' : trimmed;
}

function stripBasePath(pathname: string, basePath: string): string {
  if (!basePath) return pathname;
  if (pathname === basePath) return '/';
  if (pathname.startsWith(`${basePath}/`)) return pathname.slice(basePath.length);
  throw httpError('ROUTE_NOT_FOUND', `No route at ${pathname}: this handler serves ${basePath}/...`);
}
