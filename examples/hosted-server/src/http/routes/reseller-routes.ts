import { Hono } from 'hono';
import { z } from 'zod';
import { plansInForce } from '../../accounts/plan-resolver.js';
import { hashPassword } from '../../auth/passwords.js';
import { dailyUsage, dailyUsageOf } from '../../quotas/usage-report.js';
import { lastUtcDays } from '../../quotas/utc-day.js';
import type { AppEnv } from '../app-env.js';
import { notFound } from '../http-error.js';
import { readJson, uuidParam } from '../read-json.js';
import type { RouteKit } from '../route-kit.js';
import { daysQuery } from './usage-routes.js';

const createCustomer = z.object({ email: z.email().max(254), password: z.string().min(10, 'use at least 10 characters').max(200) }).strict();
const updateCustomer = z.object({ disabled: z.boolean() }).strict();

/**
 * `/reseller/customers…`: a reseller creates accounts (role USER, on the free plan: their plan comes
 * from the licences the reseller issues), lists, disables and reads the usage of the accounts it
 * created, and no others (another's customer is a 404). `GET /reseller/usage?days=7`: every
 * customer it created (up to 200, newest first) with the plan in force and the usage per UTC day,
 * today first.
 */
export function resellerRoutes({ services, guard }: RouteKit): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const ownCustomer = async (resellerId: string, id: string) => {
    const user = await services.users.byId(id);
    if (!user || user.createdBy !== resellerId) throw notFound('customer');
    return user;
  };
  app.post('/reseller/customers', guard('customers:manage'), async (context) => {
    const input = await readJson(context, createCustomer);
    const user = await services.users.create({ email: input.email, passwordHash: await hashPassword(input.password), role: 'USER', createdBy: context.get('principal').userId });
    return context.json({ user }, 201);
  });
  app.get('/reseller/customers', guard('customers:manage'), async (context) =>
    context.json({ customers: await services.users.list({ createdBy: context.get('principal').userId, limit: 200, offset: 0 }) }),
  );
  app.patch('/reseller/customers/:id', guard('customers:manage'), async (context) => {
    const resellerId = context.get('principal').userId;
    const id = uuidParam(context, 'id', 'customer');
    const { disabled } = await readJson(context, updateCustomer);
    const user = await services.users.update(id, { disabled }, { createdBy: resellerId });
    if (!user) throw notFound('customer');
    if (disabled) await services.sessions.revokeAll(id, 'disabled by the reseller');
    return context.json({ user });
  });
  app.get('/reseller/usage', guard('customers:manage'), async (context) => {
    const days = lastUtcDays(services.clock(), daysQuery(context.req.query('days')));
    const customers = await services.users.list({ createdBy: context.get('principal').userId, limit: 200, offset: 0 });
    // Three queries whatever the number of customers: the list, then their licences and their usage.
    const [plans, usage] = await Promise.all([
      plansInForce(services.licences, customers),
      dailyUsageOf(
        services.db,
        customers.map((customer) => customer.id),
        days,
      ),
    ]);
    const rows = customers.map((customer) => ({ id: customer.id, email: customer.email, plan: plans.get(customer.id)!, disabled: customer.disabled, days: usage.get(customer.id)! }));
    return context.json({ days, customers: rows });
  });
  app.get('/reseller/customers/:id/usage', guard('customers:manage'), async (context) => {
    const user = await ownCustomer(context.get('principal').userId, uuidParam(context, 'id', 'customer'));
    return context.json({ user, days: await dailyUsage(services.db, user.id, lastUtcDays(services.clock(), daysQuery(context.req.query('days')))) });
  });
  return app;
}
