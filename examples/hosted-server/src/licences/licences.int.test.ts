import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lastUtcDays } from '../quotas/utc-day.js';
import { accountWithRole, call } from '../testing/api-client.js';
import { testClock } from '../testing/test-clock.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

let server: TestServer;
const clock = testClock(new Date('2030-05-01T08:00:00Z'));

beforeAll(async () => {
  server = await startTestServer({ clock: clock.now });
});
afterAll(() => server?.close());

describe('licences', () => {
  it('behavior: a reseller issues a key; it validates, gives its plan to the accounts that activate it up to its seats, and stops counting when revoked', async () => {
    const reseller = await accountWithRole(server, 'RESELLER');
    const issued = await call(server.url, 'POST', '/licences', { credential: reseller.accessToken, body: { licensee: 'Acme', plan: 'team', seats: 1, validDays: 30 } });
    expect(issued.status).toBe(201);
    const { key } = issued.body;
    expect((await call(server.url, 'POST', '/licences/validate', { body: { key } })).body).toMatchObject({ valid: true, claims: { plan: 'team', seats: 1, licensee: 'Acme' }, seatsUsed: 0 });

    const first = await accountWithRole(server, 'USER');
    const activated = await call(server.url, 'POST', '/licences/activate', { credential: first.accessToken, body: { key } });
    expect(activated.body).toMatchObject({ plan: 'team' });
    expect((await call(server.url, 'GET', '/me', { credential: first.accessToken })).body.plan).toBe('team');
    const second = await accountWithRole(server, 'USER');
    const full = await call(server.url, 'POST', '/licences/activate', { credential: second.accessToken, body: { key } });
    expect(full.status).toBe(400);
    expect(full.body.error.code).toBe('LICENCE_SEATS_TAKEN');
    expect(full.body.error.message).toMatch(/seat/);

    expect((await call(server.url, 'POST', `/licences/${issued.body.licence.id}/revoke`, { credential: reseller.accessToken })).status).toBe(204);
    expect((await call(server.url, 'POST', '/licences/validate', { body: { key } })).body).toEqual({ valid: false, reason: 'revoked' });
    expect((await call(server.url, 'GET', '/me', { credential: first.accessToken })).body.plan).toBe('free');
  });

  it('behavior: an activated licence stops counting at its expiry', async () => {
    const admin = await accountWithRole(server, 'ADMIN');
    const issued = await call(server.url, 'POST', '/licences', { credential: admin.accessToken, body: { licensee: 'Globex', plan: 'pro', seats: 3, validDays: 1 } });
    const user = await accountWithRole(server, 'USER');
    await call(server.url, 'POST', '/licences/activate', { credential: user.accessToken, body: { key: issued.body.key } });
    const key = (await call(server.url, 'POST', '/keys', { credential: user.accessToken, body: { name: 'k', scopes: ['usage:read'] } })).body.key;
    expect((await call(server.url, 'GET', '/usage', { credential: key })).body.plan).toBe('pro');
    clock.advance(86_400_000 + 1_000);
    expect((await call(server.url, 'GET', '/usage', { credential: key })).body.plan).toBe('free');
    expect((await call(server.url, 'POST', '/licences/validate', { body: { key: issued.body.key } })).body).toEqual({ valid: false, reason: 'expired' });
  });

  it('error: activating an expired, a revoked or a malformed key is refused with its code, and the plan stays', async () => {
    const reseller = await accountWithRole(server, 'RESELLER');
    const issue = async (validDays: number) =>
      (await call(server.url, 'POST', '/licences', { credential: reseller.accessToken, body: { licensee: 'Initech', plan: 'team', seats: 5, validDays } })).body;
    const expiring = await issue(1);
    const revoked = await issue(30);
    expect((await call(server.url, 'POST', `/licences/${revoked.licence.id}/revoke`, { credential: reseller.accessToken })).status).toBe(204);
    clock.advance(86_400_000 + 1_000);
    const user = await accountWithRole(server, 'USER');
    const activate = async (key: string) => {
      const answer = await call(server.url, 'POST', '/licences/activate', { credential: user.accessToken, body: { key } });
      return [answer.status, answer.body.error?.code];
    };
    expect(await activate(expiring.key)).toEqual([400, 'LICENCE_EXPIRED']);
    expect(await activate(revoked.key)).toEqual([400, 'LICENCE_REVOKED']);
    expect(await activate('BWL1.not-a-key')).toEqual([400, 'LICENCE_INVALID']);
    expect((await call(server.url, 'GET', '/me', { credential: user.accessToken })).body.plan).toBe('free');
  });

  it('error: a key signed by another deployment is bad-signature; a reseller cannot revoke another issuer’s licence', async () => {
    const tampered = (await call(server.url, 'POST', '/licences', { credential: (await accountWithRole(server, 'ADMIN')).accessToken, body: { licensee: 'X', plan: 'pro', seats: 1, validDays: 5 } }))
      .body;
    const [prefix, body, signature] = (tampered.key as string).split('.');
    const forged = `${prefix}.${Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(body!, 'base64url').toString()), seats: 99 })).toString('base64url')}.${signature}`;
    expect((await call(server.url, 'POST', '/licences/validate', { body: { key: forged } })).body).toEqual({ valid: false, reason: 'bad-signature' });
    const reseller = await accountWithRole(server, 'RESELLER');
    expect((await call(server.url, 'POST', `/licences/${tampered.licence.id}/revoke`, { credential: reseller.accessToken })).status).toBe(404);
    expect((await call(server.url, 'GET', '/licences', { credential: reseller.accessToken })).body.licences).toEqual([]);
  });

  it('behavior: GET /reseller/usage lists the reseller’s own customers, newest first, each with the plan in force (its licences counted) and its usage per day, today first', async () => {
    const reseller = await accountWithRole(server, 'RESELLER');
    const older = await accountWithRole(server, 'USER', { createdBy: reseller.id });
    const newer = await accountWithRole(server, 'USER', { createdBy: reseller.id });
    await accountWithRole(server, 'USER', { createdBy: (await accountWithRole(server, 'RESELLER')).id });
    const { key } = (await call(server.url, 'POST', '/licences', { credential: reseller.accessToken, body: { licensee: 'Globex', plan: 'pro', seats: 1, validDays: 30 } })).body;
    expect((await call(server.url, 'POST', '/licences/activate', { credential: newer.accessToken, body: { key } })).body).toMatchObject({ plan: 'pro' });
    const [today, yesterday] = lastUtcDays(clock.now(), 2);
    await server.services.db.query('INSERT INTO hs_generation_counts (user_id, day, generations) VALUES ($1, $2, 3), ($3, $4, 1)', [older.id, yesterday, newer.id, today]);
    await server.services.shared.storage.addOwnerUsage({ ownerId: older.id, day: yesterday!, inputTokens: 100, outputTokens: 20, costUsd: 0.5 });

    const usage = await call(server.url, 'GET', '/reseller/usage?days=2', { credential: reseller.accessToken });
    const none = { generations: 0, inputTokens: 0, outputTokens: 0, costUsd: 0 };
    expect(usage.body).toEqual({
      days: [today, yesterday],
      customers: [
        {
          id: newer.id,
          email: newer.email,
          plan: 'pro',
          disabled: false,
          days: [
            { day: today, ...none, generations: 1 },
            { day: yesterday, ...none },
          ],
        },
        {
          id: older.id,
          email: older.email,
          plan: 'free',
          disabled: false,
          days: [
            { day: today, ...none },
            { day: yesterday, generations: 3, inputTokens: 100, outputTokens: 20, costUsd: 0.5 },
          ],
        },
      ],
    });
  });
});
