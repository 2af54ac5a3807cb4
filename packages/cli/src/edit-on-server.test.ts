import { once } from 'node:events';
import { createServer, type ServerResponse } from 'node:http';
import { PassThrough } from 'node:stream';
import type { BuildwrightEvent } from '@buildwright/client';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { parseCliArgs } from './parse-args.js';

// `edit --server` / `generate --server` against a stand-in server speaking the HTTP API's wire
// format, run in this process: what the commands send, how they show and end a run, and that they
// load no engine, store, sandbox or checks (the real server is in edit-on-server.int.test.ts).

/** What the command loaded of the engine and the local adapters: nothing, on the remote path. */
const loaded = vi.hoisted(() => [] as string[]);
vi.mock('@buildwright/core', async (importOriginal) => {
  loaded.push('@buildwright/core');
  return importOriginal();
});
for (const adapter of ['pglite', 'local', 'checks', 'templates'] as const) {
  vi.doMock(`@buildwright/adapters/${adapter}`, async (importOriginal) => {
    loaded.push(`@buildwright/adapters/${adapter}`);
    return importOriginal();
  });
}

const base = { runId: 'r1', projectId: 'p1', at: '2026-12-05T00:00:00.000Z' };
const event = (seq: number, payload: Record<string, unknown>) => ({ ...base, seq, ...payload }) as BuildwrightEvent;
const started = event(1, { type: 'run.started', mode: 'edit', prompt: 'a louder title', kind: 'web' });

/**
 * The stand-in server: its requests, and the events the next run's stream sends (then, with
 * `untilCancel`, run.cancelled once cancelled), and how the stream ends (`detached`: the run is not live on the server).
 */
const requests: Array<{ method: string; path: string; owner: string | undefined; body: unknown }> = [];
let scenario: { events: BuildwrightEvent[]; untilCancel?: boolean; end?: 'detached' } = { events: [] };
/** A promise and its resolve (Node 20 has no Promise.withResolvers). */
function deferred() {
  let resolve!: () => void;
  const promise = new Promise<void>((done) => (resolve = done));
  return { promise, resolve };
}
let cancelled = deferred();
const server = createServer(async (request, response) => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const body = chunks.length ? (JSON.parse(Buffer.concat(chunks).toString()) as unknown) : undefined;
  const owner = request.headers['x-buildwright-owner'] as string | undefined;
  const route = `${request.method} ${request.url}`;
  requests.push({ method: request.method!, path: request.url!, owner, body });
  const json = (status: number, value: unknown) => response.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(value));
  if (route === 'POST /runs') return json(201, { runId: 'r1', projectId: 'p1' });
  if (route === 'POST /projects/p1/runs') {
    return owner === 'alice' ? json(201, { runId: 'r1', projectId: 'p1' }) : json(404, { error: { code: 'PROJECT_NOT_FOUND', message: 'Project p1 does not exist for this owner.' } });
  }
  if (route === 'GET /runs/r1') return json(200, { run: { id: 'r1', budgets: { maxFixAttempts: 2, maxTokens: 1_000, maxWallTimeMs: 60_000 } } });
  if (route === 'POST /runs/r1/cancel') {
    cancelled.resolve();
    return json(200, { cancelled: true, status: 'running' });
  }
  if (route === 'GET /runs/r1/events') return void stream(response);
  json(404, { error: { code: 'ROUTE_NOT_FOUND', message: route } });
});

async function stream(response: ServerResponse) {
  response.writeHead(200, { 'content-type': 'text/event-stream' });
  const send = (sent: BuildwrightEvent) => response.write(`id: ${sent.seq}\ndata: ${JSON.stringify(sent)}\n\n`);
  scenario.events.forEach(send);
  if (scenario.untilCancel) {
    await cancelled.promise;
    send(event(scenario.events.length + 1, { type: 'run.cancelled', reason: 'The run was cancelled: interrupted by Ctrl-C.' }));
  }
  response.end(`event: end\ndata: {"reason":"${scenario.end ?? 'ended'}"}\n\n`);
}

