import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessTokens } from '../auth/access-tokens.js';
import { accountWithRole, call, type TestAccount } from '../testing/api-client.js';
import { runUntilEnded } from '../testing/run-until-ended.js';
import { startStripeStandIn } from '../testing/stripe-stand-in.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

// Every route × every kind of caller, with the status each must get, and no 2xx answer to another
// caller showing anything of the owner's. Callers run in this order, the owner last, so a route
// that changes something (a revoke, a delete) is tried by everyone else first.
const callers = ['anonymous', 'revokedKey', 'expiredToken', 'otherUser', 'reseller', 'admin', 'user'] as const;
type Caller = (typeof callers)[number];
/** Statuses in the order of the table's columns: anonymous, other user, user, reseller, admin, revoked key, expired token. */
const columns: Caller[] = ['anonymous', 'otherUser', 'user', 'reseller', 'admin', 'revokedKey', 'expiredToken'];

interface Row {
  method: string;
  path: string;
  body?: unknown;
  /** Seven statuses, in `columns` order. */
  expect: string;
  /** A public route: anyone may call it, so its answer is not checked for the owner's data. */
  public?: boolean;
}

let server: TestServer;
let webDir: string;
let stripe: Awaited<ReturnType<typeof startStripeStandIn>>;
const credentials = {} as Record<Caller, string | undefined>;
let owner: TestAccount;
let ids: Record<string, string>;
const ownerSecrets: string[] = [];

beforeAll(async () => {
  // A dashboard build as `npm run web:build` lays it out (a page and a hashed asset), so the page routes are in the table.
  webDir = await mkdtemp(join(tmpdir(), 'hs-matrix-web-'));
  await mkdir(join(webDir, 'assets'));
  await writeFile(join(webDir, 'index.html'), '<!doctype html><div id="root"></div><script type="module" src="/app/assets/index-matrix.js"></script>');
  await writeFile(join(webDir, 'assets/index-matrix.js'), 'console.log("dashboard");');
  stripe = await startStripeStandIn();
  server = await startTestServer({
    worker: true,
    environment: {
      WEB_DIR: webDir,
      STRIPE_SECRET_KEY: 'sk_test_matrix',
      STRIPE_WEBHOOK_SECRET: 'whsec_matrix',
      STRIPE_PRICE_PRO: 'price_pro',
      STRIPE_API_BASE: stripe.url,
      PLAN_FREE_GENERATIONS: '100',
    },
  });
  owner = await accountWithRole(server, 'USER');
  const other = await accountWithRole(server, 'USER');
  const reseller = await accountWithRole(server, 'RESELLER');
  const admin = await accountWithRole(server, 'ADMIN');
  const customer = await accountWithRole(server, 'USER', { createdBy: reseller.id });

  // The owner's things: a project with a completed run, an API key, a webhook endpoint with a delivery, a trigger.
  const run = await call(server.url, 'POST', '/api/builder/runs', { credential: owner.accessToken, body: { prompt: 'a counter page' } });
  expect((await runUntilEnded(server.url, owner.accessToken, run.body.runId)).status).toBe('completed');
  const key = await call(server.url, 'POST', '/keys', { credential: owner.accessToken, body: { name: 'kept', scopes: ['builder:read', 'builder:write', 'usage:read', 'webhooks:manage'] } });
  const revoked = await call(server.url, 'POST', '/keys', { credential: owner.accessToken, body: { name: 'revoked', scopes: ['builder:read', 'builder:write', 'usage:read', 'webhooks:manage'] } });
  await call(server.url, 'DELETE', `/keys/${revoked.body.apiKey.id}`, { credential: owner.accessToken });
  const endpoint = await call(server.url, 'POST', '/webhooks', { credential: owner.accessToken, body: { url: 'http://127.0.0.1:9/unused', events: ['run.completed'] } });
  const delivery = await server.services.webhooks.createDelivery({
    endpointId: endpoint.body.endpoint.id,
    userId: owner.id,
    payload: { id: 'run.completed:x', type: 'run.completed', createdAt: new Date().toISOString(), data: {} },
  });
  const trigger = await call(server.url, 'POST', '/triggers', { credential: owner.accessToken, body: { name: 'n8n' } });
  const preview = await call(server.url, 'GET', `/projects/${run.body.projectId}/preview`, { credential: owner.accessToken });
  // Licences: one issued by the reseller, one by the admin, one to activate.
  const resellerLicence = await call(server.url, 'POST', '/licences', { credential: reseller.accessToken, body: { licensee: 'Acme', plan: 'pro', seats: 2, validDays: 30 } });
  const adminLicence = await call(server.url, 'POST', '/licences', { credential: admin.accessToken, body: { licensee: 'Globex', plan: 'team', seats: 2, validDays: 30 } });
  const seats = await call(server.url, 'POST', '/licences', { credential: reseller.accessToken, body: { licensee: 'Many', plan: 'pro', seats: 10, validDays: 30 } });
  // An access token of a live session of the owner, issued long enough ago to have expired.
  const session = await server.services.sessions.start(owner.id);
  const past = accessTokens({ secret: server.config.jwtSecret, ttlSeconds: server.config.accessTokenTtlSeconds, clock: () => new Date(Date.now() - 3_600_000) });

  Object.assign(credentials, {
    anonymous: undefined,
    revokedKey: revoked.body.key,
    expiredToken: (await past.issue({ userId: owner.id, sessionId: session.sessionId })).token,
    otherUser: other.accessToken,
    reseller: reseller.accessToken,
    admin: admin.accessToken,
    user: owner.accessToken,
  });
  ids = {
    owner: owner.id,
    project: run.body.projectId,
    run: run.body.runId,
    key: key.body.apiKey.id,
    endpoint: endpoint.body.endpoint.id,
    delivery: delivery.id,
    trigger: trigger.body.trigger.id,
    triggerUrl: new URL(trigger.body.url).pathname,
    preview: new URL(preview.body.url).pathname,
    customer: customer.id,
    resellerLicence: resellerLicence.body.licence.id,
    adminLicence: adminLicence.body.licence.id,
    licenceKey: resellerLicence.body.key,
    seatsKey: seats.body.key,
  };
  ownerSecrets.push(owner.email, ids.project!, ids.run!, ids.key!, ids.endpoint!, ids.delivery!, ids.trigger!, key.body.key);
});
afterAll(async () => {
  await server?.close();
  await stripe?.close();
  if (webDir) await rm(webDir, { recursive: true, force: true });
});

