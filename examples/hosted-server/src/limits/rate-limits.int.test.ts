import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountWithRole, call } from '../testing/api-client.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ environment: { RATE_LIMIT_IP_PER_MINUTE: '40', RATE_LIMIT_USER_PER_MINUTE: '15', RATE_LIMIT_LOGIN_PER_MINUTE: '5' } });
});
afterAll(() => server?.close());

const burst = (count: number, send: () => Promise<{ status: number; headers: Headers }>) => Promise.all(Array.from({ length: count }, send));

describe('rate limits on Redis', () => {
  it('behavior: a burst over the per-user limit gets 429 with Retry-After; another user is not affected', async () => {
    const [busy, quiet] = [await accountWithRole(server, 'USER'), await accountWithRole(server, 'USER')];
    const answers = await burst(20, () => call(server.url, 'GET', '/usage', { credential: busy.accessToken }));
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(15);
    const limited = answers.filter((answer) => answer.status === 429);
    expect(limited).toHaveLength(5);
    const retryAfter = Number(limited[0]!.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThanOrEqual(1);
    expect(retryAfter).toBeLessThanOrEqual(60);
    expect((await call(server.url, 'GET', '/usage', { credential: quiet.accessToken })).status).toBe(200);
  });

  it('behavior: sign-in attempts are limited per address, and every request per address', async () => {
    const logins = await burst(8, () => call(server.url, 'POST', '/auth/login', { body: { email: 'nobody@example.test', password: 'guess' } }));
    expect(logins.filter((answer) => answer.status === 401)).toHaveLength(5);
    expect(logins.filter((answer) => answer.status === 429)).toHaveLength(3);
    const anonymous = await burst(40, () => call(server.url, 'GET', '/me'));
    expect(anonymous.filter((answer) => answer.status === 429).length).toBeGreaterThan(0);
    const body = (anonymous.find((answer) => answer.status === 429) as { body?: unknown } & { status: number }).body as { error: { code: string } };
    expect(body.error.code).toBe('TOO_MANY_REQUESTS');
    // Probes are never limited.
    expect((await call(server.url, 'GET', '/health')).status).toBe(200);
  });
});
