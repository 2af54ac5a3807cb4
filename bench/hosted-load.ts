// The load generator of bench/hosted.ts, a child process of its own (its event loop and core are
// not the server's): `clients` keep-alive connections each send GET `path` in a loop for `durationMs`
// after `warmupMs`, and it reports requests/s and latency percentiles. node:http, no dependency
// (autocannon is not in the lockfile).
import { Agent, request } from 'node:http';

export interface LoadPlan {
  url: string;
  headers: Record<string, string>;
  clients: number;
  warmupMs: number;
  durationMs: number;
}

export interface LoadResult {
  requests: number;
  perSecond: number;
  p50Ms: number;
  p99Ms: number;
  non2xx: number;
  errors: number;
}

const plan = JSON.parse(process.argv[2]!) as LoadPlan;
const agent = new Agent({ keepAlive: true, maxSockets: plan.clients });
const target = new URL(plan.url);

function once(): Promise<number> {
  return new Promise((resolve, reject) => {
    const outgoing = request({ agent, host: target.hostname, port: target.port, path: target.pathname + target.search, headers: plan.headers }, (incoming) => {
      incoming.resume();
      incoming.once('end', () => resolve(incoming.statusCode ?? 0));
    });
    outgoing.once('error', reject);
    outgoing.end();
  });
}

const latencies: number[] = [];
let non2xx = 0;
let errors = 0;
const measureFrom = performance.now() + plan.warmupMs;
const endAt = measureFrom + plan.durationMs;

async function client(): Promise<void> {
  while (performance.now() < endAt) {
    const started = performance.now();
    const status = await once().catch(() => -1);
    if (started < measureFrom) continue;
    latencies.push(performance.now() - started);
    if (status === -1) errors += 1;
    else if (status < 200 || status > 299) non2xx += 1;
  }
}

await Promise.all(Array.from({ length: plan.clients }, client));
agent.destroy();
latencies.sort((a, b) => a - b);
const at = (fraction: number) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * fraction))] ?? Number.NaN;
const result: LoadResult = { requests: latencies.length, perSecond: latencies.length / (plan.durationMs / 1000), p50Ms: at(0.5), p99Ms: at(0.99), non2xx, errors };
process.send!(result);
