import { BuildwrightError, type DeployAdapter, type DeployInput, type ProjectKind, sleep } from '@buildwright/core';
import type { Vercel } from '@vercel/sdk';
import { importPeer, requirePeers } from '../internal/peer-dependency.js';
import { vercelError, vercelErrorBody, vercelStatus } from './vercel-errors.js';
import { deploymentFiles, type VercelFile } from './vercel-files.js';
import { deploymentRecord, metaKeys, type VercelDeploymentFields } from './vercel-record.js';

const docsPage = 'deploy-vercel.md#errors';

export interface VercelDeployOptions {
  /** A Vercel access token. Default: `VERCEL_TOKEN`, read when first needed. */
  token?: string;
  /** The team that owns the projects (`team_…`). Default: `VERCEL_TEAM_ID`, else the token's personal account. */
  teamId?: string;
  /**
   * The Vercel project each Buildwright project deploys to: one name for all, or a function of
   * the Buildwright project id. Default: `buildwright-<project id>` (lowercased; Vercel creates the
   * project on the first deploy).
   */
  projectName?: string | ((projectId: string) => string);
  /** Vercel's API address. Default `https://api.vercel.com`; tests point it at a local stand-in. */
  baseUrl?: string;
  /** `production` (default: the project's domain moves to each new ready deployment) or `preview`. */
  target?: 'production' | 'preview';
  /** How long a deploy waits for Vercel's build before `VERCEL_TIMEOUT`. Default 15 minutes. */
  timeoutMs?: number;
  /** Time between two status polls. Default 2,000 ms. */
  pollIntervalMs?: number;
  /** Time one HTTP request may take. Default 60,000 ms. */
  requestTimeoutMs?: number;
  /** Files uploaded at once. Default 8. */
  uploadConcurrency?: number;
}

/** Log lines of a failed build that a `DEPLOY_BUILD_FAILED` message carries (all of them are in `details.log`). */
const logLinesInMessage = 20;

/**
 * A deploy adapter that publishes web and DApp versions on Vercel through its REST deployments
 * API (`@vercel/sdk`): the files are sent by SHA-1 — only those Vercel does not already have
 * (it answers `missing_files` with their shas) — a deployment is created (a version's build as
 * is, or its sources built with Vercel's Vite preset), then polled until it is ready or failed.
 * Errors are coded: `VERCEL_AUTH`, `VERCEL_QUOTA`, `VERCEL_TIMEOUT`, `VERCEL_UNAVAILABLE`,
 * `VERCEL_REQUEST_FAILED`, `DEPLOY_BUILD_FAILED` (with the build log), `DEPLOY_UNSUPPORTED_KIND`.
 * Creating it does no I/O. See docs/deploy-vercel.md.
 *
 * @example
 * import { vercelDeploy } from '@buildwright/adapters/vercel';
 *
 * const deploy = vercelDeploy({ token: process.env.VERCEL_TOKEN });
 * const deployment = await deploy.deploy({ project, version, files, kind: 'web', build });
 * console.log(deployment.url, deployment.aliasUrl);
 */