const rows = (): Row[] => [
  // The dashboard: pages and assets are public files that carry no account's data (each page reads it from the API
  // with the caller's token), so they are checked for the owner's data like a private route. `/` and `/app` redirect.
  { method: 'GET', path: '/', expect: '302 302 302 302 302 302 302', public: true },
  { method: 'GET', path: '/app', expect: '302 302 302 302 302 302 302', public: true },
  { method: 'GET', path: '/app/', expect: '200 200 200 200 200 200 200' },
  { method: 'GET', path: `/app/projects/${ids.project}`, expect: '200 200 200 200 200 200 200' },
  { method: 'GET', path: '/app/licences', expect: '200 200 200 200 200 200 200' },
  { method: 'GET', path: '/app/admin', expect: '200 200 200 200 200 200 200' },
  { method: 'GET', path: '/app/assets/index-matrix.js', expect: '200 200 200 200 200 200 200' },
  { method: 'GET', path: '/app/assets/index-gone.js', expect: '404 404 404 404 404 404 404', public: true },
  { method: 'GET', path: '/app/favicon.ico', expect: '404 404 404 404 404 404 404', public: true },
  { method: 'GET', path: '/health', expect: '200 200 200 200 200 200 200', public: true },
  { method: 'GET', path: '/ready', expect: '200 200 200 200 200 200 200', public: true },
  { method: 'GET', path: '/metrics', expect: '200 200 200 200 200 200 200', public: true },
  { method: 'POST', path: '/auth/signup', body: () => ({ email: `new-${randomUUID()}@example.test`, password: 'correct horse battery' }), expect: '201 201 201 201 201 201 201', public: true },
  { method: 'POST', path: '/auth/login', body: () => ({ email: owner.email, password: 'wrong password' }), expect: '401 401 401 401 401 401 401', public: true },
  { method: 'POST', path: '/auth/refresh', body: { refreshToken: 'rt_not-a-token' }, expect: '401 401 401 401 401 401 401', public: true },
  { method: 'GET', path: '/me', expect: '401 200 200 200 200 401 401' },
  { method: 'GET', path: '/keys', expect: '401 200 200 200 200 401 401' },
  { method: 'POST', path: '/keys', body: { name: 'mine' }, expect: '401 201 201 201 201 401 401' },
  { method: 'GET', path: '/usage', expect: '401 200 200 200 200 401 401' },
  { method: 'GET', path: '/admin/users', expect: '401 403 403 403 200 401 401' },
  { method: 'GET', path: '/admin/usage', expect: '401 403 403 403 200 401 401' },
  { method: 'GET', path: `/admin/users/${ids.owner}/usage`, expect: '401 403 403 403 200 401 401' },
  { method: 'PATCH', path: `/admin/users/${ids.owner}`, body: { disabled: false }, expect: '401 403 403 403 200 401 401' },
  { method: 'POST', path: '/reseller/customers', body: () => ({ email: `c-${randomUUID()}@example.test`, password: 'correct horse battery' }), expect: '401 403 403 201 403 401 401' },
  { method: 'GET', path: '/reseller/customers', expect: '401 403 403 200 403 401 401' },
  { method: 'PATCH', path: `/reseller/customers/${ids.customer}`, body: { disabled: false }, expect: '401 403 403 200 403 401 401' },
  { method: 'GET', path: `/reseller/customers/${ids.customer}/usage`, expect: '401 403 403 200 403 401 401' },
  { method: 'GET', path: `/reseller/customers/${ids.owner}/usage`, expect: '401 403 403 404 403 401 401' },
  { method: 'GET', path: '/reseller/usage?days=3', expect: '401 403 403 200 403 401 401' },
  { method: 'POST', path: '/licences', body: { licensee: 'X', plan: 'pro', seats: 1, validDays: 1 }, expect: '401 403 403 201 201 401 401' },
  { method: 'GET', path: '/licences', expect: '401 403 403 200 200 401 401' },
  { method: 'POST', path: `/licences/${ids.adminLicence}/revoke`, expect: '401 403 403 404 204 401 401' },
  { method: 'POST', path: `/licences/${ids.resellerLicence}/revoke`, expect: '401 403 403 204 204 401 401' },
  { method: 'POST', path: '/licences/validate', body: { key: ids.licenceKey }, expect: '200 200 200 200 200 200 200', public: true },
  { method: 'POST', path: '/licences/activate', body: { key: ids.seatsKey }, expect: '401 200 200 200 200 401 401' },
  { method: 'GET', path: '/billing', expect: '401 200 200 200 200 401 401' },
  { method: 'POST', path: '/billing/checkout', body: { plan: 'pro' }, expect: '401 201 201 201 201 401 401' },
  { method: 'POST', path: '/billing/portal', expect: '401 201 201 201 201 401 401' },
  { method: 'POST', path: '/billing/webhook', body: { id: 'evt_forged', type: 'customer.subscription.updated' }, expect: '400 400 400 400 400 400 400', public: true },
  { method: 'GET', path: '/webhooks', expect: '401 200 200 200 200 401 401' },
  { method: 'POST', path: '/webhooks', body: { url: 'http://127.0.0.1:9/x', events: ['run.failed'] }, expect: '401 201 201 201 201 401 401' },
  { method: 'GET', path: `/webhooks/${ids.endpoint}/deliveries`, expect: '401 404 200 404 404 401 401' },
  { method: 'POST', path: `/webhooks/deliveries/${ids.delivery}/replay`, expect: '401 404 202 404 404 401 401' },
  { method: 'DELETE', path: `/webhooks/${ids.endpoint}`, expect: '401 404 204 404 404 401 401' },
  { method: 'GET', path: '/triggers', expect: '401 200 200 200 200 401 401' },
  { method: 'POST', path: '/triggers', body: { name: 'mine' }, expect: '401 201 201 201 201 401 401' },
  { method: 'POST', path: ids.triggerUrl!, body: { prompt: 'from a signed trigger URL' }, expect: '201 201 201 201 201 201 201', public: true },
  { method: 'POST', path: `${ids.triggerUrl!.slice(0, -4)}AAAA`, body: { prompt: 'forged' }, expect: '404 404 404 404 404 404 404', public: true },
  { method: 'DELETE', path: `/triggers/${ids.trigger}`, expect: '401 404 204 404 404 401 401' },
  { method: 'GET', path: `/projects/${ids.project}/preview`, expect: '401 404 200 404 404 401 401' },
  { method: 'GET', path: ids.preview!, expect: '200 200 200 200 200 200 200', public: true },
  { method: 'GET', path: '/previews/not-a-token/', expect: '401 401 401 401 401 401 401', public: true },
  { method: 'GET', path: '/api/builder/projects', expect: '401 200 200 200 200 401 401' },
  { method: 'GET', path: `/api/builder/projects/${ids.project}`, expect: '401 404 200 404 404 401 401' },
  { method: 'GET', path: `/api/builder/projects/${ids.project}/files`, expect: '401 404 200 404 404 401 401' },
  { method: 'GET', path: `/api/builder/projects/${ids.project}/versions`, expect: '401 404 200 404 404 401 401' },
  { method: 'GET', path: `/api/builder/projects/${ids.project}/diff?from=1`, expect: '401 404 200 404 404 401 401' },
  { method: 'GET', path: `/api/builder/projects/${ids.project}/export.zip`, expect: '401 404 200 404 404 401 401' },
  { method: 'POST', path: `/api/builder/projects/${ids.project}/restore`, body: { version: 1 }, expect: '401 404 201 404 404 401 401' },
  { method: 'GET', path: `/api/builder/runs/${ids.run}`, expect: '401 404 200 404 404 401 401' },
  { method: 'GET', path: `/api/builder/runs/${ids.run}/events`, expect: '401 404 200 404 404 401 401' },
  { method: 'POST', path: `/api/builder/runs/${ids.run}/cancel`, expect: '401 404 200 404 404 401 401' },
  { method: 'POST', path: `/api/builder/projects/${ids.project}/runs`, body: { prompt: 'rename the title' }, expect: '401 404 201 404 404 401 401' },
  { method: 'POST', path: '/api/builder/runs', body: { prompt: 'a counter page' }, expect: '401 201 201 201 201 401 401' },
  { method: 'POST', path: '/auth/logout', expect: '401 204 204 204 204 401 401' },
];

