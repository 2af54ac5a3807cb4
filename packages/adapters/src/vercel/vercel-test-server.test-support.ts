import { createHash, randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the stand-in received, for assertions. */
export interface VercelRecordedRequest {
  method: string;
  /** Path without the query string, e.g. `/v13/deployments`. */
  path: string;
  query: URLSearchParams;
  headers: Record<string, string | string[] | undefined>;
  /** Raw body bytes (file uploads) — JSON bodies are also parsed into `json`. */
  body: Buffer;
  json: unknown;
}

/** What the stand-in's "build" of a deployment gives: the log lines, and an error to end in ERROR. */
export interface VercelBuildOutcome {
  log?: string[];
  error?: { code: string; message: string };
}

/** A response to give instead of the real one, once, to the next request that matches. */
export interface VercelFault {
  method?: string;
  /** A path prefix, e.g. `/v13/deployments`. Default: any path. */
  path?: string;
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

export interface VercelTestServerOptions {
  /** The token requests must carry as `Authorization: Bearer <token>`; anything else is a 403. */
  token: string;
  /** When set, every request must carry `?teamId=<teamId>` (as Vercel scopes team resources). */
  teamId?: string;
  /** How many `GET /v13/deployments/:id` a deployment answers in a building state before its outcome. Default 2. */
  buildPolls?: number;
  /** Decides a deployment's build from its files (path → UTF-8 content). Default: succeeds. */
  build?: (input: { name: string; files: Record<string, string>; projectSettings: Record<string, unknown> }) => VercelBuildOutcome;
}

interface StoredDeployment {
  id: string;
  name: string;
  projectId: string;
  url: string;
  createdAt: number;
  meta: Record<string, string>;
  target: string | null;
  projectSettings: Record<string, unknown>;
  files: Record<string, string>;
  polls: number;
  readyState: 'QUEUED' | 'BUILDING' | 'READY' | 'ERROR' | 'CANCELED';
  outcome: VercelBuildOutcome;
  alias: string[];
  deleted: boolean;
}

/** A running stand-in of Vercel's REST API on 127.0.0.1. */
export interface VercelTestServer {
  /** `http://127.0.0.1:<port>`, for the adapter's `baseUrl`. */
  readonly baseUrl: string;
  readonly requests: VercelRecordedRequest[];
  /** sha → content of every uploaded file. */
  readonly files: Map<string, Buffer>;
  /** Queues a fault for the next request that matches it. */
  fail(fault: VercelFault): void;
  /** The deployment as stored (undefined once unknown). */
  deployment(id: string): { readyState: string; files: Record<string, string>; meta: Record<string, string>; projectSettings: Record<string, unknown>; deleted: boolean } | undefined;
  close(): Promise<void>;
}

const projectNamePattern = /^(?!.*---)[a-z0-9._-]{1,100}$/;

/**
 * Starts a stand-in of the parts of Vercel's REST API that `vercelDeploy` calls, speaking its wire
 * format over real HTTP and checking what Vercel checks: the Bearer token (403 `forbidden` with
 * `invalidToken`), the team scope, `x-vercel-digest` against the SHA-1 of the uploaded body and its
 * `Content-Length`, a deployment whose files' shas were not uploaded (400 `missing_files` listing
 * them), project names; deployments move QUEUED → BUILDING → READY / ERROR as they are polled,
 * with build logs at `/v3/deployments/:id/events`, and can be listed and deleted. Test use only.
 */
export async function startVercelTestServer(options: VercelTestServerOptions): Promise<VercelTestServer> {
  const requests: VercelRecordedRequest[] = [];
  const files = new Map<string, Buffer>();
  const deployments = new Map<string, StoredDeployment>();
  const projects = new Map<string, string>();
  const faults: VercelFault[] = [];
  const buildPolls = options.buildPolls ?? 2;
  const ownerId = options.teamId ?? 'user_standin';

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      try {
        handle(request, response, Buffer.concat(chunks));
      } catch (error) {
        send(response, 500, { error: { code: 'internal_server_error', message: error instanceof Error ? error.message : String(error) } });
      }
    });
  });

  function handle(request: IncomingMessage, response: ServerResponse, body: Buffer) {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = request.method ?? 'GET';
    const contentType = String(request.headers['content-type'] ?? '');
    let json: unknown;
    if (contentType.includes('application/json') && body.length > 0) {
      try {
        json = JSON.parse(body.toString('utf8'));
      } catch {
        return send(response, 400, { error: { code: 'bad_request', message: 'Invalid JSON body.' } });
      }
    }
    requests.push({ method, path: url.pathname, query: url.searchParams, headers: request.headers, body, json });

    const faultIndex = faults.findIndex((fault) => (fault.method === undefined || fault.method === method) && (fault.path === undefined || url.pathname.startsWith(fault.path)));
    if (faultIndex >= 0) {
      const [fault] = faults.splice(faultIndex, 1) as [VercelFault];
      return send(response, fault.status, fault.body, fault.headers);
    }

    if (request.headers.authorization !== `Bearer ${options.token}`) {
      return send(response, 403, { error: { code: 'forbidden', message: 'Not authorized', invalidToken: true } });
    }
    if (options.teamId !== undefined && url.searchParams.get('teamId') !== options.teamId) {
      return send(response, 403, { error: { code: 'forbidden', message: 'You do not have access to this resource: the team scope is missing or wrong.' } });
    }

    if (method === 'POST' && url.pathname === '/v2/files') return uploadFile(request, response, body);
    if (method === 'POST' && url.pathname === '/v13/deployments') return createDeployment(response, json);
    if (method === 'GET' && url.pathname === '/v7/deployments') return listDeployments(response, url.searchParams);
    const events = /^\/v3\/deployments\/([^/]+)\/events$/.exec(url.pathname);
    if (method === 'GET' && events) return deploymentEvents(response, decodeURIComponent(events[1] ?? ''));
    const one = /^\/v13\/deployments\/([^/]+)$/.exec(url.pathname);
    if (one && method === 'GET') return getDeployment(response, decodeURIComponent(one[1] ?? ''));
    if (one && method === 'DELETE') return deleteDeployment(response, decodeURIComponent(one[1] ?? ''));
    send(response, 404, { error: { code: 'not_found', message: 'The requested path was not found.' } });
  }

  function uploadFile(request: IncomingMessage, response: ServerResponse, body: Buffer) {
    const digest = request.headers['x-vercel-digest'] ?? request.headers['x-now-digest'];
    if (typeof digest !== 'string' || !/^[0-9a-f]{40}$/.test(digest)) {
      return send(response, 400, { error: { code: 'missing_digest', message: 'The `x-vercel-digest` header must be the SHA-1 of the file (40 hex characters).' } });
    }
    const length = Number(request.headers['content-length']);
    if (!Number.isFinite(length) || length !== body.length) {
      return send(response, 400, { error: { code: 'invalid_content_length', message: 'The `Content-Length` header does not match the body.' } });
    }
    const actual = createHash('sha1').update(body).digest('hex');
    if (actual !== digest) {
      return send(response, 400, { error: { code: 'incorrect_file_digest', message: `The file's SHA-1 is ${actual}, not ${digest}.` } });
    }
    files.set(digest, body);
    send(response, 200, {});
  }

  function createDeployment(response: ServerResponse, json: unknown) {
    const input = (json ?? {}) as { name?: unknown; project?: unknown; files?: unknown; meta?: unknown; target?: unknown; projectSettings?: unknown };
    const name = typeof input.project === 'string' ? input.project : input.name;
    if (typeof name !== 'string' || !projectNamePattern.test(name)) {
      return send(response, 400, {
        error: { code: 'bad_request', message: 'Invalid request: `name` should be a project name: lowercase letters, digits, ".", "_", "-" (no "---"), up to 100 characters.' },
      });
    }
    if (!Array.isArray(input.files) || input.files.length === 0) {
      return send(response, 400, { error: { code: 'missing_files', message: 'Missing files', missing: [] } });
    }
    const missing: string[] = [];
    const contents: Record<string, string> = {};
    for (const entry of input.files as Array<{ file?: unknown; sha?: unknown; size?: unknown; data?: unknown }>) {
      if (typeof entry.file !== 'string' || entry.file.startsWith('/') || entry.file.split('/').includes('..')) {
        return send(response, 400, { error: { code: 'bad_request', message: `Invalid request: file name ${JSON.stringify(entry.file)} is not a relative path.` } });
      }
      if (typeof entry.sha !== 'string') {
        return send(response, 400, { error: { code: 'bad_request', message: `Invalid request: \`files\` entry ${entry.file} needs \`sha\` and \`size\`.` } });
      }
      const stored = files.get(entry.sha);
      if (!stored) {
        if (!missing.includes(entry.sha)) missing.push(entry.sha);
        continue;
      }
      if (entry.size !== stored.length) {
        return send(response, 400, { error: { code: 'bad_request', message: `Invalid request: the size of ${entry.file} is ${stored.length}, not ${String(entry.size)}.` } });
      }
      contents[entry.file] = stored.toString('utf8');
    }
    if (missing.length > 0) return send(response, 400, { error: { code: 'missing_files', message: 'Missing files', missing } });

    let projectId = projects.get(name);
    if (!projectId) {
      projectId = `prj_${token(24)}`;
      projects.set(name, projectId);
    }
    const projectSettings = (input.projectSettings ?? {}) as Record<string, unknown>;
    if (input.target !== undefined && input.target !== 'production' && input.target !== 'staging') {
      return send(response, 400, {
        error: { code: 'bad_request', message: `Invalid request: \`target\` should be "production", "staging" or a custom environment, not ${JSON.stringify(input.target)}.` },
      });
    }
    const target = typeof input.target === 'string' ? input.target : null;
    const deployment: StoredDeployment = {
      id: `dpl_${token(24)}`,
      name,
      projectId,
      url: `${name}-${token(9).toLowerCase()}-standin.vercel.app`,
      createdAt: Date.now(),
      meta: (input.meta ?? {}) as Record<string, string>,
      target,
      projectSettings,
      files: contents,
      polls: 0,
      readyState: 'QUEUED',
      outcome: options.build?.({ name, files: contents, projectSettings }) ?? { log: ['Running build in Washington, D.C., USA (East) – iad1', 'Build Completed in /vercel/output [1s]'] },
      alias: [],
      deleted: false,
    };
    deployments.set(deployment.id, deployment);
    send(response, 200, deploymentJson(deployment));
  }

  function find(idOrUrl: string): StoredDeployment | undefined {
    const host = idOrUrl.replace(/^https?:\/\//, '');
    const deployment = deployments.get(idOrUrl) ?? [...deployments.values()].find((candidate) => candidate.url === host);
    return deployment && !deployment.deleted ? deployment : undefined;
  }

  function getDeployment(response: ServerResponse, idOrUrl: string) {
    const deployment = find(idOrUrl);
    if (!deployment) return send(response, 404, { error: { code: 'not_found', message: 'The deployment could not be found.' } });
    if (deployment.readyState === 'QUEUED' || deployment.readyState === 'BUILDING') {
      deployment.polls += 1;
      if (deployment.polls < buildPolls) deployment.readyState = 'BUILDING';
      else if (deployment.outcome.error) deployment.readyState = 'ERROR';
      else {
        deployment.readyState = 'READY';
        if (deployment.target === 'production') {
          const alias = `${deployment.name}.vercel.app`;
          for (const other of deployments.values()) other.alias = other.alias.filter((name) => name !== alias);
          deployment.alias = [alias];
        }
      }
    }
    send(response, 200, deploymentJson(deployment));
  }

  function deploymentEvents(response: ServerResponse, idOrUrl: string) {
    const deployment = find(idOrUrl);
    if (!deployment) return send(response, 404, { error: { code: 'not_found', message: 'The deployment could not be found.' } });
    const lines = [...(deployment.outcome.log ?? [])];
    const events = lines.map((text, index) => {
      const created = deployment.createdAt + index;
      const type = deployment.outcome.error && index === lines.length - 1 ? 'stderr' : 'stdout';
      return { type, created, payload: { deploymentId: deployment.id, id: `evt_${index}`, date: created, created, serial: `${created}-${index}`, text } };
    });
    send(response, 200, events);
  }

  function deleteDeployment(response: ServerResponse, id: string) {
    const deployment = find(id);
    if (!deployment) return send(response, 404, { error: { code: 'not_found', message: 'The deployment could not be found.' } });
    deployment.deleted = true;
    send(response, 200, { uid: deployment.id, state: 'DELETED' });
  }

  function listDeployments(response: ServerResponse, query: URLSearchParams) {
    const projectId = query.get('projectId');
    const limit = Number(query.get('limit') ?? 20);
    const matching = [...deployments.values()]
      .filter((deployment) => !deployment.deleted && (projectId === null || deployment.projectId === projectId || deployment.name === projectId))
      .sort((left, right) => right.createdAt - left.createdAt)
      .slice(0, limit);
    send(response, 200, {
      deployments: matching.map((deployment) => ({
        uid: deployment.id,
        name: deployment.name,
        projectId: deployment.projectId,
        url: deployment.url,
        created: deployment.createdAt,
        createdAt: deployment.createdAt,
        creator: { uid: 'user_standin', username: 'standin' },
        inspectorUrl: `https://vercel.com/standin/${deployment.name}/${deployment.id.slice(4)}`,
        meta: deployment.meta,
        readyState: deployment.readyState,
        state: deployment.readyState,
        target: deployment.target,
        type: 'LAMBDAS',
        ...(deployment.outcome.error && deployment.readyState === 'ERROR' ? { errorCode: deployment.outcome.error.code, errorMessage: deployment.outcome.error.message } : {}),
      })),
      pagination: { count: matching.length, next: null, prev: null },
    });
  }

  function deploymentJson(deployment: StoredDeployment): Record<string, unknown> {
    const failed = deployment.readyState === 'ERROR' ? deployment.outcome.error : undefined;
    return {
      id: deployment.id,
      name: deployment.name,
      url: deployment.url,
      createdAt: deployment.createdAt,
      createdIn: 'iad1',
      buildingAt: deployment.createdAt,
      bootedAt: deployment.createdAt,
      ...(deployment.readyState === 'READY' ? { ready: deployment.createdAt + 1 } : {}),
      readyState: deployment.readyState,
      status: deployment.readyState,
      type: 'LAMBDAS',
      version: 2,
      creator: { uid: 'user_standin', username: 'standin' },
      meta: deployment.meta,
      env: [],
      build: { env: [] },
      regions: ['iad1'],
      routes: null,
      plan: 'hobby',
      public: false,
      ownerId,
      projectId: deployment.projectId,
      projectSettings: deployment.projectSettings,
      target: deployment.target,
      alias: deployment.alias,
      aliasAssigned: deployment.alias.length > 0,
      aliasError: null,
      inspectorUrl: `https://vercel.com/standin/${deployment.name}/${deployment.id.slice(4)}`,
      isInConcurrentBuildsQueue: false,
      isInSystemBuildsQueue: false,
      buildSkipped: false,
      ...(failed ? { errorCode: failed.code, errorMessage: failed.message } : {}),
    };
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    requests,
    files,
    fail: (fault) => {
      faults.push(fault);
    },
    deployment: (id) => {
      const deployment = deployments.get(id);
      return deployment && { readyState: deployment.readyState, files: deployment.files, meta: deployment.meta, projectSettings: deployment.projectSettings, deleted: deployment.deleted };
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  response.end(text);
}

function token(length: number): string {
  return randomBytes(length).toString('base64url').replace(/[-_]/g, 'x').slice(0, length);
}
