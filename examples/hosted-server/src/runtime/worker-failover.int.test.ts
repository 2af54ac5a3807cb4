import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountWithRole, call, waitFor } from '../testing/api-client.js';
import { followRunSocket, readRunSse, type SeenEvent } from '../testing/run-streams.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { spawnWorker, type WorkerProcess } from '../testing/worker-process.js';

// The whole stack: the API in this process (enqueues only), two worker processes from
// src/main/worker.ts on the same Postgres database and Redis prefix, a client following the run
// over the WebSocket. Short leases so a dead worker's run moves on in seconds; each model call
// waits a second so the run is still in progress when its worker is SIGKILLed.
const fastFailover = { RUN_LEASE_MS: '2000', STALLED_INTERVAL_MS: '1000' };
let server: TestServer;
const workers: WorkerProcess[] = [];

beforeAll(async () => {
  server = await startTestServer({ environment: fastFailover });
  workers.push(...(await Promise.all([0, 1].map(() => spawnWorker(server, { ...fastFailover, MODEL_DELAY_MS: '1000', WORKER_CONCURRENCY: '1' })))));
}, 120_000);
afterAll(async () => {
  await Promise.all(workers.map((worker) => worker.stop()));
  await server?.close();
});

describe('a worker killed mid-run', () => {
  it('behavior: the run finishes on the other worker, and the socket that followed it through the kill saw every seq once, in order, to run.completed', async () => {
    const user = await accountWithRole(server, 'USER');
    const started = await call(server.url, 'POST', '/api/builder/runs', { credential: user.accessToken, body: { prompt: 'a counter page' } });
    expect(started.status).toBe(201);
    const { runId, projectId } = started.body as { runId: string; projectId: string };
    const seenAtKill: SeenEvent[] = [];
    let killed = false;
    const following = followRunSocket(server.url, runId, { type: 'follow', token: user.accessToken }, { onEvent: (event) => killed || seenAtKill.push(event) });

    // The worker that holds the run's lease is the one to kill.
    const lease = await waitFor(
      async () => (await server.services.db.query<{ worker_id: string }>('SELECT worker_id FROM buildwright_run_leases WHERE run_id = $1', [runId])).rows[0],
      (row) => row !== undefined,
      60_000,
    );
    const workerIds = workers.map((worker) => worker.logLines.find((line) => line['msg'] === 'worker ready')!['workerId']);
    const doomed = workers[workerIds.indexOf(lease!.worker_id)]!;
    const rescuer = workers.find((worker) => worker !== doomed)!;
    expect(doomed).toBeDefined();
    await waitFor(
      async () => seenAtKill.length,
      (count) => count >= 2,
    );
    expect((await call(server.url, 'GET', `/api/builder/runs/${runId}`, { credential: user.accessToken })).body.run.status).toBe('running');
    killed = true;
    doomed.child.kill('SIGKILL');

    const seen = await following;
    // In progress at the kill: the socket had seen neither the end nor a version.
    expect(seenAtKill.some((event) => event.type === 'run.completed' || event.type === 'version.created')).toBe(false);
    // No gap, no repeat, one end: what the socket saw is what is stored (replayed over SSE).
    expect(seen.events.map((event) => event.seq)).toEqual(seen.events.map((_, index) => index + 1));
    expect(seen.events).toEqual((await readRunSse(server.url, user.accessToken, runId)).events);
    expect(seen.events.filter((event) => event.type === 'run.started').map((event) => event['mode'])).toEqual(['generate', 'resume']);
    expect(seen.events.filter((event) => event.type === 'run.completed')).toHaveLength(1);
    expect(seen.events.at(-1)!.type).toBe('run.completed');
    expect([seen.closeCode, seen.messages.at(-1)]).toEqual([1000, { type: 'end', reason: 'ended' }]);

    // One completed run with one version, reported once, by the worker that finished it.
    expect((await call(server.url, 'GET', `/api/builder/runs/${runId}`, { credential: user.accessToken })).body.run.status).toBe('completed');
    expect((await call(server.url, 'GET', `/api/builder/projects/${projectId}/versions`, { credential: user.accessToken })).body.versions).toHaveLength(1);
    await rescuer.waitForLog((line) => line['runId'] === runId && line['msg'] === 'run completed');
    expect(doomed.logLines.filter((line) => line['runId'] === runId && typeof line['msg'] === 'string' && line['msg'].startsWith('run '))).toEqual([]);
    expect(doomed.child.signalCode).toBe('SIGKILL');
  }, 120_000);
});
