import { createHash, randomUUID } from 'node:crypto';
import type { CheckContext, CheckResult, CheckRunEnd, Sandbox, SandboxCommandResult } from '@buildwright/core';
import { cleanOutput } from './check-report.js';
import { createChromiumPool } from './chromium-pool.js';
import type { ChromiumPool } from './chromium-pool.js';
import { createPageUsers } from './page-users.js';
import type { PageUsers } from './page-users.js';
import { installedMarker } from './dependency-cache.js';
import { dependenciesReady } from './install-check.js';
import { startSharedUser } from './node-modules-owner.js';
import { stopPreviewServers } from './preview-server.js';
import { createSharedTypeCheckPool } from './shared-typecheck/shared-typecheck-pool.js';
import type { SharedTypeCheckOptions, SharedTypeCheckPool } from './shared-typecheck/shared-typecheck-pool.js';
import { startCheckWorker, threadOutOfMemory, WorkerUnavailableError } from './worker/check-worker.js';
import { defaultMaxWorkers } from './worker/default-max-workers.js';
import type { CheckWorker } from './worker/check-worker.js';

/** A worker request that ran (its result has the shape of a command's), or could not (`undefined`: run the command). */
export type WorkerRun = SandboxCommandResult & { label: string; extra: Record<string, unknown> };

/** What the checks of one `webChecks()` keep per sandbox between runs. */
export interface SandboxState {
  worker?: { dependencies: string; worker: Promise<CheckWorker | undefined> };
  /** Workers that died twice in a row count 1, a worker that could not start 2; at 2 the sandbox runs plain commands. */
  workerFailures: number;
  /** Free slots for the checks: their memos and the work they started early. */
  slots: Map<string, unknown>;
  /** Set once the sandbox's run ended: stops what it kept (see `idleAfterRunMs`) unless another run uses the sandbox first. */
  release?: NodeJS.Timeout;
  /** What else the sandbox keeps between verifications and stops at release (see `onRelease`). */
  releasers: Array<() => Promise<void>>;
}

export interface WebCheckSessionOptions {
  /** Run tsc, ESLint and vite build in the check worker (default true); false runs them as commands. */
  worker?: boolean;
  /** How long an idle worker lives while its run goes on (the model writing a fix). Default 5 minutes; a run's end stops it sooner (`idleAfterRunMs`). */
  workerIdleMs?: number;
  /**
   * V8 heap limit of each of a worker's threads (type check, lint), in MB (default 1536): a project
   * whose check goes past it gets plain commands from then on, with a notice; the verdicts are the same.
   */
  workerThreadHeapMb?: number;
  /**
   * Most workers alive or starting in this process, a hard cap: a start beyond it takes the place
   * of the least recently used idle worker (stopped first), or waits until one is idle. Default
   * `defaultMaxWorkers()`: 3, or fewer on a machine with fewer cores or less than 8 GB of memory.
   */
  maxWorkers?: number;
  /**
   * How long the processes a run used stay once it ended (its check worker; Chromium when no other
   * run of the session goes on): another run of the project within this time finds them warm.
   * Default 2,500 ms.
   */
  idleAfterRunMs?: number;
  /** Keep serving the app the browser check verified once its run ended (default true: `preview.ready`'s URL keeps answering); false stops the preview server with the run's other processes. */
  keepPreview?: boolean;
  /** How long Chromium stays open with no browser check using it. Default 30 s. */
  browserIdleMs?: number;
  /** Type-check in shared TypeScript services, warm across projects of one dependency set (see `SharedTypeCheckPool`). Default false. */
  sharedTypeScript?: boolean | SharedTypeCheckOptions;
}

/**
 * State shared by the checks of one `webChecks()`: the check worker of each sandbox, what each
 * check remembers about its last run (to skip work whose inputs did not change), and work a later
 * check can start early (the build while types are checked, Chromium while the app builds).
 * Early work never changes what a check reports or emits: a check that fails stops it, and its
 * events are emitted by the check it belongs to, in order.
 */
