import { createHash } from 'node:crypto';
import type { CheckContext } from '@buildwright/core';
import { cleanOutput } from '../check-report.js';
import { dependencyKey, dependencySet } from '../dependency-cache.js';
import type { InstallCheckOptions } from '../install-check.js';
import { WorkerUnavailableError } from '../worker/check-worker.js';
import { startTypeCheckService } from './typecheck-service.js';
import type { TypeCheckAnswer, TypeCheckService } from './typecheck-service.js';

export interface SharedTypeCheckOptions {
  /** Most shared services alive at once (each holds TypeScript and the parsed types of one dependency set). Default 2. */
  maxServices?: number;
  /** A service nobody used for this many seconds is stopped and its neutral sandbox killed. Default 30. */
  idleSeconds?: number;
  /** Projects whose incremental builder each service keeps (least recently used goes first). Default 8. */
  maxProjectsPerService?: number;
  /** How the neutral sandbox installs the dependency set (as `installCheck`'s options; give the same). */
  install?: Pick<InstallCheckOptions, 'cacheDirectory' | 'timeoutMs' | 'ignoreScripts'>;
}

/**
 * Type-checks projects in shared services, one per dependency set (TypeScript version, dependency
 * ranges, lockfile): projects with byte-identical dependencies already trust the same package
 * code, so one warm TypeScript serves them all, in a neutral sandbox that belongs to none of them
 * and never holds their files (each request carries the files; see scripts/typecheck-service.mjs).
 */
export interface SharedTypeCheckPool {
  /**
   * What `tsc --noEmit --pretty false` prints for the project's files, or `undefined` when the shared
   * service cannot serve this project (then the caller checks it as before; a notice says why, once per project).
   */
  check(context: CheckContext, options: SharedTypeCheckRequestOptions): Promise<(TypeCheckAnswer & { durationMs: number }) | undefined>;
  /** Services alive (or starting), for tests and stats. */
  size(): number;
  /** Stops every service; the pool starts them again on the next check. */
  close(): Promise<void>;
}

export interface SharedTypeCheckRequestOptions {
  timeoutMs: number;
  /** Warm-up: no notice, none remembered. */
  quiet?: boolean;
  /**
   * Wait for a service that is still starting (default true). false answers `undefined` at once
   * then (the project's own worker is as fast), and the service goes on starting for the next projects.
   */
  waitForStart?: boolean;
}

interface Entry {
  key: string;
  service: Promise<TypeCheckService>;
  started: boolean;
  busy: number;
  lastUsed: number;
  timer?: ReturnType<typeof setTimeout>;
}

/** A dependency set whose service failed to start is not tried again for this long. */
const failedStartRetryMs = 60_000;

