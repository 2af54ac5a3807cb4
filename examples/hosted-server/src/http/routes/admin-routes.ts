import { Hono } from 'hono';
import { z } from 'zod';
import { roles } from '../../auth/roles.js';
import { planNames } from '../../config/plans.js';
import { dailyUsage, dailyUsageOf } from '../../quotas/usage-report.js';
import { lastUtcDays, utcDay } from '../../quotas/utc-day.js';
import type { AppEnv } from '../app-env.js';
import { HttpError, notFound } from '../http-error.js';
import { readJson, uuidParam } from '../read-json.js';
import type { RouteKit } from '../route-kit.js';
import { daysQuery } from './usage-routes.js';

const page = (context: { req: { query(name: string): string | undefined } }) => {
  const parsed = z
    .object({ limit: z.coerce.number().int().min(1).max(200).default(50), offset: z.coerce.number().int().min(0).default(0) })
    .safeParse({ limit: context.req.query('limit'), offset: context.req.query('offset') });
  if (!parsed.success) throw new HttpError(400, 'INVALID_INPUT', 'limit: 1 to 200; offset: 0 or more.');
  return parsed.data;
};
const updateUser = z
  .object({ plan: z.enum(planNames).optional(), role: z.enum(roles).optional(), disabled: z.boolean().optional() })
  .strict()
  .refine((value) => Object.keys(value).length > 0, 'give plan, role or disabled');

/** `/admin/…`: every account and its usage (ADMIN only). */
export function adminRoutes({ services, guard }: RouteKit): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/admin/users', guard('users:read-all'), async (context) => context.json({ users: await services.users.list(page(context)) }));
  app.get('/admin/usage', guard('usage:read-all'), async (context) => {
    const day = context.req.query('day') ?? utcDay(services.clock());
    if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new HttpError(400, 'INVALID_INPUT', 'day: YYYY-MM-DD.');
    const users = await services.users.list(page(context));
    const used = await dailyUsageOf(
      services.db,
      users.map((user) => user.id),
      [day],
    );
    const usage = users.map((user) => ({ userId: user.id, email: user.email, plan: user.plan, ...used.get(user.id)![0]! }));
    return context.json({ day, usage });
  });
  app.get('/admin/users/:id/usage', guard('usage:read-all'), async (context) => {
    const user = await services.users.byId(uuidParam(context, 'id', 'account'));
    if (!user) throw notFound('account');
    return context.json({ user, days: await dailyUsage(services.db, user.id, lastUtcDays(services.clock(), daysQuery(context.req.query('days')))) });
  });
  app.patch('/admin/users/:id', guard('users:manage-all'), async (context) => {
    const id = uuidParam(context, 'id', 'account');
    const changes = await readJson(context, updateUser);
    const user = await services.users.update(id, changes);
    if (!user) throw notFound('account');
    if (changes.disabled) await services.sessions.revokeAll(id, 'account disabled');
    context.get('logger').info({ targetUserId: id, changes }, 'account changed by an admin');
    return context.json({ user });
  });
  return app;
}
