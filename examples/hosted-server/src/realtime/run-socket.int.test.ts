import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { accessTokens } from '../auth/access-tokens.js';
import { accountWithRole, call, type TestAccount } from '../testing/api-client.js';
import { followRunSocket, readRunSse, type SeenEvent } from '../testing/run-streams.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

// Real sockets against the API (Postgres, Redis, BullMQ, a worker in this process executing the runs).
let server: TestServer;
let owner: TestAccount;

beforeAll(async () => {
  server = await startTestServer({ worker: true });
  owner = await accountWithRole(server, 'USER');
});
afterAll(async () => {
  await server?.close();
});

async function startRun(credential: string): Promise<string> {
  const answer = await call(server.url, 'POST', '/api/builder/runs', { credential, body: { prompt: 'a counter page' } });
  expect(answer.status).toBe(201);
  return answer.body.runId;
}

const seqs = (events: SeenEvent[]) => events.map((event) => event.seq);
const oneToN = (count: number) => Array.from({ length: count }, (_, index) => index + 1);

describe('the run socket', () => {
  it('default: with an access token it streams the events the SSE stream streams, seqs 1..n, then end and close 1000', async () => {
    const runId = await startRun(owner.accessToken);
    const [socket, sse] = await Promise.all([followRunSocket(server.url, runId, { type: 'follow', token: owner.accessToken }), readRunSse(server.url, owner.accessToken, runId)]);
    expect(socket.messages[0]).toEqual({ type: 'ready', runId, afterSeq: 0 });
    expect(socket.events).toEqual(sse.events);
    expect(seqs(socket.events)).toEqual(oneToN(socket.events.length));
    expect(socket.events.at(-1)!.type).toBe('run.completed');
    expect(socket.messages.at(-1)).toEqual({ type: 'end', reason: 'ended' });
    expect(sse.last).toEqual({ event: 'end', data: { reason: 'ended' } });
    expect([socket.closeCode, socket.closeReason]).toEqual([1000, 'ENDED']);
  });

  it('behavior: with an API key, a client that drops after 3 events and reconnects with the last seq it saw gets the rest: no gap, no duplicate', async () => {
    const { key } = (await call(server.url, 'POST', '/keys', { credential: owner.accessToken, body: { name: 'socket', scopes: ['builder:read', 'builder:write'] } })).body;
    const runId = await startRun(key);
    const first = await followRunSocket(server.url, runId, { type: 'follow', token: key }, { leaveAfterEvents: 3 });
    expect(seqs(first.events)).toEqual([1, 2, 3]);
    const lastSeen = first.events.at(-1)!.seq;
    const second = await followRunSocket(server.url, runId, { type: 'follow', token: key, afterSeq: lastSeen });
    expect(second.messages[0]).toEqual({ type: 'ready', runId, afterSeq: 3 });
    const joined = [...first.events, ...second.events];
    expect(seqs(joined)).toEqual(oneToN(joined.length));
    expect(joined).toEqual((await readRunSse(server.url, key, runId)).events);
    // The same resume over SSE (Last-Event-ID) gives what the socket gave.
    expect((await readRunSse(server.url, key, runId, lastSeen)).events).toEqual(second.events);
    expect(second.closeCode).toBe(1000);
  });

  it("error: another account's run is refused with 4404 NOT_FOUND and no event, for its access token and its API key", async () => {
    const runId = await startRun(owner.accessToken);
    const other = await accountWithRole(server, 'USER');
    const { key } = (await call(server.url, 'POST', '/keys', { credential: other.accessToken, body: { name: 'other', scopes: ['builder:read'] } })).body;
    for (const token of [other.accessToken, key]) {
      const seen = await followRunSocket(server.url, runId, { type: 'follow', token });
      expect([seen.closeCode, seen.closeReason]).toEqual([4404, 'NOT_FOUND']);
      expect(seen.messages).toEqual([{ type: 'error', code: 'NOT_FOUND', message: 'No run with this id for this account.' }]);
    }
  });

  it('error: an expired access token is refused with 4401 TOKEN_EXPIRED, a revoked API key and a token that is none with 4401 UNAUTHORIZED', async () => {
    const runId = await startRun(owner.accessToken);
    const session = await server.services.sessions.start(owner.id);
    const past = accessTokens({ secret: server.config.jwtSecret, ttlSeconds: server.config.accessTokenTtlSeconds, clock: () => new Date(Date.now() - 3_600_000) });
    const expired = (await past.issue({ userId: owner.id, sessionId: session.sessionId })).token;
    const revoked = (await call(server.url, 'POST', '/keys', { credential: owner.accessToken, body: { name: 'revoked', scopes: ['builder:read'] } })).body;
    expect((await call(server.url, 'DELETE', `/keys/${revoked.apiKey.id}`, { credential: owner.accessToken })).status).toBeLessThan(300);

    const expiredSeen = await followRunSocket(server.url, runId, { type: 'follow', token: expired });
    expect([expiredSeen.closeCode, expiredSeen.closeReason]).toEqual([4401, 'TOKEN_EXPIRED']);
    expect(expiredSeen.messages[0]).toMatchObject({ type: 'error', code: 'TOKEN_EXPIRED', message: expect.stringContaining('/auth/refresh') });
    const revokedSeen = await followRunSocket(server.url, runId, { type: 'follow', token: revoked.key });
    expect([revokedSeen.closeCode, revokedSeen.closeReason]).toEqual([4401, 'UNAUTHORIZED']);
    expect(revokedSeen.events).toEqual([]);
    const garbage = await followRunSocket(server.url, runId, { type: 'follow', token: 'not-a-token' });
    expect([garbage.closeCode, garbage.closeReason]).toEqual([4401, 'UNAUTHORIZED']);
  });

  it('error: a key without builder:read is 4403; a first message that is not `follow`, or a second message, is 4400 naming the field; a plain GET is 426', async () => {
    const runId = await startRun(owner.accessToken);
    const { key } = (await call(server.url, 'POST', '/keys', { credential: owner.accessToken, body: { name: 'usage only', scopes: ['usage:read'] } })).body;
    const scoped = await followRunSocket(server.url, runId, { type: 'follow', token: key });
    expect([scoped.closeCode, scoped.closeReason]).toEqual([4403, 'FORBIDDEN']);
    expect(scoped.messages[0]).toMatchObject({ type: 'error', message: expect.stringContaining('builder:read') });
    const notJson = await followRunSocket(server.url, runId, 'hello');
    expect([notJson.closeCode, notJson.closeReason]).toEqual([4400, 'INVALID_INPUT']);
    const badSeq = await followRunSocket(server.url, runId, { type: 'follow', token: owner.accessToken, afterSeq: -1 });
    expect([badSeq.closeCode, badSeq.closeReason]).toEqual([4400, 'INVALID_INPUT']);
    expect(badSeq.messages[0]).toMatchObject({ type: 'error', message: expect.stringContaining('afterSeq') });
    const twice = await new Promise<[number, string]>((resolve) => {
      const socket = new WebSocket(`${server.url.replace(/^http/, 'ws')}/ws/runs/${runId}`);
      socket.once('open', () => {
        socket.send(JSON.stringify({ type: 'follow', token: owner.accessToken }));
        socket.send(JSON.stringify({ type: 'follow', token: owner.accessToken }));
      });
      socket.once('close', (code, reason) => resolve([code, reason.toString('utf8')]));
    });
    expect(twice).toEqual([4400, 'INVALID_INPUT']);
    const plain = await call(server.url, 'GET', `/ws/runs/${runId}`, { credential: owner.accessToken });
    expect(plain.status).toBe(426);
    expect(plain.body.error.code).toBe('INVALID_INPUT');
  });
});
