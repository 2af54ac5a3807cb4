import type { Builder } from '@buildwright/core';
import { createBuilderHandler } from '@buildwright/core/http';
import { Hono } from 'hono';
import type { AppEnv } from '../app-env.js';
import { requirePermission } from '../middleware/authenticated.js';
import type { RouteKit } from '../route-kit.js';

/** Where the SDK's routes are mounted. */
export const builderBasePath = '/api/builder';

/** The SDK's routes, and a way to start a run as a given owner through them. */
export interface BuilderRoutes {
  app: Hono<AppEnv>;
  /** `POST /api/builder/runs` with `body` as `ownerId` (an incoming trigger): the SDK's answer, 201 or its refusal. */
  startRun(ownerId: string, body: { prompt: string; kind: 'web' | 'dapp' | 'api' }): Promise<Response>;
}

/**
 * Mounts `createBuilderHandler` under `/api/builder`. The owner of every builder route is the
 * authenticated user (its `authorize` reads the principal the middleware found, so nothing in
 * the request can name another owner, and storage scopes every read to it). GET needs
 * `builder:read`, anything else `builder:write`. Quotas are not checked here: the builder's
 * `beforeRun` / `ownerLimits` hooks refuse a run wherever it starts (429 `QUOTA_EXCEEDED`).
 *
 * @example
 * const builder = builderRoutes(kit, createBuilder({ ...options, queue }));
 * app.route('/', builder.app);
 */
export function builderRoutes({ services, guard, metrics }: RouteKit, builder: Builder): BuilderRoutes {
  const owners = new WeakMap<Request, string>();
  const handler = createBuilderHandler(builder, {
    basePath: builderBasePath,
    authorize: (request) => {
      const owner = owners.get(request);
      if (!owner) throw new Error('no authenticated owner for this request');
      return owner;
    },
    onError: (error, request) => services.logger.error({ err: error, path: new URL(request.url).pathname }, 'builder route failed'),
  });
  const serve = async (request: Request, ownerId: string, logger = services.logger) => {
    owners.set(request, ownerId);
    const response = await handler(request);
    if (request.method === 'POST' && response.status === 201 && /\/runs$/.test(new URL(request.url).pathname)) {
      const { runId, projectId } = (await response.clone().json()) as { runId: string; projectId: string };
      metrics.runsStarted.inc({ kind: 'any' });
      logger.info({ runId, projectId, ownerId }, 'run enqueued');
    }
    return response;
  };
  const app = new Hono<AppEnv>();
  app.all(`${builderBasePath}/*`, guard(), async (context) => {
    const principal = context.get('principal');
    requirePermission(principal.permissions, context.req.method === 'GET' || context.req.method === 'HEAD' ? 'builder:read' : 'builder:write', principal.via.kind);
    return serve(context.req.raw, principal.userId, context.get('logger'));
  });
  return {
    app,
    startRun: (ownerId, body) =>
      serve(new Request(`${services.config.publicUrl}${builderBasePath}/runs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }), ownerId),
  };
}
