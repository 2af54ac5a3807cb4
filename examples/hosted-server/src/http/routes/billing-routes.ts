import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../app-env.js';
import { HttpError } from '../http-error.js';
import { readJson } from '../read-json.js';
import type { RouteKit } from '../route-kit.js';

const checkoutBody = z.object({ plan: z.enum(['pro', 'team']) }).strict();

/**
 * `GET /billing`, `POST /billing/checkout` and `POST /billing/portal` for the signed-in account,
 * and `POST /billing/webhook` for Stripe (verified with STRIPE_WEBHOOK_SECRET, applied once per
 * event id; a plan change applies to the next request at once).
 */
export function billingRoutes({ services, guard }: RouteKit): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const account = async (userId: string) => {
    const user = await services.users.byId(userId);
    if (!user) throw new HttpError(401, 'UNAUTHORIZED', 'This account no longer exists.');
    return user;
  };
  app.get('/billing', guard('billing:manage'), async (context) => {
    const user = await account(context.get('principal').userId);
    return context.json({ plan: context.get('principal').plan, subscribedPlan: user.plan, subscriptionStatus: user.subscriptionStatus });
  });
  app.post('/billing/checkout', guard('billing:manage'), async (context) => {
    const { plan } = await readJson(context, checkoutBody);
    return context.json(await services.billing.checkout(await account(context.get('principal').userId), plan), 201);
  });
  app.post('/billing/portal', guard('billing:manage'), async (context) => context.json(await services.billing.portal(await account(context.get('principal').userId)), 201));
  app.post('/billing/webhook', async (context) => {
    const event = services.billing.verify(await context.req.text(), context.req.header('stripe-signature') ?? null);
    const outcome = await services.billing.handle(event);
    context.get('logger').info({ stripeEventId: event.id, type: event.type, outcome }, 'stripe event');
    return context.json({ received: true, outcome: outcome.kind });
  });
  return app;
}
