import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { BuildwrightError } from '@buildwright/core';
import type { DeployAdapter, DeployInput, ProjectKind } from '@buildwright/core';
import { aliasLabel, deploymentLabel, hostLabel, isLabel } from './deploy-names.js';
import { deployDirectory, nextOrder, type StoredDeployment } from './deploy-directory.js';
import { lazyListener } from './lazy-listener.js';
import { storedDeployments } from './stored-deployments.js';
import { contentTypes, staticHeaders } from './static-headers.js';

/** Options of {@link staticDeploy}. */
export interface StaticDeployOptions {
  /** Directory of the immutable builds, their records and the aliases; what survives a restart. */
  dir: string;
  /** Port the server listens on. Default 4400. Keep it fixed: deployment URLs name it. */
  port?: number;
  /** Address the server binds. Default `127.0.0.1`. */
  host?: string;
  /**
   * Domain under which each deployment gets its own host name (`<deployment>.<domain>`), so each has
   * its own origin. Default `localhost` (browsers resolve `*.localhost` to this machine); behind a
   * reverse proxy with a wildcard name, e.g. `apps.example.com`.
   */
  domain?: string;
  /** URL scheme and port the deployment URLs carry, when a proxy in front differs. Default `http:` and `port`. */
  publicUrl?: { protocol?: 'http:' | 'https:'; port?: number | null };
}

/** The static deploy adapter, with the server it runs. */
export interface StaticDeployAdapter extends DeployAdapter {
  readonly provider: 'static';
  /** Starts the server (once) without deploying anything: call it when a process starts, to serve what is on disk. */
  serve(): Promise<{ port: number }>;
}

const kinds: readonly ProjectKind[] = ['web', 'dapp'];

/**
 * Publishes built web and DApp versions from a directory of immutable builds, served by an HTTP
 * server of the SDK. Each deployment has its own URL and origin, `http://<name>-v<version>-<id>.localhost:<port>/`,
 * so one app cannot read another's storage or cookies; the project's stable alias,
 * `http://<name>-<hash>.localhost:<port>/`, moves to the newest deployment by an atomic rename.
 * Records and builds live on disk, so a new adapter on the same `dir` serves them after a restart.
 * Undeploying removes the build: its URL answers 404, and the alias moves back to the newest
 * deployment left. The build itself is made by the caller (`builder.deploy` builds in the sandbox).
 *
 * @example
 * import { createBuilder } from '@buildwright/core';
 * import { staticDeploy } from '@buildwright/adapters/deploy';
 *
 * const builder = createBuilder({ llm, sandbox, storage, deploy: { static: staticDeploy({ dir: '.buildwright/deployments', port: 4400 }) } });
 * const deployment = await builder.deploy(projectId);
 * console.log(deployment.url, deployment.aliasUrl);
 */
