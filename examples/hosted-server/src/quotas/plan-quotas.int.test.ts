import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountWithRole, call } from '../testing/api-client.js';
import { runUntilEnded } from '../testing/run-until-ended.js';
import { testClock } from '../testing/test-clock.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

let server: TestServer;
const clock = testClock(new Date('2030-03-01T23:00:00Z'));

beforeAll(async () => {
  server = await startTestServer({ worker: true, clock: clock.now, environment: { PLAN_FREE_GENERATIONS: '2', PLAN_PRO_GENERATIONS: '50', PLAN_PRO_TOKENS: '1' } });
});
afterAll(() => server?.close());

const runsOf = async (ownerId: string) => Number((await server.services.db.query('SELECT count(*) FROM buildwright_runs WHERE owner_id = $1', [ownerId])).rows[0].count);

describe('plan quotas through beforeRun / ownerLimits', () => {
  it('behavior: the (N+1)th generation of the day is 429 with Retry-After and creates no run; after midnight UTC it passes', async () => {
    const user = await accountWithRole(server, 'USER');
    for (const prompt of ['a counter page', 'another counter page']) {
      const started = await call(server.url, 'POST', '/api/builder/runs', { credential: user.accessToken, body: { prompt } });
      expect(started.status).toBe(201);
      expect((await runUntilEnded(server.url, user.accessToken, started.body.runId)).status).toBe('completed');
    }
    expect(await runsOf(user.id)).toBe(2);

    const refused = await call(server.url, 'POST', '/api/builder/runs', { credential: user.accessToken, body: { prompt: 'a third one' } });
    expect(refused.status).toBe(429);
    expect(refused.body.error.code).toBe('QUOTA_EXCEEDED');
    expect(refused.body.error.message).toContain('2 generations its free plan allows per day');
    expect(refused.headers.get('retry-after')).toBe('3600');
    expect(await runsOf(user.id)).toBe(2);
    expect((await call(server.url, 'GET', '/api/builder/projects', { credential: user.accessToken })).body.projects).toHaveLength(2);

    const usage = await call(server.url, 'GET', '/usage?days=2', { credential: user.accessToken });
    expect(usage.body.days[0]).toMatchObject({ day: '2030-03-01', generations: 2 });
    expect(usage.body.days[0].inputTokens).toBeGreaterThan(0);
    const admin = await accountWithRole(server, 'ADMIN');
    const overview = await call(server.url, 'GET', '/admin/usage?day=2030-03-01', { credential: admin.accessToken });
    expect(overview.body.usage.find((row: { userId: string }) => row.userId === user.id)).toMatchObject({ generations: 2 });

    // An hour later the access token has expired; an API key carries on.
    const { key } = (await call(server.url, 'POST', '/keys', { credential: user.accessToken, body: { name: 'cron', scopes: ['builder:read', 'builder:write', 'usage:read'] } })).body;
    clock.advance(3_601_000);
    const nextDay = await call(server.url, 'POST', '/api/builder/runs', { credential: key, body: { prompt: 'a new day' } });
    expect(nextDay.status).toBe(201);
    expect((await runUntilEnded(server.url, key, nextDay.body.runId)).status).toBe('completed');
    expect((await call(server.url, 'GET', '/usage?days=2', { credential: key })).body.days.map((day: { generations: number }) => day.generations)).toEqual([1, 2]);
  });

  it('behavior: tokens per day refuse the next run once used up, and the generation is not spent', async () => {
    const user = await accountWithRole(server, 'USER');
    const admin = await accountWithRole(server, 'ADMIN');
    expect((await call(server.url, 'PATCH', `/admin/users/${user.id}`, { credential: admin.accessToken, body: { plan: 'pro' } })).status).toBe(200);
    const first = await call(server.url, 'POST', '/api/builder/runs', { credential: user.accessToken, body: { prompt: 'a counter page' } });
    expect((await runUntilEnded(server.url, user.accessToken, first.body.runId)).status).toBe('completed');
    const refused = await call(server.url, 'POST', '/api/builder/runs', { credential: user.accessToken, body: { prompt: 'more' } });
    expect(refused.status).toBe(429);
    expect(refused.body.error.message).toMatch(/tokens its pro plan allows per day/);
    expect((await call(server.url, 'GET', '/usage?days=1', { credential: user.accessToken })).body.days[0].generations).toBe(1);
  });

  it('behavior: a trigger URL starts a generation as its owner and is refused by the same quota', async () => {
    const user = await accountWithRole(server, 'USER');
    const created = await call(server.url, 'POST', '/triggers', { credential: user.accessToken, body: { name: 'zapier' } });
    expect(created.status).toBe(201);
    const url = created.body.url as string;
    const fired = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ prompt: 'a counter page', from: 'zapier' }) });
    expect(fired.status).toBe(201);
    const { runId } = (await fired.json()) as { runId: string };
    expect((await runUntilEnded(server.url, user.accessToken, runId)).ownerId).toBe(user.id);
    const forged = await fetch(`${url.slice(0, -3)}abc`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ prompt: 'x' }) });
    expect(forged.status).toBe(404);
    await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ prompt: 'second' }) });
    const third = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ prompt: 'third' }) });
    expect(third.status).toBe(429);
    expect((await call(server.url, 'DELETE', `/triggers/${created.body.trigger.id}`, { credential: user.accessToken })).status).toBe(204);
    expect((await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ prompt: 'x' }) })).status).toBe(404);
  });
});
