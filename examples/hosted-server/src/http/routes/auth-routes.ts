import { Hono } from 'hono';
import { z } from 'zod';
import type { User } from '../../accounts/users.js';
import { decoyPasswordHash, hashPassword, verifyPassword } from '../../auth/passwords.js';
import type { AppServices } from '../../runtime/app-services.js';
import type { AppEnv } from '../app-env.js';
import { HttpError } from '../http-error.js';
import { readJson } from '../read-json.js';
import type { RouteKit } from '../route-kit.js';

const credentials = z.object({ email: z.email().max(254), password: z.string().min(10, 'use at least 10 characters').max(200) }).strict();
const refreshBody = z.object({ refreshToken: z.string().min(1).max(200) }).strict();

/** The tokens a sign-in, sign-up or refresh answers with. */
async function tokensFor(services: AppServices, user: User, refresh: { token: string; sessionId: string; expiresAt: Date }) {
  const access = await services.accessTokens.issue({ userId: user.id, sessionId: refresh.sessionId });
  return { accessToken: access.token, accessTokenExpiresAt: access.expiresAt.toISOString(), refreshToken: refresh.token, refreshTokenExpiresAt: refresh.expiresAt.toISOString() };
}

/**
 * `POST /auth/signup`, `/auth/login`, `/auth/refresh`, `/auth/logout` and `GET /me`. Sign-up and
 * sign-in are rate-limited per address; a wrong email and a wrong password answer alike.
 */
export function authRoutes({ services, limits, guard }: RouteKit): Hono<AppEnv> {
  const app = new Hono<AppEnv>();
  app.post('/auth/signup', limits.perLogin, async (context) => {
    const input = await readJson(context, credentials);
    const user = await services.users.create({ email: input.email, passwordHash: await hashPassword(input.password), role: 'USER' });
    context.get('logger').info({ userId: user.id }, 'account created');
    return context.json({ user, ...(await tokensFor(services, user, await services.sessions.start(user.id))) }, 201);
  });
  app.post('/auth/login', limits.perLogin, async (context) => {
    const input = await readJson(context, credentials.extend({ password: z.string().min(1).max(200) }));
    const found = await services.users.credentials(input.email);
    const matches = await verifyPassword(found?.passwordHash ?? (await decoyPasswordHash()), input.password);
    if (!found || !matches) throw new HttpError(401, 'UNAUTHORIZED', 'Wrong email or password.');
    if (found.user.disabled) throw new HttpError(403, 'FORBIDDEN', 'This account is disabled: ask its administrator or reseller.');
    return context.json({ user: found.user, ...(await tokensFor(services, found.user, await services.sessions.start(found.user.id))) });
  });
  app.post('/auth/refresh', limits.perLogin, async (context) => {
    const { refreshToken } = await readJson(context, refreshBody);
    const next = await services.sessions.rotate(refreshToken);
    const resolved = await services.planOf(next.userId);
    if (!resolved || resolved.user.disabled) throw new HttpError(401, 'UNAUTHORIZED', 'This account is disabled or gone.');
    return context.json(await tokensFor(services, resolved.user, next));
  });
  app.post('/auth/logout', guard(), async (context) => {
    const { via } = context.get('principal');
    if (via.kind !== 'session') throw new HttpError(400, 'INVALID_INPUT', 'An API key has no session to end: revoke the key under /keys instead.');
    await services.sessions.revoke(via.sessionId, 'signed out');
    return context.body(null, 204);
  });
  app.get('/me', guard(), async (context) => {
    const principal = context.get('principal');
    const user = await services.users.byId(principal.userId);
    // The chains a DApp may name (`chain` of POST /api/builder/runs), for the generate form; never their RPC URLs.
    const chains = { names: services.config.chains.chains.map((chain) => chain.name), default: services.config.chains.defaultChain.name };
    return context.json({ user, plan: principal.plan, limits: services.config.plans[principal.plan], permissions: [...principal.permissions], via: principal.via.kind, chains });
  });
  return app;
}
