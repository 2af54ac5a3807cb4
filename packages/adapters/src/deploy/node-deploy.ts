import { request as httpRequest, type IncomingMessage, type ServerResponse } from 'node:http';
import { readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { BuildwrightError } from '@buildwright/core';
import type { CheckContext, DeployAdapter, ProjectKind, Sandbox, SandboxAdapter, SandboxServer } from '@buildwright/core';
import { installCheck, type InstallCheckOptions } from '../checks/install-check.js';
import { aliasLabel, deploymentLabel, hostLabel, isLabel } from './deploy-names.js';
import { deployDirectory, nextOrder, type StoredDeployment } from './deploy-directory.js';
import { lazyListener } from './lazy-listener.js';
import { storedDeployments } from './stored-deployments.js';

/** Options of {@link nodeDeploy}. */
export interface NodeDeployOptions {
  /** Where each deployment's server runs: one sandbox per deployment (the generated server is untrusted code). */
  sandbox: SandboxAdapter;
  /** Directory of the deployments' files and records (what a restarted adapter starts again from). */
  dir: string;
  /** Port of the proxy that routes each deployment's host name to its server. Default 4500. */
  port?: number;
  /** Address the proxy binds. Default `127.0.0.1`. */
  host?: string;
  /** Domain of the host names (`<deployment>.<domain>`). Default `localhost`. */
  domain?: string;
  /** Command that starts the server on `$PORT` at `$HOST`. Default `node --import tsx src/server.ts` (the hono-api template's entry). */
  command?: string;
  /** Route that answers 200 while the server is up: checked at start and every `checkIntervalMs`. Default `/health`. */
  healthPath?: string;
  /** How long a server has to answer its health route after a start. Default 30 s. */
  startTimeoutMs?: number;
  /** How often the supervisor checks each server. Default 1 s; two failed checks in a row restart it. */
  checkIntervalMs?: number;
  /** How dependencies are installed in each deployment's sandbox (the install check's options), or false when the files need none. */
  install?: InstallCheckOptions | false;
}

/** The node deploy adapter, with its proxy and supervisor. */
export interface NodeDeployAdapter extends DeployAdapter {
  readonly provider: 'node';
  /** Starts the proxy and the servers of the ready deployments on disk (after a restart). */
  serve(): Promise<{ port: number }>;
  /** How many times the supervisor restarted a deployment's server since this adapter started it. */
  restarts(deploymentId: string): number;
}

const kinds: readonly ProjectKind[] = ['api'];
const serverLog = 'node_modules/.buildwright/deploy-server.log';

interface Supervised {
  sandbox: Sandbox;
  server: SandboxServer | undefined;
  restarts: number;
  stopped: boolean;
  timer: NodeJS.Timeout | undefined;
}

/**
 * Runs `api` projects as supervised processes: each deployment's server runs in a sandbox of its
 * own (with the sandbox's isolation: the generated server is untrusted code), reached through a
 * proxy of the SDK at `http://<name>-v<version>-<id>.localhost:<port>/`, and the project's alias
 * `http://<name>-<hash>.localhost:<port>/` follows the newest deployment. A supervisor checks each
 * server's health route and restarts a server that crashed or stopped answering; `undeploy` stops
 * it. Files and records stay on disk: `serve()` on a new adapter starts the ready deployments again.
 *
 * @example
 * import { localSandbox } from '@buildwright/adapters/local';
 * import { nodeDeploy } from '@buildwright/adapters/deploy';
 *
 * const node = nodeDeploy({ sandbox: localSandbox({ root: '.buildwright/deploy-sandboxes' }), dir: '.buildwright/node-deployments' });
 * const builder = createBuilder({ llm, sandbox, storage, deploy: { node } });
 * const { url } = await builder.deploy(apiProjectId, { target: 'node' });
 */
export function nodeDeploy(options: NodeDeployOptions): NodeDeployAdapter {
  const directory = deployDirectory(options.dir);
  const port = options.port ?? 4500;
  const host = options.host ?? '127.0.0.1';
  const domain = (options.domain ?? 'localhost').toLowerCase();
  const command = options.command ?? 'node --import tsx src/server.ts';
  const healthPath = options.healthPath ?? '/health';
  const startTimeoutMs = options.startTimeoutMs ?? 30_000;
  const checkIntervalMs = options.checkIntervalMs ?? 1_000;
  const urlOf = (label: string) => `http://${label}.${domain}:${port}/`;
  const running = new Map<string, Supervised>();

  const deployments = storedDeployments(directory, urlOf);

  /** Starts the server of a deployment in its sandbox and waits for its health route. */
  async function startServer(id: string, supervised: Supervised, env: Record<string, string>): Promise<void> {
    await supervised.sandbox.writeFile(serverLog, '');
    const server = await supervised.sandbox.startServer({
      command: `exec ${command} >> ${serverLog} 2>&1`,
      env: { ...env, NODE_ENV: 'production', BUILDWRIGHT_DEPLOYMENT: id },
      readyTimeoutMs: startTimeoutMs,
    });
    supervised.server = server;
    if (!(await healthy(server.url, startTimeoutMs))) {
      const log = (await supervised.sandbox.readFile(serverLog).catch(() => undefined)) ?? '';
      throw new BuildwrightError({
        code: 'DEPLOY_FAILED',
        message: `The deployed server did not answer GET ${healthPath} with 200 within ${startTimeoutMs} ms. Its output ends: ${log.split('\n').slice(-10).join('\n').slice(-1_000) || '(none)'}`,
      });
    }
  }

  async function healthy(url: string, withinMs: number): Promise<boolean> {
    const deadline = Date.now() + withinMs;
    for (;;) {
      try {
        const response = await fetch(url + healthPath, { signal: AbortSignal.timeout(2_000) });
        await response.arrayBuffer();
        if (response.status === 200) return true;
      } catch {
        // Not listening yet, or gone.
      }
      if (Date.now() >= deadline) return false;
      await new Promise((done) => setTimeout(done, 200));
    }
  }

  /** Opens the deployment's sandbox, writes its files, installs, starts the server, then watches it. */
  async function launch(record: StoredDeployment, files: Record<string, string>): Promise<void> {
    const sandbox = await options.sandbox.open({ projectId: `deploy-${record.deploymentId}` });
    const supervised: Supervised = { sandbox, server: undefined, restarts: 0, stopped: false, timer: undefined };
    running.set(record.deploymentId, supervised);
    try {
      for (const [path, content] of Object.entries(files)) await sandbox.writeFile(path, content);
      if (options.install !== false) await install(sandbox, record, files);
      await startServer(record.deploymentId, supervised, record.env);
    } catch (error) {
      await stop(record.deploymentId);
      throw BuildwrightError.isInstance(error)
        ? error
        : new BuildwrightError({ code: 'DEPLOY_FAILED', message: `The server of deployment ${record.deploymentId} could not start: ${(error as Error).message}`, cause: error });
    }
    watch(record, supervised);
  }

  async function install(sandbox: Sandbox, record: StoredDeployment, files: Record<string, string>): Promise<void> {
    const context: CheckContext = {
      projectId: record.projectId,
      runId: `deploy-${record.deploymentId}`,
      kind: 'api',
      sandbox,
      files,
      artifactsDir: join(options.dir, 'artifacts'),
      signal: new AbortController().signal,
      run: (line, given = {}) => sandbox.run({ command: line, ...given }),
      emit: async () => {},
      writeFiles: async (written) => {
        for (const [path, content] of Object.entries(written)) await sandbox.writeFile(path, content);
      },
    };
    const result = await installCheck(options.install || {}).run(context);
    if (result.status === 'failed')
      throw new BuildwrightError({ code: 'DEPLOY_BUILD_FAILED', message: `Installing the dependencies of version ${record.versionNumber} failed: ${result.report.slice(0, 2_000)}` });
  }

  /** Checks the server every interval; two failed checks in a row restart it (a crash, a hang). */
  function watch(record: StoredDeployment, supervised: Supervised): void {
    let failures = 0;
    let busy = false;
    supervised.timer = setInterval(() => {
      if (busy || supervised.stopped) return;
      busy = true;
      void (async () => {
        const up = supervised.server !== undefined && (await healthy(supervised.server.url, 0));
        failures = up ? 0 : failures + 1;
        if (failures < 2 || supervised.stopped) return;
        failures = 0;
        supervised.restarts += 1;
        await supervised.server?.stop().catch(() => {});
        supervised.server = undefined;
        if (!supervised.stopped) await startServer(record.deploymentId, supervised, record.env).catch(() => {});
      })().finally(() => {
        busy = false;
      });
    }, checkIntervalMs);
    supervised.timer.unref();
  }

  async function stop(id: string): Promise<void> {
    const supervised = running.get(id);
    if (!supervised) return;
    running.delete(id);
    supervised.stopped = true;
    clearInterval(supervised.timer);
    await supervised.server?.stop().catch(() => {});
    await supervised.sandbox.kill().catch(() => {});
  }

  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const label = hostLabel(request.headers.host, domain);
    let id = label && (await directory.readRecord(label))?.status === 'ready' ? label : undefined;
    if (label && !id) {
      const aliased = await directory.readAlias(label);
      const target = aliased === undefined ? undefined : await directory.readRecord(aliased);
      if (target?.status === 'ready' && target.alias === label) id = target.deploymentId;
    }
    if (!id) {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' }).end('Not found');
      return;
    }
    const upstream = running.get(id)?.server;
    if (!upstream) {
      response.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'retry-after': '1' }).end('The server is restarting');
      return;
    }
    const target = new URL(request.url ?? '/', upstream.url);
    const forwarded = httpRequest(target, { method: request.method, headers: { ...request.headers, host: target.host } }, (answerFromServer) => {
      response.writeHead(answerFromServer.statusCode ?? 502, answerFromServer.headers);
      answerFromServer.pipe(response);
    });
    forwarded.on('error', () => {
      if (!response.headersSent) response.writeHead(502, { 'content-type': 'text/plain; charset=utf-8' });
      response.end('Bad gateway');
    });
    request.pipe(forwarded);
  }

  const listener = lazyListener({
    adapter: 'nodeDeploy',
    host,
    port,
    handle: answer,
    // After a restart: the ready deployments on disk run again.
    async afterListen() {
      for (const record of await directory.listRecords()) {
        if (record.status !== 'ready' || running.has(record.deploymentId)) continue;
        void readBuild(directory.buildPath(record.deploymentId))
          .then((files) => launch(record, files))
          .catch(() => {});
      }
    },
  });
  const serve = () => listener.serve();

  return {
    specificationVersion: 'v1',
    provider: 'node',
    kinds,
    serve,
    restarts: (deploymentId) => running.get(deploymentId)?.restarts ?? 0,
    async deploy(input) {
      if (!kinds.includes(input.kind)) {
        throw new BuildwrightError({
          code: 'DEPLOY_UNSUPPORTED_KIND',
          message: `nodeDeploy runs api projects; this project is "${input.kind}". Deploy web and DApp projects with staticDeploy.`,
          details: { kind: input.kind },
        });
      }
      await serve();
      const deploymentId = deploymentLabel(input.project, input.version.number);
      const record: StoredDeployment = {
        deploymentId,
        target: 'node',
        projectId: input.project.id,
        versionNumber: input.version.number,
        status: 'building',
        url: null,
        aliasUrl: null,
        error: null,
        createdAt: new Date().toISOString(),
        alias: aliasLabel(input.project),
        order: nextOrder(),
        env: input.env ?? {},
      };
      await directory.writeBuild(deploymentId, input.files);
      await directory.saveRecord(record);
      try {
        await launch(record, input.files);
      } catch (error) {
        const failed = BuildwrightError.isInstance(error) ? error : new BuildwrightError({ code: 'DEPLOY_FAILED', message: String(error) });
        await directory.saveRecord({ ...record, status: 'failed', error: { code: failed.code, message: failed.message } });
        throw failed;
      }
      const ready: StoredDeployment = { ...record, status: 'ready', url: urlOf(deploymentId) };
      await directory.saveRecord(ready);
      await directory.pointAlias(ready.alias, deploymentId);
      return deployments.view(ready);
    },
    status: deployments.status,
    async undeploy({ deploymentId }) {
      if (!isLabel(deploymentId)) return;
      const record = await directory.readRecord(deploymentId);
      if (!record) return;
      await directory.saveRecord({ ...record, status: 'stopped' });
      await directory.pointAliasAwayFrom(record);
      await stop(deploymentId);
      await directory.removeBuild(deploymentId);
    },
    list: deployments.list,
    async close() {
      await Promise.allSettled([...running.keys()].map(stop));
      await listener.close();
    },
  };
}

/** The files of a stored build (path → content). */
async function readBuild(root: string): Promise<Record<string, string>> {
  const files: Record<string, string> = {};
  const walk = async (directory: string): Promise<void> => {
    for (const entry of await readdir(directory, { withFileTypes: true })) {
      const path = join(directory, entry.name);
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile()) files[relative(root, path)] = await readFile(path, 'utf8');
    }
  };
  await walk(root);
  return files;
}