export function vercelDeploy(options: VercelDeployOptions = {}): DeployAdapter {
  requirePeers('vercelDeploy', ['@vercel/sdk']);
  const kinds: readonly ProjectKind[] = ['web', 'dapp'];
  const target = options.target ?? 'production';
  const timeoutMs = options.timeoutMs ?? 15 * 60_000;
  const pollIntervalMs = options.pollIntervalMs ?? 2_000;
  const requestTimeoutMs = options.requestTimeoutMs ?? 60_000;
  const uploadConcurrency = Math.max(1, options.uploadConcurrency ?? 8);
  let client: Promise<Vercel> | undefined;

  function vercel(): Promise<Vercel> {
    client ??= (async () => {
      const token = options.token ?? process.env.VERCEL_TOKEN;
      if (!token) {
        throw new BuildwrightError({ code: 'VERCEL_AUTH', docsPage, message: 'vercelDeploy needs a Vercel token: set VERCEL_TOKEN or pass the token option.' });
      }
      const { Vercel } = await importPeer('vercelDeploy', '@vercel/sdk', () => import('@vercel/sdk'));
      return new Vercel({ bearerToken: token, serverURL: options.baseUrl ?? 'https://api.vercel.com', retryConfig: { strategy: 'none' } });
    })();
    client.catch(() => {
      client = undefined;
    });
    return client;
  }

  const teamId = (): { teamId?: string } => {
    const team = options.teamId ?? process.env.VERCEL_TEAM_ID;
    return team ? { teamId: team } : {};
  };

  const projectName = (projectId: string): string => {
    if (typeof options.projectName === 'string') return options.projectName;
    if (options.projectName) return options.projectName(projectId);
    const slug = projectId
      .toLowerCase()
      .replace(/[^a-z0-9._-]+/g, '-')
      .replace(/-{2,}/g, '-');
    return `buildwright-${slug}`.slice(0, 100).replace(/-+$/, '');
  };

  /** One SDK call: the caller's cancel is RUN_CANCELLED, anything else a coded Vercel error. */
  async function call<T>(action: string, signal: AbortSignal | undefined, run: (sdk: Vercel, request: { timeoutMs?: number; signal?: AbortSignal }) => Promise<T>): Promise<T> {
    const sdk = await vercel();
    const request = signal ? { signal: AbortSignal.any([signal, AbortSignal.timeout(requestTimeoutMs)]) } : { timeoutMs: requestTimeoutMs };
    try {
      return await run(sdk, request);
    } catch (error) {
      if (signal?.aborted) throw cancelled(signal, error);
      throw vercelError(error, action);
    }
  }

  async function upload(files: readonly VercelFile[], signal: AbortSignal | undefined): Promise<void> {
    const queue = [...files];
    const worker = async (): Promise<void> => {
      for (let file = queue.shift(); file; file = queue.shift()) {
        const { sha, size, data } = file;
        await call(`upload ${file.file}`, signal, (sdk, request) => sdk.deployments.uploadFile({ ...teamId(), contentLength: size, xVercelDigest: sha, requestBody: data }, request));
      }
    };
    await Promise.all(Array.from({ length: Math.min(uploadConcurrency, queue.length) }, worker));
  }

  /** Creates the deployment, sending first only the files Vercel says it is missing (by sha). */
  async function create(input: DeployInput): Promise<string> {
    const { files, projectSettings } = deploymentFiles(input);
    const name = projectName(input.project.id);
    const body = {
      name,
      project: name,
      // A preview is a deployment without a target (Vercel's `target` names production, staging or a custom environment).
      ...(target === 'production' ? { target } : {}),
      files: files.map(({ file, sha, size }) => ({ file, sha, size })),
      projectSettings,
      meta: { [metaKeys.projectId]: input.project.id, [metaKeys.version]: String(input.version.number), buildwrightKind: input.kind },
    };
    for (let attempt = 1; ; attempt += 1) {
      try {
        const created = await call('create the deployment', input.signal, (sdk, request) =>
          sdk.deployments.createDeployment({ ...teamId(), skipAutoDetectionConfirmation: '1', requestBody: body as Parameters<Vercel['deployments']['createDeployment']>[0]['requestBody'] }, request),
        );
        return created.id;
      } catch (error) {
        const missing = vercelStatus((error as { cause?: unknown }).cause) === 400 ? vercelErrorBody((error as { cause?: unknown }).cause) : undefined;
        if (missing?.code !== 'missing_files' || !Array.isArray(missing.missing) || attempt > 2) throw error;
        const wanted = new Set(missing.missing.filter((sha): sha is string => typeof sha === 'string'));
        const unique = new Map(files.filter((file) => wanted.has(file.sha)).map((file) => [file.sha, file]));
        if (unique.size === 0) throw error;
        await upload([...unique.values()], input.signal);
      }
    }
  }

  async function fetchDeployment(idOrUrl: string, signal?: AbortSignal): Promise<VercelDeploymentFields | undefined> {
    try {
      return (await call(`read deployment ${idOrUrl}`, signal, (sdk, request) => sdk.deployments.getDeployment({ ...teamId(), idOrUrl }, request))) as VercelDeploymentFields;
    } catch (error) {
      if (BuildwrightError.isInstance(error) && error.details.status === 404) return undefined;
      throw error;
    }
  }

  /** The build log's lines (stdout, stderr, commands), oldest first; empty when Vercel has none or refuses. */
  async function buildLog(deploymentId: string): Promise<string[]> {
    try {
      const events = await call('read the build log', undefined, (sdk, request) =>
        sdk.deployments.getDeploymentEvents({ ...teamId(), idOrUrl: deploymentId, builds: 1, direction: 'forward' }, request),
      );
      if (!Array.isArray(events)) return [];
      return events.flatMap((event) => {
        const text = (event as { payload?: { text?: unknown } } | null)?.payload?.text;
        return typeof text === 'string' ? text.split('\n').filter((line) => line.length > 0) : [];
      });
    } catch {
      return [];
    }
  }

  async function waitUntilDone(deploymentId: string, signal: AbortSignal | undefined): Promise<VercelDeploymentFields> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      let deployment: VercelDeploymentFields | undefined;
      try {
        deployment = await fetchDeployment(deploymentId, signal);
      } catch (error) {
        // Cancelled during a poll: the error names the deployment, as when cancelled between polls.
        if (signal?.aborted) throw cancelled(signal, error, deploymentId);
        throw error;
      }
      if (!deployment) {
        throw new BuildwrightError({
          code: 'VERCEL_REQUEST_FAILED',
          docsPage,
          message: `Vercel lost deployment ${deploymentId} while it was building (it was deleted?). Deploy again.`,
          details: { deploymentId },
        });
      }
      if (deployment.readyState === 'READY' || deployment.readyState === 'ERROR' || deployment.readyState === 'CANCELED') return deployment;
      if (Date.now() + pollIntervalMs > deadline) {
        throw new BuildwrightError({
          code: 'VERCEL_TIMEOUT',
          docsPage,
          message: `Vercel deployment ${deploymentId} was still ${deployment.readyState ?? 'building'} after ${Math.round(timeoutMs / 1000)} s. It may still become ready: ask status({ deploymentId }) later, or raise timeoutMs.`,
          retryable: true,
          details: { deploymentId, readyState: deployment.readyState ?? null },
        });
      }
      try {
        await sleep(pollIntervalMs, signal);
      } catch (error) {
        throw cancelled(signal, error, deploymentId);
      }
    }
  }

  const adapter: DeployAdapter = {
    specificationVersion: 'v1',
    provider: 'vercel',
    kinds,

    async deploy(input) {
      if (!kinds.includes(input.kind)) {
        throw new BuildwrightError({
          code: 'DEPLOY_UNSUPPORTED_KIND',
          docsPage,
          message: `vercelDeploy publishes ${kinds.join(' and ')} projects, not ${input.kind}: deploy an API project with nodeDeploy.`,
          details: { kind: input.kind, kinds },
        });
      }
      const deploymentId = await create(input);
      const done = await waitUntilDone(deploymentId, input.signal);
      const record = deploymentRecord(done);
      if (done.readyState === 'READY' && record) return record;
      const log = await buildLog(deploymentId);
      const reason = done.errorMessage ?? (done.readyState === 'CANCELED' ? 'the deployment was canceled' : 'the build failed');
      const tail = log.slice(-logLinesInMessage);
      throw new BuildwrightError({
        code: 'DEPLOY_BUILD_FAILED',
        docsPage,
        message: `Vercel could not build version ${input.version.number} of ${input.project.name} (${done.errorCode ? `${done.errorCode}: ` : ''}${reason}). Fix the build and deploy again.${tail.length > 0 ? `\nLast build log lines:\n${tail.join('\n')}` : ''}`,
        details: { deploymentId, readyState: done.readyState ?? null, errorCode: done.errorCode ?? null, log },
      });
    },

    async status({ deploymentId }) {
      const deployment = await fetchDeployment(deploymentId);
      return deployment && deploymentRecord(deployment);
    },

    async undeploy({ deploymentId }) {
      try {
        await call(`delete deployment ${deploymentId}`, undefined, (sdk, request) => sdk.deployments.deleteDeployment({ ...teamId(), id: deploymentId }, request));
      } catch (error) {
        if (BuildwrightError.isInstance(error) && error.details.status === 404) return;
        throw error;
      }
    },

    async list({ projectId }) {
      let listed: VercelDeploymentFields[];
      try {
        const page = await call('list deployments', undefined, (sdk, request) => sdk.deployments.getDeployments({ ...teamId(), projectId: projectName(projectId), limit: 100 }, request));
        listed = page.deployments as VercelDeploymentFields[];
      } catch (error) {
        if (BuildwrightError.isInstance(error) && error.details.status === 404) return [];
        throw error;
      }
      const records = listed
        .filter((deployment) => deployment.meta?.[metaKeys.projectId] === projectId)
        .sort((left, right) => right.createdAt - left.createdAt)
        .flatMap((deployment) => deploymentRecord(deployment) ?? []);
      // The list does not carry aliases: the newest ready deployment is read in full for its alias.
      const newestReady = records.find((record) => record.status === 'ready');
      if (newestReady && target === 'production') {
        const full = await adapter.status({ deploymentId: newestReady.deploymentId });
        if (full) newestReady.aliasUrl = full.aliasUrl;
      }
      return records;
    },

    async close() {},
  };
  return adapter;
}

function cancelled(signal: AbortSignal | undefined, cause: unknown, deploymentId?: string): BuildwrightError {
  if (BuildwrightError.isInstance(signal?.reason)) return signal.reason;
  return new BuildwrightError({
    code: 'RUN_CANCELLED',
    message: `The Vercel deploy was cancelled${deploymentId ? `; deployment ${deploymentId} may still finish on Vercel (undeploy it to remove it)` : ''}.`,
    cause,
    details: deploymentId ? { deploymentId } : {},
  });
}
