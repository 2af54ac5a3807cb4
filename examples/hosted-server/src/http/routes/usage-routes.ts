import { Hono } from 'hono';
import { z } from 'zod';
import { dailyUsage } from '../../quotas/usage-report.js';
import { lastUtcDays } from '../../quotas/utc-day.js';
import type { AppEnv } from '../app-env.js';
import { HttpError } from '../http-error.js';
import type { RouteKit } from '../route-kit.js';

/** `?days=` of a usage route: 1 to 90, default 7. */
export function daysQuery(value: string | undefined): number {
  const parsed = z.coerce.number().int().min(1).max(90).default(7).safeParse(value);
  if (!parsed.success) throw new HttpError(400, 'INVALID_INPUT', 'days: a whole number from 1 to 90.');
  return parsed.data;
}

/** `GET /usage?days=7`: the account's plan, its limits and its usage per UTC day, today first. */
export function usageRoutes({ services, guard }: RouteKit): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/usage', guard('usage:read'), async (context) => {
    const principal = context.get('principal');
    const days = lastUtcDays(services.clock(), daysQuery(context.req.query('days')));
    return context.json({ plan: principal.plan, limits: services.config.plans[principal.plan], days: await dailyUsage(services.db, principal.userId, days) });
  });
  return app;
}
