import { randomUUID } from 'node:crypto';
import type { CheckContext, Sandbox } from '@buildwright/core';
import { installCheck } from '../install-check.js';
import type { InstallCheckOptions } from '../install-check.js';
import { postToWorker } from '../worker/check-worker.js';
import { files as workerScripts } from '../worker/scripts.generated.js';

/** Where the service's scripts are written in its neutral sandbox (node_modules, next to what it checks against). */
const serviceDirectory = 'node_modules/.buildwright/typecheck-service';
const serviceScripts = ['typecheck-service.mjs', 'tsc-report.mjs', 'worker-route.mjs'];

/** What `tsc --noEmit --pretty false` printed and exited with, paths as the project's sandbox names them. */
export interface TypeCheckAnswer {
  exitCode: number;
  output: string;
}

/**
 * A shared type-check service running in a neutral sandbox (see scripts/typecheck-service.mjs):
 * TypeScript and the parsed dependency types stay loaded; each request carries one project's files.
 */
export interface TypeCheckService {
  /** The neutral sandbox's root: the service reports paths under it, the caller maps them to the project's. */
  readonly root: string;
  request(project: string, files: Record<string, string>, options: { timeoutMs: number; signal: AbortSignal }): Promise<TypeCheckAnswer>;
  /** Stops the service and kills its neutral sandbox. */
  stop(): Promise<void>;
}

export interface StartTypeCheckServiceOptions {
  /** Opens the neutral sandbox (`CheckContext.openNeutralSandbox`). */
  openNeutralSandbox: NonNullable<CheckContext['openNeutralSandbox']>;
  /** The neutral sandbox's name (from the dependency set's key). */
  name: string;
  /** package.json and the lockfile when there is one: the only files the neutral sandbox gets. */
  manifest: Record<string, string>;
  /** The service exits after this long without requests (the pool stops it first). */
  idleMs: number;
  /** Projects whose incremental builder the service keeps. */
  maxProjects: number;
  install: Pick<InstallCheckOptions, 'cacheDirectory' | 'timeoutMs' | 'ignoreScripts'>;
  signal: AbortSignal;
}

/**
 * Opens the neutral sandbox, installs the dependency set there as the install check does (from the
 * shared dependency cache when it has the set), and starts the service. Throws when any step fails:
 * the caller falls back to the project's own check worker.
 */
export async function startTypeCheckService(options: StartTypeCheckServiceOptions): Promise<TypeCheckService> {
  const sandbox = await options.openNeutralSandbox({ name: options.name, signal: options.signal });
  try {
    for (const [path, content] of Object.entries(options.manifest)) await sandbox.writeFile(path, content);
    const installed = await installCheck(options.install).run(neutralContext(sandbox, options.manifest, options.signal));
    if (installed.status !== 'passed') throw new Error(`installing the dependencies failed: ${installed.status === 'failed' ? installed.report : installed.reason}`);
    if ((await sandbox.readFile('node_modules/typescript/package.json')) === undefined) throw new Error('the dependencies do not include typescript');
    for (const name of serviceScripts) await sandbox.writeFile(`${serviceDirectory}/${name}`, workerScripts[name]!);
    const token = randomUUID();
    const server = await sandbox.startServer({
      command: `node ${serviceDirectory}/typecheck-service.mjs`,
      env: { BUILDWRIGHT_WORKER_TOKEN: token, BUILDWRIGHT_WORKER_IDLE_MS: String(options.idleMs), BUILDWRIGHT_TS_MAX_PROJECTS: String(options.maxProjects) },
      readyTimeoutMs: 30_000,
      signal: options.signal,
    });
    return {
      root: sandbox.root,
      request: (project, files, requestOptions) => postToWorker<TypeCheckAnswer>({ url: server.url, token }, 'typecheck', { project, files }, requestOptions),
      async stop() {
        await server.stop().catch(() => {});
        await sandbox.kill().catch(() => {});
      },
    };
  } catch (error) {
    await sandbox.kill().catch(() => {});
    throw error;
  }
}

/** The context the install check gets in the neutral sandbox: its manifest only, commands without events, nothing emitted. */
function neutralContext(sandbox: Sandbox, manifest: Record<string, string>, signal: AbortSignal): CheckContext {
  return {
    projectId: sandbox.id,
    runId: 'shared-typecheck',
    kind: 'web',
    sandbox,
    files: manifest,
    artifactsDir: '',
    signal,
    run: (command, commandOptions = {}) => sandbox.run({ command, signal, ...commandOptions }),
    emit: async () => {},
    writeFiles: async () => {
      throw new Error('the neutral sandbox holds no project files');
    },
  };
}
