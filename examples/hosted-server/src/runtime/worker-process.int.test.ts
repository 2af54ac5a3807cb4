import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountWithRole, call } from '../testing/api-client.js';
import { runUntilEnded } from '../testing/run-until-ended.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';
import { spawnWorker, type WorkerProcess } from '../testing/worker-process.js';

// The API of this test enqueues only (no worker in this process): the run must complete on the
// worker process started from src/main/worker.ts, as `npm run worker` starts it.
let server: TestServer;
let worker: WorkerProcess;

beforeAll(async () => {
  server = await startTestServer();
  worker = await spawnWorker(server);
});
afterAll(async () => {
  await worker?.stop();
  await server?.close();
});

describe('a worker process', () => {
  it('default: a generation started with fetch and an API key (as curl would) completes on the worker process, with its run id in the worker’s JSON logs', async () => {
    const user = await accountWithRole(server, 'USER');
    const { key } = (await call(server.url, 'POST', '/keys', { credential: user.accessToken, body: { name: 'curl', scopes: ['builder:read', 'builder:write'] } })).body;
    // curl -X POST $URL/api/builder/runs -H "Authorization: Bearer $KEY" -H 'content-type: application/json' -d '{"prompt":"a counter page"}'
    const response = await fetch(`${server.url}/api/builder/runs`, {
      method: 'POST',
      headers: { authorization: `Bearer ${key}`, 'content-type': 'application/json' },
      body: JSON.stringify({ prompt: 'a counter page' }),
    });
    expect(response.status).toBe(201);
    const { runId, projectId } = (await response.json()) as { runId: string; projectId: string };
    expect((await runUntilEnded(server.url, key, runId, 60_000)).status).toBe('completed');
    const files = await call(server.url, 'GET', `/api/builder/projects/${projectId}/files`, { credential: key });
    expect(Object.keys(files.body.files).sort()).toEqual(['app.js', 'index.html', 'style.css']);
    const finished = await worker.waitForLog((line) => line['runId'] === runId && line['msg'] === 'run completed');
    expect(finished).toMatchObject({ name: 'worker', ownerId: user.id, projectId, status: 'completed' });
    expect(worker.logLines.find((line) => line['msg'] === 'worker ready')!['pid']).toBe(worker.child.pid);

    const metrics = (await call(server.url, 'GET', '/metrics')).body as string;
    expect(metrics).toContain('buildwright_runs_started_total{kind="any"} 1');
    expect(metrics).toMatch(/buildwright_queue_jobs\{state="waiting"\} \d+/);
    expect(metrics).toMatch(/http_requests_total\{method="POST",route="\/api\/builder\/\*",status="201"\} 1/);
    const workerMetrics = await (await fetch(worker.logLines.find((line) => line['msg'] === 'worker ready')!['metrics'] as string)).text();
    expect(workerMetrics).toContain('buildwright_runs_finished_total{status="completed"} 1');
    expect(workerMetrics).toMatch(/buildwright_tokens_total\{direction="output"\} [1-9]/);
    expect((await call(server.url, 'GET', '/ready')).body).toEqual({ status: 'ready', checks: { database: 'ok', redis: 'ok' } });
  });
});
