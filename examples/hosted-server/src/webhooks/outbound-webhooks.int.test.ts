import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountWithRole, call, waitFor } from '../testing/api-client.js';
import { runUntilEnded } from '../testing/run-until-ended.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { startWebhookReceiver } from '../testing/webhook-receiver.js';
import { signatureHeader, verifyWebhook } from './webhook-signature.js';
import type { WebhookDelivery } from './webhook-store.js';

let server: TestServer;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

beforeAll(async () => {
  receiver = await startWebhookReceiver({ failFirst: 1 });
  server = await startTestServer({ worker: true, environment: { WEBHOOK_ATTEMPTS: '3', WEBHOOK_BACKOFF_MS: '200' } });
});
afterAll(async () => {
  await server?.close();
  await receiver?.close();
});

describe('outbound webhooks', () => {
  it('behavior: run.completed and version.created are delivered signed, retried with backoff after a 500, logged and replayable', async () => {
    const user = await accountWithRole(server, 'USER');
    const endpoint = await call(server.url, 'POST', '/webhooks', { credential: user.accessToken, body: { url: `${receiver.url}/hooks/ok`, events: ['run.completed', 'version.created'] } });
    expect(endpoint.status).toBe(201);
    const secret = endpoint.body.secret as string;
    expect(secret).toMatch(/^whsec_/);
    const stored = await server.services.db.query('SELECT secret_ciphertext FROM hs_webhook_endpoints WHERE id = $1', [endpoint.body.endpoint.id]);
    expect(stored.rows[0].secret_ciphertext).not.toContain(secret.slice(6));

    const run = await call(server.url, 'POST', '/api/builder/runs', { credential: user.accessToken, body: { prompt: 'a counter page' } });
    expect((await runUntilEnded(server.url, user.accessToken, run.body.runId)).status).toBe('completed');
    const deliveries = await waitFor(
      async () => (await call(server.url, 'GET', `/webhooks/${endpoint.body.endpoint.id}/deliveries`, { credential: user.accessToken })).body.deliveries as WebhookDelivery[],
      (list) => list.length === 2 && list.every((delivery) => delivery.status === 'succeeded'),
    );
    const byType = Object.fromEntries(deliveries.map((delivery) => [delivery.eventType, delivery]));
    expect(Object.keys(byType).sort()).toEqual(['run.completed', 'version.created']);
    // The receiver answered 500 to the first request, so one delivery took two attempts.
    expect(deliveries.map((delivery) => delivery.attempts).sort()).toEqual([1, 2]);
    expect(byType['run.completed']!.payload.data).toMatchObject({ runId: run.body.runId, projectId: run.body.projectId, version: 1 });

    const requests = receiver.received.filter((request) => request.path === '/hooks/ok');
    expect(requests).toHaveLength(3);
    for (const request of requests) {
      expect(verifyWebhook({ secret, body: request.body, header: request.headers[signatureHeader] })).toBe(true);
      expect(verifyWebhook({ secret: 'whsec_wrong', body: request.body, header: request.headers[signatureHeader] })).toBe(false);
      expect(verifyWebhook({ secret, body: `${request.body} `, header: request.headers[signatureHeader] })).toBe(false);
    }
    const [failed, retried] = requests.filter((request) => request.headers['buildwright-delivery'] === requests[0]!.headers['buildwright-delivery']);
    expect(retried!.at - failed!.at).toBeGreaterThanOrEqual(180);

    const replay = await call(server.url, 'POST', `/webhooks/deliveries/${byType['run.completed']!.id}/replay`, { credential: user.accessToken });
    expect(replay.status).toBe(202);
    expect(replay.body.delivery.replayOf).toBe(byType['run.completed']!.id);
    await waitFor(
      async () => receiver.received.filter((request) => request.path === '/hooks/ok').length,
      (count) => count === 4,
    );
    const replayed = receiver.received.at(-1)!;
    expect(JSON.parse(replayed.body).id).toBe(`run.completed:${run.body.runId}`);
    expect(replayed.headers['buildwright-delivery']).toBe(replay.body.delivery.id);
  });

  it('behavior: an endpoint that keeps failing is tried WEBHOOK_ATTEMPTS times, then the delivery is failed with the last status', async () => {
    const user = await accountWithRole(server, 'USER');
    const endpoint = await call(server.url, 'POST', '/webhooks', { credential: user.accessToken, body: { url: `${receiver.url}/always-fails/${user.id}`, events: ['run.completed'] } });
    const run = await call(server.url, 'POST', '/api/builder/runs', { credential: user.accessToken, body: { prompt: 'a counter page' } });
    await runUntilEnded(server.url, user.accessToken, run.body.runId);
    const [delivery] = await waitFor(
      async () => (await call(server.url, 'GET', `/webhooks/${endpoint.body.endpoint.id}/deliveries`, { credential: user.accessToken })).body.deliveries as WebhookDelivery[],
      (list) => list[0]?.status === 'failed',
    );
    expect(delivery).toMatchObject({ attempts: 3, lastStatusCode: 500, status: 'failed' });
    expect(receiver.received.filter((request) => request.path === `/always-fails/${user.id}`)).toHaveLength(3);
  });

  it('error: without WEBHOOK_ALLOW_PRIVATE_URLS a loopback or plain-http URL is refused', async () => {
    const { assertDeliverableUrl } = await import('./deliverable-url.js');
    await expect(assertDeliverableUrl('https://127.0.0.1/x', { allowPrivate: false })).rejects.toThrow(/private address/);
    await expect(assertDeliverableUrl('https://[::1]/x', { allowPrivate: false })).rejects.toThrow(/private address/);
    await expect(assertDeliverableUrl('https://169.254.169.254/latest', { allowPrivate: false })).rejects.toThrow(/private address/);
    await expect(assertDeliverableUrl('http://hooks.example.com/x', { allowPrivate: false })).rejects.toThrow(/https/);
    await expect(assertDeliverableUrl('ftp://hooks.example.com/x', { allowPrivate: true })).rejects.toThrow(/http\(s\)/);
  });
});