describe('authorization matrix', () => {
  it('default: every route answers every kind of caller as the table says, and no other caller sees the owner’s data', async () => {
    const mismatches: string[] = [];
    const leaks: string[] = [];
    for (const row of rows()) {
      const expected = Object.fromEntries(row.expect.split(' ').map((status, index) => [columns[index], Number(status)])) as Record<Caller, number>;
      for (const caller of callers) {
        const body = typeof row.body === 'function' ? (row.body as () => unknown)() : row.body;
        const answer = await call(server.url, row.method, row.path, { credential: credentials[caller], redirect: 'manual', ...(body === undefined ? {} : { body }) });
        if (answer.status !== expected[caller]) mismatches.push(`${row.method} ${row.path} as ${caller}: ${answer.status} (expected ${expected[caller]}) ${JSON.stringify(answer.body).slice(0, 200)}`);
        if (!row.public && caller !== 'user' && answer.status < 300) {
          const text = typeof answer.body === 'string' ? answer.body : JSON.stringify(answer.body);
          const visible = caller === 'admin' && row.path.startsWith('/admin/') ? ownerSecrets.slice(1) : ownerSecrets;
          for (const secret of visible) if (text.includes(secret)) leaks.push(`${row.method} ${row.path} as ${caller} shows ${secret}`);
        }
      }
    }
    expect(mismatches).toEqual([]);
    expect(leaks).toEqual([]);
  });
});
