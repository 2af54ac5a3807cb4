import type { Builder } from '@buildwright/core';
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { rateLimits } from '../limits/rate-limits.js';
import type { Metrics } from '../ops/metrics.js';
import { runSocketRoutes } from '../realtime/run-socket-routes.js';
import type { AppServices } from '../runtime/app-services.js';
import type { AppEnv } from './app-env.js';
import { HttpError } from './http-error.js';
import { authenticated } from './middleware/authenticated.js';
import { requestContext } from './middleware/request-context.js';
import type { RouteKit } from './route-kit.js';
import { adminRoutes } from './routes/admin-routes.js';
import { authRoutes } from './routes/auth-routes.js';
import { billingRoutes } from './routes/billing-routes.js';
import { builderRoutes } from './routes/builder-routes.js';
import { keyRoutes } from './routes/key-routes.js';
import { licenceRoutes } from './routes/licence-routes.js';
import { opsRoutes } from './routes/ops-routes.js';
import { previewRoutes } from './routes/preview-routes.js';
import { resellerRoutes } from './routes/reseller-routes.js';
import { triggerRoutes } from './routes/trigger-routes.js';
import { usageRoutes } from './routes/usage-routes.js';
import { webRoutes } from './routes/web-routes.js';
import { webhookRoutes } from './routes/webhook-routes.js';

/** Paths the per-address rate limit leaves out: probes, scrapes, and Stripe (a few addresses sending every account's events; each is verified). */
const unlimited = new Set(['/health', '/ready', '/metrics', '/billing/webhook']);

/** Largest request body the service's own routes read (the builder routes have the SDK's own limit, also 1 MiB). */
const maxBodyBytes = 1024 * 1024;

/**
 * The API: request context, the per-address rate limit, then every route group; errors answer
 * `{ error: { code, message } }` (never a stack: unexpected ones are logged with the request id).
 *
 * @example
 * const app = createApp({ services, builder, metrics });
 * serve({ fetch: app.fetch, port: 3000 });
 */
export function createApp(options: { services: AppServices; builder: Builder; metrics: Metrics }): Hono<AppEnv> {
  const { services, metrics } = options;
  const limits = rateLimits({ redis: services.redis, prefix: services.config.prefix, ...services.config.rateLimits });
  const kit: RouteKit = { services, limits, metrics, guard: (permission) => authenticated(services.authenticate, limits.perUser, permission) };
  const app = new Hono<AppEnv>();
  app.use('*', requestContext({ logger: services.logger, metrics, trustProxy: services.config.trustProxy }));
  app.use('*', async (context, next) => (unlimited.has(context.req.path) ? next() : limits.perAddress(context, next)));
  app.use(
    '*',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: () => {
        // The rest of the body is not read: the connection must not be used for another request.
        throw new HttpError(413, 'INVALID_INPUT', `The body is larger than ${maxBodyBytes} bytes.`, { Connection: 'close' });
      },
    }),
  );
  const builder = builderRoutes(kit, options.builder);
  for (const routes of [
    opsRoutes(kit),
    authRoutes(kit),
    keyRoutes(kit),
    usageRoutes(kit),
    adminRoutes(kit),
    resellerRoutes(kit),
    licenceRoutes(kit),
    billingRoutes(kit),
    webhookRoutes(kit),
    previewRoutes(kit),
    triggerRoutes(kit, builder),
    runSocketRoutes(kit, options.builder),
    builder.app,
    ...(services.config.webDir ? [webRoutes(services.config.webDir)] : []),
  ]) {
    app.route('/', routes);
  }
  app.notFound((context) => context.json({ error: { code: 'NOT_FOUND', message: `No route ${context.req.method} ${context.req.path}.` } }, 404));
  app.onError((error, context) => {
    if (error instanceof HttpError) return context.json({ error: { code: error.code, message: error.message } }, error.status, error.headers);
    context.get('logger').error({ err: error }, 'unexpected error');
    return context.json({ error: { code: 'INTERNAL', message: `Something went wrong on our side (request ${context.get('requestId')}); try again.` } }, 500);
  });
  return app;
}