export interface WebCheckSession {
  readonly usesWorker: boolean;
  /** The shared TypeScript services the validate check asks first, when the session has them. */
  readonly sharedTypeCheck?: SharedTypeCheckPool;
  /** The Chromium the browser check keeps open between runs (each run gets its own browser context). */
  readonly chromium: ChromiumPool;
  /** The checks loading each sandbox's app in that Chromium now (Lighthouse waits for them). */
  readonly pages: PageUsers;
  state(sandbox: Sandbox): SandboxState;
  /** A digest of every file of the run plus the installed dependency set: equal keys, equal inputs. */
  inputsKey(context: CheckContext, salt?: string): Promise<string>;
  /** Registers work of a later check that may start before it (called in the order checks are created). */
  onStartEarly(starter: (context: CheckContext) => Promise<void>): void;
  /** Starts every registered early work for these inputs, in order (each starter is idempotent); resolves once all of it has started. */
  startEarly(context: CheckContext): Promise<void>;
  /** Marks the context's run as going on: what its sandbox keeps stays until the run ends (`afterRun`). */
  use(context: CheckContext): void;
  /** Whether a run other than `runId` is going on in this session (marked by `use`, not yet ended). */
  busyWithOtherRuns(runId: string): boolean;
  /** `Check.afterRun` of the session's checks (idempotent): after `idleAfterRunMs`, stops what the run's sandbox keeps, and Chromium when no run goes on. */
  afterRun(run: CheckRunEnd): Promise<void>;
  /**
   * Registers a process a check keeps for the sandbox's next verifications (unlike early work, it
   * outlives a failed check): stopped with the check worker, `idleAfterRunMs` after the run ended.
   */
  onRelease(sandbox: Sandbox, release: () => Promise<void>): void;
  /** Registers cleanup for when a check of the session did not pass (e.g. close a pre-launched browser). */
  onStop(listener: (sandbox: Sandbox) => Promise<void>): void;
  stopEarlyWork(sandbox: Sandbox): Promise<void>;
  /** The sandbox's worker, started on first use; undefined when disabled or broken. */
  worker(context: CheckContext): Promise<CheckWorker | undefined>;
  /** Runs one worker request; undefined when the worker cannot serve it (run the command instead). */
  request(
    context: CheckContext,
    route: 'typecheck' | 'lint' | 'build' | 'publish',
    body: Record<string, unknown>,
    options: { label: string; timeoutMs: number; emit: 'now' | 'later' },
  ): Promise<WorkerRun | undefined>;
  /** Emits command.started / command.output / command.exited for a run made with `emit: 'later'`. */
  emitRun(context: CheckContext, run: WorkerRun): Promise<void>;
  /** Registers warm-up work for `prepare`: `tools` steps (types, lint) run first, then `build` steps unless the run's build already started. */
  onWarmUp(step: WarmUpStep): void;
  /**
   * `Check.prepare` of the worker's checks (called by each, done once per run and sandbox): once
   * the dependencies are in place, starts the worker and runs the warm-up steps on the starting
   * files. Nothing to do when the sandbox's worker is already warm from an earlier run and answers
   * (its idle time starts again); one that stopped (it idled out) is started and warmed again.
   */
  prepare(context: CheckContext): Promise<void>;
}

/** Work that loads a tool and fills its caches while the model works; its result is thrown away. */
export interface WarmUpStep {
  stage: 'tools' | 'build';
  run(worker: CheckWorker, context: CheckContext): Promise<unknown>;
}

/** Warm-up builds a new worker runs on the starting files: each runs faster than the one before while the JIT optimises Vite (bench/preview.ts: a new project's build then runs about as fast as an edit's). */
const warmUpBuilds = 3;

