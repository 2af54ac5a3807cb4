import { Hono } from 'hono';
import { z } from 'zod';
import { keyScopes } from '../../auth/roles.js';
import type { AppEnv } from '../app-env.js';
import { notFound } from '../http-error.js';
import { readJson, uuidParam } from '../read-json.js';
import type { RouteKit } from '../route-kit.js';

const createKey = z.object({ name: z.string().trim().min(1).max(100), scopes: z.array(z.enum(keyScopes)).min(1).default(['builder:read', 'builder:write']) }).strict();

/** `GET /keys`, `POST /keys` (the key is in this answer only), `DELETE /keys/:id`. A signed-in session only. */
export function keyRoutes({ services, guard }: RouteKit): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.get('/keys', guard('keys:manage'), async (context) => context.json({ keys: await services.apiKeys.list(context.get('principal').userId) }));
  app.post('/keys', guard('keys:manage'), async (context) => {
    const input = await readJson(context, createKey);
    const { key, apiKey } = await services.apiKeys.create(context.get('principal').userId, { name: input.name, scopes: [...new Set(input.scopes)] });
    return context.json({ key, apiKey, note: 'Store the key now: it is shown only once.' }, 201);
  });
  app.delete('/keys/:id', guard('keys:manage'), async (context) => {
    if (!(await services.apiKeys.revoke(context.get('principal').userId, uuidParam(context, 'id', 'API key')))) throw notFound('API key');
    return context.body(null, 204);
  });
  return app;
}
