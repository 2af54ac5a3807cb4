/**
 * bench/vector-search: `storage.vectors` search latency over 2,000 vectors of 256 numbers (an
 * API embedder's length) per backend: memoryStorage (exact), pgliteStorage exact (rows read,
 * cosine in process), pgliteStorage with pgvector (`<=>` in the database), postgresStorage
 * (`auto`: pgvector when the server has it, else the exact fallback; printed). Prints the cost of
 * opening PGlite with and without the vector extension, the time to store the 2,000, the first
 * search after the put (the SQL storages read and decode the collection into their cache), then
 * p50/p99 of a warm top-5 search against the floor of the same run: `cosineIndex` over the same
 * vectors in process (norms computed once), nothing read. The SQL rows also time the same search
 * with the cache off (`{ vectorCacheBytes: 0 }`: every search in the database, as before the cache). Load average before and after (other sessions share the cores).
 *
 * Run: pnpm exec tsx bench/vector-search.ts
 */
import { performance } from 'node:perf_hooks';
import { cosineIndex, type StorageAdapter, type VectorItem } from '@buildwright/core';
import { memoryStorage } from '@buildwright/core/doubles';
import { pgliteStorage } from '@buildwright/adapters/pglite';
import { postgresStorage } from '@buildwright/adapters/postgres';
import { benchSchema } from './bench-services.js';
import { loadAverage } from './load-average.js';

const size = 2_000;
const dimensions = 256;
const searches = 200;
const k = 5;
const collection = 'bench:vectors';

/** Seeded vectors (the same every run), so backends and runs search the same data. */
function seeded(seed: number): number[] {
  let state = seed * 2_654_435_761 + 1;
  return Array.from({ length: dimensions }, () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648;
    return state / 1_073_741_824 - 1;
  });
}

const items: VectorItem[] = Array.from({ length: size }, (_, index) => ({ id: `item-${index}`, contentHash: `hash-${index}`, vector: seeded(index + 1) }));
const queries = Array.from({ length: 20 }, (_, index) => seeded(100_000 + index));
const percentile = (values: number[], share: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * share))]!;

async function time(fn: () => Promise<unknown> | unknown): Promise<number[]> {
  const timings: number[] = [];
  for (let round = 0; round < searches; round++) {
    const start = performance.now();
    await fn();
    timings.push(performance.now() - start);
  }
  return timings;
}

function report(label: string, timings: number[], floorP50: number, extra = '') {
  const p50 = percentile(timings, 0.5);
  console.log(`${label.padEnd(62)} p50 ${p50.toFixed(2).padStart(7)} ms (${(p50 / floorP50).toFixed(1).padStart(5)}× floor)  p99 ${percentile(timings, 0.99).toFixed(2).padStart(7)} ms${extra}`);
}

async function measure(label: string, open: () => StorageAdapter, floorP50: number) {
  const openStart = performance.now();
  const storage = open();
  await storage.migrate();
  const mode = await storage.vectors!.searchMode();
  const opened = performance.now() - openStart;
  try {
    const putStart = performance.now();
    await storage.vectors!.put(collection, items);
    const put = performance.now() - putStart;
    const firstStart = performance.now();
    await storage.vectors!.search(collection, queries[0]!, { k });
    const first = performance.now() - firstStart;
    let round = 0;
    const timings = await time(() => storage.vectors!.search(collection, queries[round++ % queries.length]!, { k }));
    report(`${label} [${mode}]`, timings, floorP50, `  open+migrate ${opened.toFixed(0)} ms, put ${size} ${put.toFixed(0)} ms, first search ${first.toFixed(0)} ms`);
  } finally {
    await storage.close();
  }
}

console.log(`bench/vector-search: ${size} vectors × ${dimensions}, top-${k}, ${searches} searches per backend; load average ${loadAverage()}`);
let round = 0;
const inProcess = cosineIndex(items);
const floor = await time(() => inProcess.search(queries[round++ % queries.length]!, k));
const floorP50 = percentile(floor, 0.5);
report('floor: cosineIndex in process', floor, floorP50);
await measure('memoryStorage', () => memoryStorage(), floorP50);
await measure('pgliteStorage()', () => pgliteStorage(), floorP50);
await measure('pgliteStorage({ vectorCacheBytes: 0 })', () => pgliteStorage({ vectorCacheBytes: 0 }), floorP50);
await measure("pgliteStorage({ vectors: 'pgvector' })", () => pgliteStorage({ vectors: 'pgvector' }), floorP50);
await measure("pgliteStorage({ vectors: 'pgvector', vectorCacheBytes: 0 })", () => pgliteStorage({ vectors: 'pgvector', vectorCacheBytes: 0 }), floorP50);
try {
  const schema = await benchSchema();
  try {
    await measure("postgresStorage() (vectors: 'auto')", () => postgresStorage({ connectionString: schema.url }), floorP50);
    await measure('postgresStorage({ vectorCacheBytes: 0 })', () => postgresStorage({ connectionString: schema.url, vectorCacheBytes: 0 }), floorP50);
  } finally {
    await schema.drop();
  }
} catch (error) {
  console.log(`postgresStorage: skipped (${error instanceof Error ? error.message : String(error)})`);
}
console.log(`load average after: ${loadAverage()}`);