export function createWebCheckSession(options: WebCheckSessionOptions = {}): WebCheckSession {
  const states = new WeakMap<Sandbox, SandboxState>();
  const starters: Array<(context: CheckContext) => Promise<void>> = [];
  const stoppers: Array<(sandbox: Sandbox) => Promise<void>> = [];
  const warmUps: WarmUpStep[] = [];
  const preparedRuns = new WeakMap<Sandbox, string>();
  const usesWorker = options.worker ?? true;
  const idleMs = options.workerIdleMs ?? 300_000;
  const maxWorkers = Math.max(1, options.maxWorkers ?? defaultMaxWorkers());
  const idleAfterRunMs = Math.max(0, options.idleAfterRunMs ?? 2_500);
  const keepPreview = options.keepPreview ?? true;
  const activeRuns = new Set<string>();
  let closeBrowsers: NodeJS.Timeout | undefined;

  const state = (sandbox: Sandbox): SandboxState => {
    let found = states.get(sandbox);
    if (!found) states.set(sandbox, (found = { workerFailures: 0, slots: new Map(), releasers: [] }));
    return found;
  };

  /** Stops a worker; forgets it (and counts a failure) only if it is still the sandbox's current one. */
  const dropWorker = async (context: CheckContext, worker: CheckWorker | undefined, failed: boolean) => {
    const current = state(context.sandbox);
    if (current.worker && (await current.worker.worker) === worker) {
      delete current.worker;
      if (failed) current.workerFailures += 1;
      if (failed && current.workerFailures >= 2) await fallbackNotice(context, new Error('it stopped answering twice in a row'));
    }
    await worker?.stop().catch(() => {});
  };

  /**
   * The project's checks run as plain commands from now on (its worker is not started again), and a
   * notice says why, once: requests refused together (a type check and a lint, when the worker's
   * tools thread ends) post one notice.
   */
  const useCommandsFromNow = async (context: CheckContext, reason: unknown) => {
    const current = state(context.sandbox);
    if (current.workerFailures >= 2) return;
    current.workerFailures = 2;
    await fallbackNotice(context, reason);
  };

  const shared = options.sharedTypeScript ? createSharedTypeCheckPool(options.sharedTypeScript === true ? {} : options.sharedTypeScript) : undefined;

  const session: WebCheckSession = {
    usesWorker,
    ...(shared ? { sharedTypeCheck: shared } : {}),
    chromium: createChromiumPool(options.browserIdleMs === undefined ? {} : { idleMs: options.browserIdleMs }),
    pages: createPageUsers(),
    state,
    async inputsKey(context, salt = '') {
      const hash = createHash('sha256').update(salt).update('\0');
      hash.update((await context.sandbox.readFile(`node_modules/${installedMarker}`)) ?? '').update('\0');
      for (const path of Object.keys(context.files).sort()) hash.update(path).update('\0').update(context.files[path]!).update('\0');
      return hash.digest('hex');
    },
    use(context) {
      activeRuns.add(context.runId);
      clearTimeout(closeBrowsers);
      const current = state(context.sandbox);
      clearTimeout(current.release);
      delete current.release;
    },
    busyWithOtherRuns: (runId) => [...activeRuns].some((active) => active !== runId),
    async afterRun(run) {
      if (!activeRuns.delete(run.runId)) return;
      const { sandbox } = run;
      if (sandbox) {
        const current = state(sandbox);
        clearTimeout(current.release);
        current.release = setTimeout(() => {
          delete current.release;
          const kept = current.worker;
          delete current.worker;
          void kept?.worker.then((worker) => worker?.stop()).catch(() => {});
          void session.stopEarlyWork(sandbox);
          for (const release of current.releasers.splice(0)) void release().catch(() => {});
          if (!keepPreview) void stopPreviewServers(sandbox);
        }, idleAfterRunMs);
        current.release.unref();
      }
      if (activeRuns.size === 0) {
        clearTimeout(closeBrowsers);
        closeBrowsers = setTimeout(() => activeRuns.size === 0 && void session.chromium.close(), idleAfterRunMs);
        closeBrowsers.unref();
      }
    },
    onStartEarly: (starter) => void starters.push(starter),
    async startEarly(context) {
      session.use(context);
      // In order: a later check's early work may wait for an earlier one's (Chromium waits for the build).
      for (const starter of starters) await starter(context).catch(() => {});
    },
    onStop: (listener) => void stoppers.push(listener),
    onRelease: (sandbox, release) => void state(sandbox).releasers.push(release),
    async stopEarlyWork(sandbox) {
      await Promise.allSettled(stoppers.map((stop) => stop(sandbox)));
    },
    async worker(context) {
      if (!usesWorker) return undefined;
      session.use(context);
      const current = state(context.sandbox);
      if (current.workerFailures >= 2) return undefined;
      // Tools loaded in the worker belong to one dependency set: a new install gets a new worker.
      const dependencies = (await context.sandbox.readFile(`node_modules/${installedMarker}`))?.trim() ?? '';
      if (current.worker && current.worker.dependencies !== dependencies) {
        const outdated = current.worker.worker;
        delete current.worker;
        void outdated.then((worker) => worker?.stop()).catch(() => {});
      }
      if (!current.worker) {
        const worker = startOwnedWorker(
          context,
          { idleMs, maxWorkers, ...(shared ? { preload: ['lint' as const] } : {}), ...(options.workerThreadHeapMb === undefined ? {} : { threadHeapMb: options.workerThreadHeapMb }) },
          () => {
            // An install wants node_modules: this worker is of the dependencies it replaces.
            if (current.worker?.worker === worker) delete current.worker;
          },
        ).catch(async (error: unknown) => {
          if (current.worker?.worker === worker) delete current.worker;
          // A worker that cannot start will not start next time either (unless the run was cancelled meanwhile): plain commands from now on.
          if (!context.signal.aborted) {
            await useCommandsFromNow(context, error);
          }
          return undefined;
        });
        current.worker = { dependencies, worker };
      }
      return current.worker.worker;
    },
    async request(context, route, body, { label, timeoutMs, emit }) {
      const commandId = `worker-${randomUUID().slice(0, 8)}`;
      for (let attempt = 0; attempt < 2; attempt += 1) {
        const worker = await session.worker(context);
        if (!worker) return undefined;
        if (emit === 'now' && attempt === 0) await context.emit({ type: 'command.started', commandId, command: label });
        const started = Date.now();
        try {
          const answer = await worker.request<{ exitCode: number; stdout?: string; stderr?: string; output?: string } & Record<string, unknown>>(route, body, { timeoutMs, signal: context.signal });
          const { exitCode, stdout, stderr, output, ...extra } = answer;
          // A file-size limit does not end the worker (Node hands EFBIG to the code that wrote), so the
          // sandbox cannot see it: the plain command runs into it again, and the sandbox stops it and
          // says so (limitExceeded, SANDBOX_LIMIT_EXCEEDED), as for every other limit.
          if (exitCode !== 0 && /\bEFBIG\b/.test(`${stdout ?? ''}\n${stderr ?? ''}\n${output ?? ''}`)) break;
          const run: WorkerRun = { label, extra, exitCode, stdout: stdout ?? output ?? '', stderr: stderr ?? '', timedOut: false, aborted: false, durationMs: Date.now() - started };
          if (emit === 'now') await finishEvents(context, commandId, run);
          return run;
        } catch (error) {
          const outOfMemory = threadOutOfMemory(error);
          if (outOfMemory) {
            // The project is too large for the worker's threads and stays so: plain commands from now on, without a restart that would hit the limit again.
            await useCommandsFromNow(context, new Error(outOfMemory));
            await dropWorker(context, worker, false);
            break;
          }
          const timedOut = error instanceof WorkerUnavailableError && error.timedOut;
          // Killed at its timeout or on abort like a command; a dead worker (it idled out, or crashed) is started again once.
          await dropWorker(context, worker, !timedOut && !context.signal.aborted && attempt === 1);
          if (timedOut || context.signal.aborted) {
            const run: WorkerRun = { label, extra: {}, exitCode: null, stdout: '', stderr: '', timedOut, aborted: !timedOut, durationMs: Date.now() - started };
            if (emit === 'now') await finishEvents(context, commandId, run);
            return run;
          }
          if (!(error instanceof WorkerUnavailableError)) throw error;
        }
      }
      if (emit === 'now') await context.emit({ type: 'command.exited', commandId, exitCode: null, timedOut: false, durationMs: 0 });
      return undefined;
    },
    onWarmUp: (step) => void warmUps.push(step),
    async prepare(context) {
      session.use(context);
      if (!usesWorker || warmUps.length === 0 || preparedRuns.get(context.sandbox) === context.runId) return;
      preparedRuns.set(context.sandbox, context.runId);
      if (!(await dependenciesReady(context.sandbox, context.files['package.json']))) return;
      const current = state(context.sandbox);
      // A worker kept from an earlier run (or a spare's) that still answers is warm: the ping starts its idle time again.
      const kept = await current.worker?.worker;
      if (kept) {
        const alive = await kept.request('ping', {}, { timeoutMs: 5_000, signal: context.signal }).then(
          () => true,
          () => false,
        );
        if (alive || context.signal.aborted) return;
        await dropWorker(context, kept, false);
      }
      const worker = await session.worker(context);
      if (!worker) return;
      const run = (stage: WarmUpStep['stage']) => Promise.allSettled(warmUps.filter((step) => step.stage === stage).map((step) => step.run(worker, context)));
      await run('tools');
      // Vite's code gets faster over a process's first builds (the JIT optimises it as it runs): a new
      // worker builds the starting files a few times, so that the project's first real build runs
      // at an edit's speed. With a model that answers at once the real build is already on its way:
      // no more warm-up builds, which would only delay it.
      for (let round = 0; round < warmUpBuilds && !current.slots.has('build-early') && !context.signal.aborted; round += 1) await run('build');
    },
    async emitRun(context, run) {
      const commandId = `worker-${randomUUID().slice(0, 8)}`;
      await context.emit({ type: 'command.started', commandId, command: run.label });
      await finishEvents(context, commandId, run);
    },
  };
  return session;
}

