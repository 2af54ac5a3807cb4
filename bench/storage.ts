// Storage throughput: event appends per second, version saves per second and the time to replay
// 10,000 events from seq 0, on PGlite (on disk, the embedded default) and on Postgres; prints the
// PGlite / Postgres ratio of each figure.
// Postgres: BUILDWRIGHT_TEST_DATABASE_URL, or postgres://postgres@127.0.0.1:5432/test (a fresh
// schema is created and dropped: bench-services.ts). Skipped with a message when the server is unreachable.
// Run: pnpm exec tsx bench/storage.ts
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BuildwrightEvent, StorageAdapter } from '@buildwright/core';
import { pgliteStorage } from '@buildwright/adapters/pglite';
import { postgresStorage } from '@buildwright/adapters/postgres';
import { benchSchema, type BenchSchema } from './bench-services.js';

const eventCount = 10_000;
const versionCount = 200;
const filesPerVersion = 50;

interface Figures {
  appendsPerSecond: number;
  versionsPerSecond: number;
  replayMs: number;
}

async function measure(storage: StorageAdapter): Promise<Figures> {
  await storage.migrate();
  const ownerId = `bench-${randomUUID()}`;
  const project = await storage.createProject({ ownerId, name: 'bench', kind: 'web' });
  const run = await storage.createRun({ ownerId, projectId: project.id, mode: 'generate', prompt: 'bench', budgets: { maxFixAttempts: 3, maxTokens: 1e6, maxWallTimeMs: 1e6 } });

  let started = performance.now();
  for (let seq = 1; seq <= eventCount; seq++) {
    const event: BuildwrightEvent = { type: 'llm.delta', runId: run.id, projectId: project.id, seq, at: new Date().toISOString(), node: 'build', text: `token ${seq} of the streamed answer` };
    await storage.appendEvent(event);
  }
  const appendsPerSecond = eventCount / ((performance.now() - started) / 1000);

  started = performance.now();
  const replayed = await storage.readEvents({ ownerId, runId: run.id, afterSeq: 0 });
  const replayMs = performance.now() - started;
  if (replayed.length !== eventCount) throw new Error(`replayed ${replayed.length} events, expected ${eventCount}`);

  const files: Record<string, string> = {};
  for (let index = 0; index < filesPerVersion; index++) files[`src/file-${index}.ts`] = `export const value${index} = ${index};\n`.repeat(40);
  started = performance.now();
  for (let number = 1; number <= versionCount; number++) {
    files[`src/file-${number % filesPerVersion}.ts`] = `export const value = ${number};\n`.repeat(40);
    // runId null: a run stores one version, and this measures many.
    await storage.createVersion({ ownerId, projectId: project.id, runId: null, message: `v${number}`, files });
  }
  const versionsPerSecond = versionCount / ((performance.now() - started) / 1000);
  return { appendsPerSecond, versionsPerSecond, replayMs };
}

async function benchPglite(): Promise<Figures> {
  const directory = await mkdtemp(join(tmpdir(), 'buildwright-bench-'));
  const storage = pgliteStorage({ dataDir: join(directory, 'db') });
  try {
    return await measure(storage);
  } finally {
    await storage.close();
    await rm(directory, { recursive: true, force: true });
  }
}

async function benchPostgres(): Promise<Figures | string> {
  let database: BenchSchema;
  try {
    database = await benchSchema();
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
  const storage = postgresStorage({ connectionString: database.url });
  try {
    return await measure(storage);
  } finally {
    await storage.close();
    await database.drop();
  }
}

const format = (value: number) => value.toFixed(value >= 100 ? 0 : 1);
const pglite = await benchPglite();
const postgres = await benchPostgres();

console.log(`storage bench: ${eventCount} event appends, ${versionCount} versions of ${filesPerVersion} files (one changed each), replay of ${eventCount} events`);
console.log('');
console.log('figure                   |     pglite |   postgres | pglite/postgres');
console.log('-------------------------|------------|------------|----------------');
const rows: [string, keyof Figures][] = [
  ['event appends / s', 'appendsPerSecond'],
  ['version saves / s', 'versionsPerSecond'],
  [`replay ${eventCount} events (ms)`, 'replayMs'],
];
for (const [label, key] of rows) {
  const other = typeof postgres === 'string' ? undefined : postgres[key];
  console.log(
    `${label.padEnd(24)} | ${format(pglite[key]).padStart(10)} | ${(other === undefined ? 'n/a' : format(other)).padStart(10)} | ${(other === undefined ? 'n/a' : (pglite[key] / other).toFixed(2)).padStart(14)}`,
  );
}
if (typeof postgres === 'string') console.log(`\nPostgres skipped: ${postgres}`);
