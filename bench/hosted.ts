// Hosted server benchmark (issue 16): examples/hosted-server on this machine's Postgres and Redis
// (its own database and key prefix), the API and one worker in this process, clients in another.
// 1. Authenticated GET /api/builder/projects (an owner with 3 projects): requests/s and p50/p99
//    latency with 50 keep-alive clients, with an access token (JWT + session + account reads,
//    rate limits in Redis, the SDK's project query) and with an API key. Floors in the same run:
//    a bare node:http handler and a bare Hono app on @hono/node-server, each answering the same
//    JSON with no I/O.
// 2. Time to first event of a generation (the scripted model): through the whole stack (POST
//    /api/builder/runs, BullMQ, the worker, the Redis event bus, the WebSocket and the SSE stream)
//    vs the bare SDK in one process (createBuilder on memory adapters: generate → first event).
// Prints the load average: two cores are shared, run it alone (flock /tmp/bw-heavy.lock).
// Run: pnpm exec tsx bench/hosted.ts [--seconds 5] [--clients 50] [--runs 10]
import { fork } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { createBuilder } from '@buildwright/core';
import { memorySandbox, memoryStorage } from '@buildwright/adapters/memory';
import { scriptedLlm } from '@buildwright/adapters/scripted';
import { accountWithRole, call } from '../examples/hosted-server/src/testing/api-client.js';
import { startBareHonoServer } from '../examples/hosted-server/src/testing/bare-hono-server.js';
import { followRunSocket } from '../examples/hosted-server/src/testing/run-streams.js';
import { runUntilEnded } from '../examples/hosted-server/src/testing/run-until-ended.js';
import { startTestServer } from '../examples/hosted-server/src/testing/test-server.js';
import { loadAverage } from './load-average.js';
import type { LoadPlan, LoadResult } from './hosted-load.js';

const flag = (name: string, fallback: number) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) || fallback : fallback);
const seconds = flag('--seconds', 5);
const clients = flag('--clients', 50);
const runs = flag('--runs', 10);
const transcript = fileURLToPath(new URL('../examples/hosted-server/transcripts/counter-page.json', import.meta.url));

function runLoad(plan: LoadPlan): Promise<LoadResult> {
  const child = fork(fileURLToPath(new URL('./hosted-load.ts', import.meta.url)), [JSON.stringify(plan)], { execArgv: process.execArgv });
  return new Promise((resolve, reject) => {
    child.once('message', (result) => resolve(result as LoadResult));
    child.once('exit', (code) => reject(new Error(`the load process exited (${code}) without figures`)));
  });
}

const load = (url: string, headers: Record<string, string> = {}) => runLoad({ url, headers, clients, warmupMs: 1_000, durationMs: seconds * 1_000 });
const row = (name: string, result: LoadResult) =>
  console.log(
    `${name.padEnd(34)}${Math.round(result.perSecond).toString().padStart(9)}${result.p50Ms.toFixed(1).padStart(9)}${result.p99Ms.toFixed(1).padStart(9)}${String(result.non2xx + result.errors).padStart(8)}`,
  );

async function listen(server: ReturnType<typeof createServer>): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const worst = (values: number[]) => Math.max(...values);