let url: string;
beforeAll(async () => {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  url = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise((resolve) => server.close(resolve)));
beforeEach(() => {
  requests.length = 0;
  cancelled = deferred();
});

/** Runs a command in this process as the CLI would; its stdout as text. */
async function run(argv: string[]) {
  const args = parseCliArgs([...argv, '--server', url]);
  const { commands } = await import('./commands/index.js');
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let text = '';
  stdout.on('data', (chunk: Buffer) => (text += chunk.toString()));
  const command = await commands[args.command as 'edit' | 'generate']();
  const exitCode = command({ args, stdout, stderr, env: {} } as unknown as Parameters<typeof command>[0]);
  return { exitCode, stdout: () => text };
}

describe('edit --server over the HTTP API', () => {
  it('behavior: loads no engine, store, sandbox or checks; sends the prompt with --owner in x-buildwright-owner; shows the server’s events as a local run’s (fix 1/2 from the run’s budgets); exit 0', async () => {
    scenario = {
      events: [
        started,
        event(2, { type: 'fix.started', attempt: 1, check: 'validate', report: 'a type error' }),
        event(3, { type: 'version.created', number: 2, message: 'a louder title', fileCount: 10 }),
        event(4, { type: 'run.completed', versionNumber: 2, summary: 'The title is louder.' }),
      ],
    };
    const { exitCode, stdout } = await run(['edit', 'p1', 'a louder title', '--owner', 'alice']);
    expect(await exitCode).toBe(0);
    expect(requests[0]).toEqual({ method: 'POST', path: '/projects/p1/runs', owner: 'alice', body: { prompt: 'a louder title' } });
    expect(stdout()).toContain(`server: ${url} · owner alice\n`);
    expect(stdout()).toContain('↻ fix 1/2: the model fixes the validate failure');
    expect(stdout()).toContain('Done. The title is louder.');
    expect(stdout()).toContain('  version     2 of project p1');
    expect(loaded).toEqual([]);
  });

  it('error: a run that fails on the server exits 1, its run.failed shown once', async () => {
    scenario = { events: [started, event(2, { type: 'run.failed', code: 'CHECK_FAILED', message: 'The "validate" check still fails.', check: 'validate' })] };
    const { exitCode, stdout } = await run(['edit', 'p1', 'a louder title', '--owner', 'alice']);
    expect(await exitCode).toBe(1);
    expect(stdout().match(/Run failed/g)).toEqual(['Run failed']);
    expect(stdout()).toContain('Run failed [CHECK_FAILED] in check validate: The "validate" check still fails.');
    expect(loaded).toEqual([]);
  });

  it('error: a run cut off on the server (its stream ends "detached", no terminal event) exits 1 and says why and how to resume it', async () => {
    scenario = { events: [started], end: 'detached' };
    const { exitCode, stdout } = await run(['edit', 'p1', 'a louder title', '--owner', 'alice']);
    expect(await exitCode).toBe(1);
    expect(stdout()).toContain('Run failed [RUN_NOT_FOUND]: Run r1 is not executing on the server any more (it was cut off, e.g. the server restarted); buildwright resume r1 continues it.');
  });

  it('behavior: --approve-plan outside a terminal stops following at the plan (exit 0) and names the requests that decide it on the server', async () => {
    const plan = { title: 'Louder title', summary: 'One more !', steps: [{ id: 'title', title: 'Edit the title', files: ['src/App.tsx'] }] };
    scenario = { events: [started, event(2, { type: 'plan.awaiting_approval', plan })] };
    const { exitCode, stdout } = await run(['edit', 'p1', 'a louder title', '--owner', 'alice', '--approve-plan']);
    expect(await exitCode).toBe(0);
    expect(requests[0]?.body).toEqual({ prompt: 'a louder title', approvePlan: true });
    expect(stdout()).toContain(`The plan waits for approval. Build it: POST ${url}/runs/r1/plan-approval; drop it: POST ${url}/runs/r1/cancel (docs/http.md).`);
  });

  it('error: a project the server does not have for the owner (here its default owner: no --owner) is a usage error, exit 2 as locally', async () => {
    const { exitCode } = await run(['edit', 'p1', 'a louder title']);
    await expect(exitCode).rejects.toMatchObject({ name: 'UsageError', message: 'Project p1 does not exist for this owner.' });
    expect(requests[0]?.owner).toBeUndefined();
  });

  it('behavior: Ctrl-C cancels the run on the server (POST /runs/:id/cancel) and exits 130 once run.cancelled arrives', async () => {
    scenario = { events: [started], untilCancel: true };
    const { exitCode, stdout } = await run(['edit', 'p1', 'a louder title', '--owner', 'alice', '--json']);
    while (!stdout().includes('"run.started"')) await new Promise((resolve) => setTimeout(resolve, 5));
    process.emit('SIGINT', 'SIGINT');
    expect(await exitCode).toBe(130);
    expect(requests.find((request) => request.path === '/runs/r1/cancel')?.body).toEqual({ reason: 'interrupted by Ctrl-C' });
    expect(stdout().trim().split('\n').at(-1)).toContain('"type":"run.cancelled"');
  });
});

describe('generate --server', () => {
  it('behavior: POSTs /runs with the kind, template and name; loads no engine', async () => {
    scenario = { events: [{ ...started, mode: 'generate' } as BuildwrightEvent, event(2, { type: 'run.completed', versionNumber: 1, summary: 'Done.' })] };
    const { exitCode } = await run(['generate', 'a greeting page', '--template', 'react-vite', '--name', 'Greeting', '--json']);
    expect(await exitCode).toBe(0);
    expect(requests[0]).toMatchObject({ method: 'POST', path: '/runs', body: { prompt: 'a greeting page', kind: 'web', template: 'react-vite', name: 'Greeting' } });
    expect(loaded).toEqual([]);
  });
});