export function staticDeploy(options: StaticDeployOptions): StaticDeployAdapter {
  const directory = deployDirectory(options.dir);
  const port = options.port ?? 4400;
  const host = options.host ?? '127.0.0.1';
  const domain = (options.domain ?? 'localhost').toLowerCase();
  const protocol = options.publicUrl?.protocol ?? 'http:';
  const publicPort = options.publicUrl?.port === undefined ? port : options.publicUrl.port;
  const urlOf = (label: string) => `${protocol}//${label}.${domain}${publicPort === null ? '' : `:${publicPort}`}/`;

  const deployments = storedDeployments(directory, urlOf);

  const listener = lazyListener({ adapter: 'staticDeploy', host, port, handle: answer });
  const serve = () => listener.serve();

  /** The build directory a Host names: a ready deployment's own, or the one its alias points at. */
  const rootOf = async (hostHeader: string | undefined): Promise<{ root: string; immutable: boolean } | undefined> => {
    const label = hostLabel(hostHeader, domain);
    if (label === undefined) return undefined;
    const own = await directory.readRecord(label);
    if (own) return own.status === 'ready' ? { root: directory.buildPath(label), immutable: true } : undefined;
    const aliased = await directory.readAlias(label);
    const target = aliased === undefined ? undefined : await directory.readRecord(aliased);
    return target?.status === 'ready' && target.alias === label ? { root: directory.buildPath(target.deploymentId), immutable: false } : undefined;
  };

  async function answer(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const notFound = (): void => {
      response.writeHead(404, { ...staticHeaders('text/plain; charset=utf-8', false), 'cache-control': 'no-store' }).end('Not found');
    };
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { allow: 'GET, HEAD', 'content-type': 'text/plain' }).end('Method not allowed');
      return;
    }
    const found = await rootOf(request.headers.host);
    if (!found) return notFound();
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://deployment').pathname);
    } catch {
      response.writeHead(400, { 'content-type': 'text/plain' }).end('Bad request');
      return;
    }
    const root = resolve(found.root);
    const file = resolve(join(root, pathname));
    if (file !== root && !file.startsWith(root + sep)) return notFound();
    const send = async (path: string): Promise<void> => {
      const body = await readFile(path);
      const type = contentTypes[extname(path)] ?? 'application/octet-stream';
      response.writeHead(200, staticHeaders(type, found.immutable && !type.startsWith('text/html')));
      response.end(request.method === 'HEAD' ? undefined : body);
    };
    const isFile = await stat(file).then(
      (entry) => entry.isFile(),
      () => false,
    );
    if (isFile) return send(file);
    // Client-side routes: an extension-less path that is no file gets the app's index.html.
    if (extname(pathname) === '' && (await stat(join(root, 'index.html')).catch(() => undefined))) return send(join(root, 'index.html'));
    return notFound();
  }

  return {
    specificationVersion: 'v1',
    provider: 'static',
    kinds,
    serve,
    async deploy(input) {
      if (!kinds.includes(input.kind)) {
        throw new BuildwrightError({
          code: 'DEPLOY_UNSUPPORTED_KIND',
          message: `staticDeploy serves built web and DApp apps; this project is "${input.kind}". Deploy an api project with nodeDeploy.`,
          details: { kind: input.kind },
        });
      }
      input.signal?.throwIfAborted();
      const files = servedFiles(input);
      await serve();
      const deploymentId = deploymentLabel(input.project, input.version.number);
      const alias = aliasLabel(input.project);
      const env = input.env ?? {};
      // What the deployed app was built with, readable by the app and by people: `/.well-known/buildwright.json`.
      const manifest = JSON.stringify({ projectId: input.project.id, version: input.version.number, env }, null, 2);
      await directory.writeBuild(deploymentId, { ...files, '.well-known/buildwright.json': manifest });
      const record: StoredDeployment = {
        deploymentId,
        target: 'static',
        projectId: input.project.id,
        versionNumber: input.version.number,
        status: 'ready',
        url: urlOf(deploymentId),
        aliasUrl: null,
        error: null,
        createdAt: new Date().toISOString(),
        alias,
        order: nextOrder(),
        env,
      };
      await directory.saveRecord(record);
      await directory.pointAlias(alias, deploymentId);
      return deployments.view(record);
    },
    status: deployments.status,
    async undeploy({ deploymentId }) {
      if (!isLabel(deploymentId)) return;
      const record = await directory.readRecord(deploymentId);
      if (!record) return;
      if (record.status !== 'stopped') await directory.saveRecord({ ...record, status: 'stopped' });
      await directory.pointAliasAwayFrom(record);
      await directory.removeBuild(deploymentId);
    },
    list: deployments.list,
    async close() {
      await listener.close();
    },
  };
}

/** The files to serve: the build (paths relative to its output directory), or sources that are a site as they are. */
function servedFiles(input: DeployInput): Record<string, string | Uint8Array> {
  if (input.build) {
    const prefix = `${input.build.outputDir.replace(/^\.\/|\/+$/g, '')}/`;
    const paths = Object.keys(input.build.files);
    const prefixed = prefix !== '/' && paths.length > 0 && paths.every((path) => path.startsWith(prefix));
    const files = prefixed ? Object.fromEntries(Object.entries(input.build.files).map(([path, content]) => [path.slice(prefix.length), content])) : input.build.files;
    if (!('index.html' in files)) {
      throw new BuildwrightError({
        code: 'DEPLOY_BUILD_FAILED',
        message: `The build of version ${input.version.number} has no index.html in ${input.build.outputDir}; nothing was deployed. Check the app's build configuration.`,
      });
    }
    return files;
  }
  if ('index.html' in input.files && !('package.json' in input.files)) return input.files;
  throw new BuildwrightError({
    code: 'DEPLOY_BUILD_FAILED',
    message: `staticDeploy serves built apps: version ${input.version.number} needs a build (builder.deploy builds it in the sandbox; called directly, pass build: { files, outputDir }).`,
  });
}