/** POST a run, then ms from the POST to the first event over the run socket (or SSE). */
async function firstEventThroughStack(url: string, token: string, over: 'socket' | 'sse'): Promise<number> {
  const started = performance.now();
  const answer = await call(url, 'POST', '/api/builder/runs', { credential: token, body: { prompt: 'a counter page' } });
  if (answer.status !== 201) throw new Error(`POST /runs answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  const runId = answer.body.runId as string;
  let firstAt: number;
  if (over === 'socket') {
    firstAt = Number.NaN;
    await followRunSocket(url, runId, { type: 'follow', token }, { leaveAfterEvents: 1, onEvent: () => (firstAt = performance.now()) });
  } else {
    const response = await fetch(`${url}/api/builder/runs/${runId}/events`, { headers: { authorization: `Bearer ${token}` } });
    const reader = response.body!.getReader();
    let text = '';
    while (!text.includes('\ndata: ')) text += new TextDecoder().decode((await reader.read()).value);
    firstAt = performance.now();
    await reader.cancel();
  }
  await runUntilEnded(url, token, runId, 60_000);
  return firstAt - started;
}

async function firstEventBareSdk(): Promise<number> {
  const builder = createBuilder({ llm: scriptedLlm({ transcript }), sandbox: memorySandbox(), storage: memoryStorage() });
  try {
    const started = performance.now();
    const run = builder.generate({ prompt: 'a counter page' });
    let firstAt = Number.NaN;
    for await (const _event of run) if (Number.isNaN(firstAt)) firstAt = performance.now();
    await run.result;
    return firstAt - started;
  } finally {
    await builder.close();
  }
}

const limitless = { RATE_LIMIT_IP_PER_MINUTE: '100000000', RATE_LIMIT_USER_PER_MINUTE: '100000000', PLAN_FREE_GENERATIONS: '100000' };
const hosted = await startTestServer({ worker: true, environment: limitless });
const bareNode = createServer((_request, response) => response.writeHead(200, { 'content-type': 'application/json' }).end('{"projects":[],"nextCursor":null}'));
const bareHono = await startBareHonoServer('/api/builder/projects', { projects: [], nextCursor: null });
try {
  console.log(`bench/hosted: ${clients} clients, ${seconds} s each after 1 s warm-up; load average ${loadAverage()}`);
  const user = await accountWithRole(hosted, 'USER');
  const { key } = (await call(hosted.url, 'POST', '/keys', { credential: user.accessToken, body: { name: 'bench', scopes: ['builder:read', 'builder:write'] } })).body;
  for (let index = 0; index < 3; index += 1) {
    const run = await call(hosted.url, 'POST', '/api/builder/runs', { credential: user.accessToken, body: { prompt: `project ${index}` } });
    await runUntilEnded(hosted.url, user.accessToken, run.body.runId, 60_000);
  }
  const nodeUrl = await listen(bareNode);

  console.log(`\n1. GET /api/builder/projects${' '.repeat(7)}${'req/s'.padStart(9)}${'p50 ms'.padStart(9)}${'p99 ms'.padStart(9)}${'non-2xx'.padStart(8)}`);
  row('floor: bare node:http handler', await load(`${nodeUrl}/api/builder/projects`));
  row('floor: bare Hono on node-server', await load(`${bareHono.url}/api/builder/projects`));
  row('hosted, access token', await load(`${hosted.url}/api/builder/projects`, { authorization: `Bearer ${user.accessToken}` }));
  row('hosted, API key', await load(`${hosted.url}/api/builder/projects`, { authorization: `Bearer ${key}` }));
  console.log(`load average ${loadAverage()}`);

  console.log(`\n2. time to first event of a generation, ms (${runs} runs each; median / worst)`);
  const bare: number[] = [];
  const socket: number[] = [];
  const sse: number[] = [];
  await firstEventBareSdk();
  await firstEventThroughStack(hosted.url, user.accessToken, 'socket');
  for (let index = 0; index < runs; index += 1) {
    bare.push(await firstEventBareSdk());
    socket.push(await firstEventThroughStack(hosted.url, user.accessToken, 'socket'));
    sse.push(await firstEventThroughStack(hosted.url, user.accessToken, 'sse'));
  }
  console.log(`bare SDK (generate → first event, memory adapters)     ${median(bare).toFixed(1).padStart(8)} / ${worst(bare).toFixed(1)}`);
  console.log(`hosted: POST /runs → first event on the WebSocket     ${median(socket).toFixed(1).padStart(8)} / ${worst(socket).toFixed(1)}`);
  console.log(`hosted: POST /runs → first event on the SSE stream    ${median(sse).toFixed(1).padStart(8)} / ${worst(sse).toFixed(1)}`);
  console.log(`load average ${loadAverage()}`);
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  bareNode.close();
  await bareHono.close();
  await hosted.close();
}
