import { randomUUID } from 'node:crypto';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';
import type { Metrics } from '../../ops/metrics.js';
import type { AppEnv } from '../app-env.js';

/**
 * First middleware: a request id (the client's `X-Request-Id` when it is a sane token, else a new
 * UUID, echoed back), a logger carrying it, the client address (`X-Forwarded-For`'s first hop only
 * with `trustProxy`), one access log line and the HTTP metrics.
 *
 * @example
 * app.use('*', requestContext({ logger, metrics, trustProxy: false }));
 */
export function requestContext(options: { logger: Logger; metrics: Metrics; trustProxy: boolean }): MiddlewareHandler<AppEnv> {
  return async (context, next) => {
    const given = context.req.header('x-request-id');
    const requestId = given && /^[\w.-]{1,128}$/.test(given) ? given : randomUUID();
    const logger = options.logger.child({ requestId });
    const forwarded = options.trustProxy ? context.req.header('x-forwarded-for')?.split(',')[0]?.trim() : undefined;
    let address = forwarded;
    if (!address) {
      try {
        address = getConnInfo(context).remote.address;
      } catch {
        // Not served by @hono/node-server (app.request in a test): no socket to read.
      }
    }
    context.set('requestId', requestId);
    context.set('logger', logger);
    context.set('clientAddress', address ?? 'unknown');
    context.header('X-Request-Id', requestId);
    const started = performance.now();
    await next();
    const route = context.req.routePath || 'unmatched';
    const seconds = (performance.now() - started) / 1000;
    options.metrics.httpRequests.inc({ method: context.req.method, route, status: String(context.res.status) });
    options.metrics.httpDuration.observe({ method: context.req.method, route }, seconds);
    const principal = context.get('principal') as AppEnv['Variables']['principal'] | undefined;
    logger.info({ method: context.req.method, path: redactPath(context.req.path), status: context.res.status, ms: Math.round(seconds * 1000), userId: principal?.userId }, 'request');
  };
}

/** The path as logged: the credentials some paths carry (preview tokens, trigger signatures) left out. */
export function redactPath(path: string): string {
  return path.replace(/^\/previews\/[^/]+/, '/previews/[token]').replace(/^(\/hooks\/triggers\/[^/]+\/)[^/]+/, '$1[signature]');
}
