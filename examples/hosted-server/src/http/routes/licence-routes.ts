import { Hono } from 'hono';
import { z } from 'zod';
import { planNames } from '../../config/plans.js';
import type { AppEnv } from '../app-env.js';
import { HttpError, notFound } from '../http-error.js';
import { readJson, uuidParam } from '../read-json.js';
import type { RouteKit } from '../route-kit.js';

const issueLicence = z
  .object({ licensee: z.string().trim().min(1).max(200), plan: z.enum(planNames), seats: z.number().int().min(1).max(10_000), validDays: z.number().int().min(1).max(3_650) })
  .strict();
const keyBody = z.object({ key: z.string().min(1).max(4_000) }).strict();

/**
 * Licences: resellers and admins issue (`POST /licences`, the key in that answer only), list and
 * revoke them (a reseller its own; an admin any); `POST /licences/validate` is public (rate-limited
 * per address); `POST /licences/activate` takes a seat for the signed-in account, whose plan is
 * then the licence's until it expires or is revoked.
 */
export function licenceRoutes({ services, guard }: RouteKit): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const issuerScope = (principal: AppEnv['Variables']['principal']) => (principal.role === 'ADMIN' ? undefined : principal.userId);
  app.post('/licences', guard('licences:issue'), async (context) => {
    const input = await readJson(context, issueLicence);
    const expiresAt = new Date(services.clock().getTime() + input.validDays * 86_400_000);
    const issued = await services.licences.issue(context.get('principal').userId, { licensee: input.licensee, plan: input.plan, seats: input.seats, expiresAt });
    return context.json(issued, 201);
  });
  app.get('/licences', guard('licences:issue'), async (context) => context.json({ licences: await services.licences.list(issuerScope(context.get('principal'))) }));
  app.post('/licences/:id/revoke', guard('licences:issue'), async (context) => {
    if (!(await services.licences.revoke(uuidParam(context, 'id', 'licence'), issuerScope(context.get('principal'))))) throw notFound('licence');
    return context.body(null, 204);
  });
  app.post('/licences/validate', async (context) => {
    const { key } = await readJson(context, keyBody);
    return context.json(await services.licences.status(key));
  });
  app.post('/licences/activate', guard('licences:activate'), async (context) => {
    const { key } = await readJson(context, keyBody);
    const claims = await services.licences.activate(key, context.get('principal').userId);
    const resolved = await services.planOf(context.get('principal').userId);
    if (!resolved) throw new HttpError(401, 'UNAUTHORIZED', 'This account no longer exists.');
    return context.json({ licence: claims, plan: resolved.plan });
  });
  return app;
}