/**
 * Starts the sandbox's worker as a shared user of its node_modules (see NodeModulesOwner): it
 * writes its scripts there and loads the tools from there, so it starts only while no install
 * runs, and stops (then lets go) as soon as an install wants node_modules.
 */
async function startOwnedWorker(
  context: CheckContext,
  options: { idleMs: number; maxWorkers: number; preload?: Array<'typecheck' | 'lint'>; threadHeapMb?: number },
  onReplaced: () => void,
): Promise<CheckWorker> {
  const { started: worker, stop } = await startSharedUser(context.sandbox, () => startCheckWorker(context.sandbox, { ...options, signal: context.signal }), onReplaced);
  return { request: (route, body, requestOptions) => worker.request(route, body, requestOptions), stop };
}

async function finishEvents(context: CheckContext, commandId: string, run: WorkerRun): Promise<void> {
  if (run.stdout) await context.emit({ type: 'command.output', commandId, stream: 'stdout', text: run.stdout });
  if (run.stderr) await context.emit({ type: 'command.output', commandId, stream: 'stderr', text: run.stderr });
  await context.emit({ type: 'command.exited', commandId, exitCode: run.exitCode, timedOut: run.timedOut, durationMs: run.durationMs });
}

/** Memo of a check's last result on some inputs: the same inputs give the same result, without running anything. */
export interface CheckMemo {
  key: string;
  result: CheckResult;
}

/** Says once per sandbox that the checks fall back to plain commands: never a silent change of how a project is checked. */
async function fallbackNotice(context: CheckContext, error: unknown): Promise<void> {
  const reason = cleanOutput(error instanceof Error ? error.message : String(error), context.sandbox.root, 3);
  await context
    .emit({
      type: 'notice.posted',
      level: 'warn',
      message: `The check worker is not available (${reason}): tsc, ESLint and Vite run as plain commands for this project from now on, which is slower. The checks and their results are the same.`,
    })
    .catch(() => {});
}
