import { Hono } from 'hono';
import { z } from 'zod';
import type { AppEnv } from '../app-env.js';
import { HttpError, notFound } from '../http-error.js';
import { readJson, uuidParam } from '../read-json.js';
import type { RouteKit } from '../route-kit.js';
import type { BuilderRoutes } from './builder-routes.js';

const createTrigger = z.object({ name: z.string().trim().min(1).max(100), kind: z.enum(['web', 'dapp', 'api']).default('web') }).strict();
const fireTrigger = z.object({ prompt: z.string().trim().min(1).max(20_000) });

/**
 * Incoming triggers: `GET|POST /triggers`, `DELETE /triggers/:id` for the signed-in account, and
 * the public `POST /hooks/triggers/:id/:signature` with `{ "prompt": "…" }` that starts a
 * generation as the trigger's owner, through the builder's own route (quotas apply: 429 when used up).
 */
export function triggerRoutes({ services, guard }: RouteKit, builder: BuilderRoutes): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  const { triggers } = services;
  const urlOf = (id: string) => `${services.config.publicUrl}/hooks/triggers/${id}/${triggers.signatureOf(id)}`;
  app.get('/triggers', guard('webhooks:manage'), async (context) =>
    context.json({ triggers: (await triggers.list(context.get('principal').userId)).map((trigger) => ({ ...trigger, url: urlOf(trigger.id) })) }),
  );
  app.post('/triggers', guard('webhooks:manage'), async (context) => {
    const trigger = await triggers.create(context.get('principal').userId, await readJson(context, createTrigger));
    return context.json({ trigger, url: urlOf(trigger.id) }, 201);
  });
  app.delete('/triggers/:id', guard('webhooks:manage'), async (context) => {
    if (!(await triggers.revoke(context.get('principal').userId, uuidParam(context, 'id', 'trigger')))) throw notFound('trigger');
    return context.body(null, 204);
  });
  app.post('/hooks/triggers/:id/:signature', async (context) => {
    const trigger = await triggers.resolve(uuidParam(context, 'id', 'trigger'), context.req.param('signature'));
    if (!trigger) throw new HttpError(404, 'NOT_FOUND', 'No such trigger, or it was revoked.');
    const { prompt } = await readJson(context, fireTrigger);
    context.get('logger').info({ triggerId: trigger.id, ownerId: trigger.userId }, 'trigger fired');
    return builder.startRun(trigger.userId, { prompt, kind: trigger.kind });
  });
  return app;
}
