import { Hono } from 'hono';
import { z } from 'zod';
import { randomSecret } from '../../auth/secret-tokens.js';
import { assertDeliverableUrl } from '../../webhooks/deliverable-url.js';
import { webhookEventTypes } from '../../webhooks/webhook-events.js';
import type { AppEnv } from '../app-env.js';
import { notFound } from '../http-error.js';
import { readJson, uuidParam } from '../read-json.js';
import type { RouteKit } from '../route-kit.js';

const createEndpoint = z.object({ url: z.url().max(2_000), events: z.array(z.enum(webhookEventTypes)).min(1) }).strict();

/**
 * Outbound webhooks: `GET|POST /webhooks` (the signing secret `whsec_…` is in the creation answer
 * only), `DELETE /webhooks/:id`, the delivery log `GET /webhooks/:id/deliveries`, and
 * `POST /webhooks/deliveries/:id/replay` (a new delivery of the same event, same event id).
 */
export function webhookRoutes({ services, guard }: RouteKit): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { webhooks } = services;
  app.get('/webhooks', guard('webhooks:manage'), async (context) => context.json({ endpoints: await webhooks.listEndpoints(context.get('principal').userId) }));
  app.post('/webhooks', guard('webhooks:manage'), async (context) => {
    const input = await readJson(context, createEndpoint);
    await assertDeliverableUrl(input.url, { allowPrivate: services.config.webhooks.allowPrivateUrls });
    const secret = `whsec_${randomSecret()}`;
    const endpoint = await webhooks.createEndpoint(context.get('principal').userId, { url: input.url, events: [...new Set(input.events)], secretCiphertext: services.webhookSecrets.seal(secret) });
    return context.json({ endpoint, secret, note: 'Store the secret now: it is shown only once. Verify each delivery with it (buildwright-signature header).' }, 201);
  });
  app.delete('/webhooks/:id', guard('webhooks:manage'), async (context) => {
    if (!(await webhooks.deleteEndpoint(context.get('principal').userId, uuidParam(context, 'id', 'webhook endpoint')))) throw notFound('webhook endpoint');
    return context.body(null, 204);
  });
  app.get('/webhooks/:id/deliveries', guard('webhooks:manage'), async (context) => {
    const deliveries = await webhooks.listDeliveries(context.get('principal').userId, uuidParam(context, 'id', 'webhook endpoint'));
    if (!deliveries) throw notFound('webhook endpoint');
    return context.json({ deliveries });
  });
  app.post('/webhooks/deliveries/:id/replay', guard('webhooks:manage'), async (context) => {
    const userId = context.get('principal').userId;
    const original = await webhooks.delivery(userId, uuidParam(context, 'id', 'webhook delivery'));
    if (!original) throw notFound('webhook delivery');
    const delivery = await webhooks.createDelivery({ endpointId: original.endpointId, userId, payload: original.payload, replayOf: original.id });
    await services.webhookQueue.enqueue(delivery.id);
    return context.json({ delivery }, 202);
  });
  return app;
}