export function createSharedTypeCheckPool(options: SharedTypeCheckOptions = {}): SharedTypeCheckPool {
  const maxServices = Math.max(1, options.maxServices ?? 2);
  const idleMs = Math.max(0.1, options.idleSeconds ?? 30) * 1000;
  const maxProjects = Math.max(1, options.maxProjectsPerService ?? 8);
  const entries = new Map<string, Entry>();
  const failedStarts = new Map<string, { until: number; reason: string }>();
  const noticed = new Set<string>();
  let lifetime = new AbortController();

  const release = async (entry: Entry) => {
    if (entries.get(entry.key) === entry) entries.delete(entry.key);
    clearTimeout(entry.timer);
    await entry.service.then((service) => service.stop()).catch(() => {});
  };

  const scheduleRelease = (entry: Entry) => {
    clearTimeout(entry.timer);
    entry.timer = setTimeout(() => {
      if (entry.busy === 0) void release(entry);
    }, idleMs);
    entry.timer.unref?.();
  };

  /** The service of `key`, started when there is room, counted busy from here on (the caller ends it); the reason when there is none. */
  const acquire = async (context: CheckContext, key: string, manifest: Record<string, string>): Promise<Entry | string> => {
    let entry = entries.get(key);
    if (entry) return use(entry);
    if (!context.openNeutralSandbox) return 'this context cannot open a neutral sandbox (it was not made by a run)';
    const failed = failedStarts.get(key);
    if (failed && failed.until > Date.now()) return `it failed to start for these dependencies less than a minute ago: ${failed.reason}`;
    while (entries.size >= maxServices) {
      const idle = [...entries.values()].filter((candidate) => candidate.busy === 0).sort((a, b) => a.lastUsed - b.lastUsed)[0];
      if (!idle) return `all ${maxServices} shared services (maxServices) are busy with other dependency sets`;
      await release(idle);
    }
    const name = `typescript-${key}`;
    entry = {
      key,
      started: false,
      busy: 0,
      lastUsed: Date.now(),
      service: startTypeCheckService({ openNeutralSandbox: context.openNeutralSandbox, name, manifest, idleMs: idleMs + 60_000, maxProjects, install: options.install ?? {}, signal: lifetime.signal }),
    };
    entries.set(key, use(entry));
    const created = entry;
    entry.service.then(() => (created.started = true)).catch(() => {});
    entry.service.catch((error: unknown) => {
      failedStarts.set(key, { until: Date.now() + failedStartRetryMs, reason: error instanceof Error ? error.message : String(error) });
      if (entries.get(key) === entry) entries.delete(key);
    });
    return entry;
  };

  const use = (entry: Entry) => {
    entry.busy += 1;
    clearTimeout(entry.timer);
    return entry;
  };

  const fallBack = async (context: CheckContext, reason: string, quiet = false) => {
    if (quiet || noticed.has(context.projectId)) return undefined;
    noticed.add(context.projectId);
    await context
      .emit({
        type: 'notice.posted',
        level: 'info',
        message: `The shared TypeScript service is not available (${cleanOutput(reason, context.sandbox.root, 3)}): this project's types are checked by its own check worker, which starts cold. The result is the same.`,
      })
      .catch(() => {});
    return undefined;
  };

  return {
    async check(context, { timeoutMs, quiet = false, waitForStart = true }) {
      const request = requestOf(context.files);
      if (typeof request === 'string') return fallBack(context, request, quiet);
      for (let attempt = 0; attempt < 2; attempt += 1) {
        const entry = await acquire(context, request.key, request.manifest);
        if (typeof entry === 'string') return fallBack(context, entry, quiet);
        const started = Date.now();
        try {
          if (!entry.started && !waitForStart) return undefined;
          const service = await raceAbort(entry.service, context.signal);
          const answer = await service.request(context.projectId, request.files, { timeoutMs, signal: context.signal });
          // The service names files under its own root: the project's, as its own tsc would.
          return { exitCode: answer.exitCode, output: answer.output.split(service.root).join(context.sandbox.root), durationMs: Date.now() - started };
        } catch (error) {
          if (context.signal.aborted) throw context.signal.reason;
          // A refused request (400) is a bug in what we sent, a timeout says nothing about the service: neither is retried.
          const retry = error instanceof WorkerUnavailableError && !error.timedOut && error.status === undefined && attempt === 0;
          if (!retry) return fallBack(context, error instanceof Error ? error.message : String(error), quiet);
          // The service died (crashed, idled out): start it once more.
          await release(entry);
        } finally {
          entry.busy -= 1;
          entry.lastUsed = Date.now();
          if (entries.get(entry.key) === entry) scheduleRelease(entry);
        }
      }
      return fallBack(context, 'the service stopped answering twice in a row', quiet);
    },
    size: () => entries.size,
    async close() {
      lifetime.abort();
      lifetime = new AbortController();
      await Promise.all([...entries.values()].map(release));
    },
  };
}

/**
 * The key, neutral manifest and files of a project's request, or why it cannot go to a shared
 * service: node_modules among its files (its own tsc would read them; a shared service never does),
 * no package.json, or no typescript among its dependencies.
 */
export function requestOf(files: Readonly<Record<string, string>>): { key: string; manifest: Record<string, string>; files: Record<string, string> } | string {
  const packageJson = files['package.json'];
  if (packageJson === undefined) return 'the project has no package.json';
  const inModules = Object.keys(files).find((path) => path.split('/').includes('node_modules'));
  if (inModules) return `the project has its own file under node_modules (${inModules})`;
  let set: ReturnType<typeof dependencySet>;
  try {
    set = dependencySet(JSON.parse(packageJson) as Parameters<typeof dependencySet>[0]);
  } catch {
    return 'package.json is not valid JSON';
  }
  if (!Object.keys(set).some((name) => name === 'typescript' || name.endsWith(':typescript'))) return 'typescript is not among the dependencies';
  const lockfile = files['package-lock.json'];
  const manifest: Record<string, string> = { 'package.json': packageJson, ...(lockfile === undefined ? {} : { 'package-lock.json': lockfile }) };
  const key = createHash('sha256')
    .update(dependencyKey(set))
    .update('\0')
    .update(lockfile ?? '')
    .digest('hex')
    .slice(0, 24);
  return { key, manifest, files: { ...files } };
}

function raceAbort<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => (signal.removeEventListener('abort', onAbort), resolve(value)),
      (error: unknown) => (signal.removeEventListener('abort', onAbort), reject(error)),
    );
  });
}
