import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call } from '../testing/api-client.js';
import { testClock } from '../testing/test-clock.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

let server: TestServer;
const clock = testClock(new Date('2030-03-01T12:00:00Z'));

beforeAll(async () => {
  server = await startTestServer({ clock: clock.now });
});
afterAll(() => server?.close());

describe('accounts', () => {
  it('default: sign up, read /me, sign in again with the password', async () => {
    const signUp = await call(server.url, 'POST', '/auth/signup', { body: { email: 'Ada@Example.test', password: 'correct horse battery' } });
    expect(signUp.status).toBe(201);
    expect(signUp.body.user).toMatchObject({ email: 'ada@example.test', role: 'USER', plan: 'free' });
    expect(JSON.stringify(signUp.body)).not.toContain('password');
    const me = await call(server.url, 'GET', '/me', { credential: signUp.body.accessToken });
    expect(me.status).toBe(200);
    expect(me.body).toMatchObject({ plan: 'free', via: 'session' });
    expect(me.body.permissions).not.toContain('users:read-all');
    expect((await call(server.url, 'POST', '/auth/login', { body: { email: 'ada@example.test', password: 'correct horse battery' } })).status).toBe(200);
    const stored = await server.services.db.query('SELECT password_hash FROM hs_users WHERE email = $1', ['ada@example.test']);
    expect(stored.rows[0].password_hash).toMatch(/^\$argon2id\$/);
  });

  it('error: a taken email is 409, a wrong password and an unknown email are the same 401, a short password is 400', async () => {
    await call(server.url, 'POST', '/auth/signup', { body: { email: 'bob@example.test', password: 'correct horse battery' } });
    expect((await call(server.url, 'POST', '/auth/signup', { body: { email: 'bob@example.test', password: 'another password' } })).status).toBe(409);
    const wrong = await call(server.url, 'POST', '/auth/login', { body: { email: 'bob@example.test', password: 'wrong password!' } });
    const unknown = await call(server.url, 'POST', '/auth/login', { body: { email: 'nobody@example.test', password: 'wrong password!' } });
    expect([wrong.status, unknown.status]).toEqual([401, 401]);
    expect(wrong.body).toEqual(unknown.body);
    expect((await call(server.url, 'POST', '/auth/signup', { body: { email: 'carol@example.test', password: 'short' } })).status).toBe(400);
    const huge = await call(server.url, 'POST', '/auth/signup', { body: { email: 'carol@example.test', password: 'x'.repeat(2 * 1024 * 1024) } });
    expect(huge.status).toBe(413);
  });

  it('behavior: refresh tokens rotate; presenting a used one again ends the whole session', async () => {
    const signUp = await call(server.url, 'POST', '/auth/signup', { body: { email: 'dave@example.test', password: 'correct horse battery' } });
    const first = signUp.body.refreshToken as string;
    const rotated = await call(server.url, 'POST', '/auth/refresh', { body: { refreshToken: first } });
    expect(rotated.status).toBe(200);
    expect(rotated.body.refreshToken).not.toBe(first);
    expect((await call(server.url, 'GET', '/me', { credential: rotated.body.accessToken })).status).toBe(200);

    const replay = await call(server.url, 'POST', '/auth/refresh', { body: { refreshToken: first } });
    expect(replay.status).toBe(401);
    expect(replay.body.error.code).toBe('REFRESH_TOKEN_REUSED');
    // The whole session is gone: the newest refresh token and the access tokens too.
    expect((await call(server.url, 'POST', '/auth/refresh', { body: { refreshToken: rotated.body.refreshToken } })).status).toBe(401);
    expect((await call(server.url, 'GET', '/me', { credential: rotated.body.accessToken })).status).toBe(401);
    expect((await call(server.url, 'GET', '/me', { credential: signUp.body.accessToken })).status).toBe(401);
  });

  it('behavior: logout ends the session at once; an access token expires after its lifetime', async () => {
    const signUp = await call(server.url, 'POST', '/auth/signup', { body: { email: 'erin@example.test', password: 'correct horse battery' } });
    expect((await call(server.url, 'POST', '/auth/logout', { credential: signUp.body.accessToken })).status).toBe(204);
    expect((await call(server.url, 'GET', '/me', { credential: signUp.body.accessToken })).status).toBe(401);
    expect((await call(server.url, 'POST', '/auth/refresh', { body: { refreshToken: signUp.body.refreshToken } })).status).toBe(401);

    const login = await call(server.url, 'POST', '/auth/login', { body: { email: 'erin@example.test', password: 'correct horse battery' } });
    clock.advance((server.config.accessTokenTtlSeconds + 1) * 1000);
    const expired = await call(server.url, 'GET', '/me', { credential: login.body.accessToken });
    expect(expired.status).toBe(401);
    expect(expired.body.error.code).toBe('TOKEN_EXPIRED');
    const renewed = await call(server.url, 'POST', '/auth/refresh', { body: { refreshToken: login.body.refreshToken } });
    expect((await call(server.url, 'GET', '/me', { credential: renewed.body.accessToken })).status).toBe(200);
  });

  it('behavior: an API key is shown once, stored hashed, scoped, records its last use, and stops working when revoked', async () => {
    const signUp = await call(server.url, 'POST', '/auth/signup', { body: { email: 'fay@example.test', password: 'correct horse battery' } });
    const token = signUp.body.accessToken;
    const created = await call(server.url, 'POST', '/keys', { credential: token, body: { name: 'ci', scopes: ['builder:read'] } });
    expect(created.status).toBe(201);
    const key = created.body.key as string;
    expect(key).toMatch(/^bwk_[0-9a-f]{12}_[\w-]{43}$/);
    expect(key.startsWith(created.body.apiKey.prefix)).toBe(true);
    const stored = await server.services.db.query('SELECT secret_hash FROM hs_api_keys WHERE id = $1', [created.body.apiKey.id]);
    // The secret is base64url, so it may itself hold '_': it is everything after the second '_'.
    const secret = key.split('_').slice(2).join('_');
    expect(secret).toHaveLength(43);
    expect(JSON.stringify(stored.rows)).not.toContain(secret);
    const listed = await call(server.url, 'GET', '/keys', { credential: token });
    expect(JSON.stringify(listed.body)).not.toContain(key);
    expect(listed.body.keys[0].lastUsedAt).toBeNull();

    expect((await call(server.url, 'GET', '/api/builder/projects', { credential: key })).status).toBe(200);
    expect((await call(server.url, 'GET', '/api/builder/projects', { headers: { 'x-api-key': key } })).status).toBe(200);
    // Scoped: read-only, and keys never manage keys.
    expect((await call(server.url, 'POST', '/api/builder/runs', { credential: key, body: { prompt: 'a counter' } })).status).toBe(403);
    expect((await call(server.url, 'GET', '/keys', { credential: key })).status).toBe(403);
    const used = await call(server.url, 'GET', '/keys', { credential: token });
    expect(used.body.keys[0].lastUsedAt).not.toBeNull();

    expect((await call(server.url, 'DELETE', `/keys/${created.body.apiKey.id}`, { credential: token })).status).toBe(204);
    expect((await call(server.url, 'GET', '/api/builder/projects', { credential: key })).status).toBe(401);
  });
});
