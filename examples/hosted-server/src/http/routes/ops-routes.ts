import { Hono } from 'hono';
import type { AppEnv } from '../app-env.js';
import { HttpError } from '../http-error.js';
import type { RouteKit } from '../route-kit.js';

/**
 * `/health` (the process answers), `/ready` (Postgres and Redis answer: 503 otherwise, so a load
 * balancer stops sending traffic) and `/metrics` (Prometheus; `Authorization: Bearer METRICS_TOKEN`
 * when that is set).
 */
export function opsRoutes({ services, metrics }: RouteKit): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/health', (context) => context.json({ status: 'ok' }));
  app.get('/ready', async (context) => {
    const within = <T>(promise: Promise<T>) => Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error('timed out after 2 s')), 2_000).unref())]);
    const [database, redis] = await Promise.allSettled([within(services.db.query('SELECT 1')), within(services.redis.ping())]);
    const checks = { database: database.status === 'fulfilled' ? 'ok' : 'unavailable', redis: redis.status === 'fulfilled' ? 'ok' : 'unavailable' };
    const ready = Object.values(checks).every((value) => value === 'ok');
    return context.json({ status: ready ? 'ready' : 'not ready', checks }, ready ? 200 : 503);
  });
  app.get('/metrics', async (context) => {
    const token = services.config.metricsToken;
    if (token && context.req.header('authorization') !== `Bearer ${token}`) throw new HttpError(401, 'UNAUTHORIZED', 'Send Authorization: Bearer <METRICS_TOKEN>.');
    return context.text(await metrics.registry.metrics(), 200, { 'content-type': metrics.registry.contentType });
  });
  return app;
}
