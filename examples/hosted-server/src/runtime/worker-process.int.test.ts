import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountWithRole, call, waitFor } from '../testing/api-client.js';
import { runUntilEnded } from '../testing/run-until-ended.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

// The API of this test enqueues only (no worker in this process): the run must complete on the
// worker process started from src/main/worker.ts, as `npm run worker` starts it.
const exampleDir = fileURLToPath(new URL('../../', import.meta.url));
let server: TestServer;
let worker: ChildProcess;
const logLines: Array<Record<string, unknown>> = [];

beforeAll(async () => {
  server = await startTestServer();
  worker = spawn(process.execPath, ['--import', 'tsx', 'src/main/worker.ts'], {
    cwd: exampleDir,
    env: { ...process.env, ...server.environment, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let buffer = '';
  worker.stdout!.on('data', (chunk: Buffer) => {
    buffer += chunk.toString('utf8');
    for (let newline = buffer.indexOf('\n'); newline >= 0; newline = buffer.indexOf('\n')) {
      const line = buffer.slice(0, newline);
      buffer = buffer.slice(newline + 1);
      try {
        logLines.push(JSON.parse(line));
      } catch {
        // Not a log line.
      }
    }
  });
  await waitFor(async () => logLines.some((line) => line['msg'] === 'worker ready'), Boolean, 60_000);
});
afterAll(async () => {
  if (worker && worker.exitCode === null) {
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    worker.kill('SIGTERM');
    await exited;
  }
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
    const finished = await waitFor(async () => logLines.find((line) => line['runId'] === runId && line['msg'] === 'run completed'), Boolean);
    expect(finished).toMatchObject({ name: 'worker', ownerId: user.id, projectId, status: 'completed' });
    expect(logLines.find((line) => line['msg'] === 'worker ready')!['pid']).toBe(worker.pid);

    const metrics = (await call(server.url, 'GET', '/metrics')).body as string;
    expect(metrics).toContain('buildwright_runs_started_total{kind="any"} 1');
    expect(metrics).toMatch(/buildwright_queue_jobs\{state="waiting"\} \d+/);
    expect(metrics).toMatch(/http_requests_total\{method="POST",route="\/api\/builder\/\*",status="201"\} 1/);
    const workerMetrics = await (await fetch(logLines.find((line) => line['msg'] === 'worker ready')!['metrics'] as string)).text();
    expect(workerMetrics).toContain('buildwright_runs_finished_total{status="completed"} 1');
    expect(workerMetrics).toMatch(/buildwright_tokens_total\{direction="output"\} [1-9]/);
    expect((await call(server.url, 'GET', '/ready')).body).toEqual({ status: 'ready', checks: { database: 'ok', redis: 'ok' } });
  });
});
