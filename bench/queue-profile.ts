// Where a queued run's time goes, for bench/queue.ts: storage calls and SQL statements counted in a
// process, and the CPU time of this process and of the Postgres and Redis servers (from /proc).
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { StorageAdapter } from '@buildwright/core';

/** Storage calls of one process by method: how many, and the milliseconds they took (wall, summed). */
export type CallFigures = Record<string, { count: number; ms: number }>;

/** What one process counted: storage calls, SQL statements sent by their first word, its CPU time. */
export interface ProcessFigures {
  calls: CallFigures;
  statements: Record<string, number>;
  cpuMs: number;
  /** CPU time of a worker's warm-up run before it took jobs (not in `cpuMs`). */
  warmUpCpuMs?: number;
}

/**
 * Counts every SQL statement this process sends through `pg` (each is one round trip to the
 * server: a BEGIN, a COMMIT and each statement of a transaction count one each), by first word.
 * Call it before any pool is opened.
 */
export function countSqlStatements(): Record<string, number> {
  const pg = createRequire(new URL('../packages/adapters/package.json', import.meta.url))('pg') as { Client: { prototype: { query: (...args: unknown[]) => unknown } } };
  const statements: Record<string, number> = {};
  const query = pg.Client.prototype.query;
  pg.Client.prototype.query = function (this: unknown, ...args: unknown[]) {
    const text = typeof args[0] === 'string' ? args[0] : ((args[0] as { text?: string } | undefined)?.text ?? '');
    const word = (text.trim().split(/\s+/)[0] ?? '?').toUpperCase();
    statements[word] = (statements[word] ?? 0) + 1;
    return query.apply(this, args);
  };
  return statements;
}

/** `storage` with every call counted and timed into `calls`. */
export function countingStorage(storage: StorageAdapter, calls: CallFigures): StorageAdapter {
  return new Proxy(storage, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== 'function' || typeof key !== 'string') return value;
      return async (...args: unknown[]) => {
        const started = performance.now();
        try {
          return await (value as (...args: unknown[]) => Promise<unknown>).apply(target, args);
        } finally {
          const figures = (calls[key] ??= { count: 0, ms: 0 });
          figures.count += 1;
          figures.ms += performance.now() - started;
        }
      };
    },
  });
}

/** This process's CPU time (user + system) in ms. */
export const ownCpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

/**
 * CPU time in ms (user + system, with that of their exited children) of every process named
 * `name` on this machine: `postgres` (the server and its backends), `redis-server`. Counts every
 * client's work, other sessions' too: read it beside the load average.
 */
export function serverCpuMs(name: string): number {
  let ticks = 0;
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue;
    }
    const close = stat.lastIndexOf(')');
    if (stat.slice(stat.indexOf('(') + 1, close) !== name) continue;
    // After "pid (comm) ": state, ... utime (14th field), stime, cutime, cstime, in clock ticks of 10 ms.
    const fields = stat.slice(close + 2).split(' ');
    ticks += [11, 12, 13, 14].reduce((sum, index) => sum + Number(fields[index] ?? 0), 0);
  }
  return ticks * 10;
}

/** Adds `figures` of another process into `total`. */
export function addFigures(total: ProcessFigures, figures: ProcessFigures): void {
  for (const [method, { count, ms }] of Object.entries(figures.calls)) {
    const sum = (total.calls[method] ??= { count: 0, ms: 0 });
    sum.count += count;
    sum.ms += ms;
  }
  for (const [word, count] of Object.entries(figures.statements)) total.statements[word] = (total.statements[word] ?? 0) + count;
  total.cpuMs += figures.cpuMs;
  total.warmUpCpuMs = (total.warmUpCpuMs ?? 0) + (figures.warmUpCpuMs ?? 0);
}

/** "a 12, b 3" of the largest entries, each divided by `per`. */
export function largest(entries: Record<string, number>, per: number, most = 6): string {
  return Object.entries(entries)
    .sort(([, a], [, b]) => b - a)
    .slice(0, most)
    .map(([name, value]) => `${name} ${(value / per).toFixed(1)}`)
    .join(', ');
}
