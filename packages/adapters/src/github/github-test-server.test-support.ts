import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request the stand-in received, for assertions. */
export interface GithubRecordedRequest {
  method: string;
  path: string;
  headers: Record<string, string | string[] | undefined>;
  json: unknown;
}

/** A response to give instead of the real one, once, to the next request that matches. */
export interface GithubFault {
  method?: string;
  /** A path prefix, e.g. `/user/repos`. Default: any path. */
  path?: string;
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export interface GithubTestServerOptions {
  /** The token requests must carry (`Authorization: token <token>` or `Bearer <token>`); anything else is a 401 `Bad credentials`. */
  token: string;
  /** The token's user. Default `standin-user`. */
  login?: string;
  /** Organizations the user may create repositories in. Default none. */
  orgs?: string[];
}

interface StoredRepository {
  id: number;
  owner: { login: string; type: 'User' | 'Organization' };
  name: string;
  private: boolean;
  description: string | null;
  defaultBranch: string;
  createdAt: string;
}

/** A running stand-in of the GitHub REST endpoints `githubRepos` calls, on 127.0.0.1. */
export interface GithubTestServer {
  /** `http://127.0.0.1:<port>`, for the `baseUrl` option. */
  readonly baseUrl: string;
  readonly requests: GithubRecordedRequest[];
  /** `owner/name` of every repository that exists. */
  repositories(): string[];
  fail(fault: GithubFault): void;
  close(): Promise<void>;
}

const docs = 'https://docs.github.com/rest/repos/repos';

/**
 * Starts a stand-in of GitHub's REST repository endpoints (`POST /user/repos`,
 * `POST /orgs/:org/repos`, `GET` and `DELETE /repos/:owner/:repo`) that answers with GitHub's
 * status codes and error bodies: 401 `Bad credentials`, 403 without a `User-Agent`, 422
 * `Repository creation failed.` with `name already exists on this account`, 404 `Not Found` for
 * an unknown repository or organization, 204 on delete. Names are case-insensitive and characters
 * GitHub does not keep become `-`, as GitHub does. Test use only.
 */
export async function startGithubTestServer(options: GithubTestServerOptions): Promise<GithubTestServer> {
  const requests: GithubRecordedRequest[] = [];
  const repositories = new Map<string, StoredRepository>();
  const faults: GithubFault[] = [];
  const login = options.login ?? 'standin-user';
  const orgs = new Set((options.orgs ?? []).map((org) => org.toLowerCase()));
  let nextId = 1000;
  let baseUrl = '';

  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => handle(request, response, Buffer.concat(chunks).toString('utf8')));
  });

  function handle(request: IncomingMessage, response: ServerResponse, text: string) {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    const method = request.method ?? 'GET';
    let json: unknown;
    if (text.length > 0) {
      try {
        json = JSON.parse(text);
      } catch {
        return send(response, 400, { message: 'Problems parsing JSON', documentation_url: docs, status: '400' });
      }
    }
    requests.push({ method, path: url.pathname, headers: request.headers, json });

    const faultIndex = faults.findIndex((fault) => (fault.method === undefined || fault.method === method) && (fault.path === undefined || url.pathname.startsWith(fault.path)));
    if (faultIndex >= 0) {
      const [fault] = faults.splice(faultIndex, 1) as [GithubFault];
      return send(response, fault.status, fault.body, fault.headers);
    }

    if (!request.headers['user-agent']) {
      return send(response, 403, { message: 'Request forbidden by administrative rules. Please make sure your request has a User-Agent header.', status: '403' });
    }
    const authorization = String(request.headers.authorization ?? '');
    if (authorization !== `token ${options.token}` && authorization !== `Bearer ${options.token}`) {
      return send(response, 401, { message: authorization ? 'Bad credentials' : 'Requires authentication', documentation_url: 'https://docs.github.com/rest', status: '401' });
    }

    if (method === 'POST' && url.pathname === '/user/repos') return create(response, { login, type: 'User' }, json, `${docs}#create-a-repository-for-the-authenticated-user`);
    const org = /^\/orgs\/([^/]+)\/repos$/.exec(url.pathname);
    if (method === 'POST' && org) {
      const name = decodeURIComponent(org[1] ?? '');
      if (!orgs.has(name.toLowerCase())) return send(response, 404, { message: 'Not Found', documentation_url: `${docs}#create-an-organization-repository`, status: '404' });
      return create(response, { login: name, type: 'Organization' }, json, `${docs}#create-an-organization-repository`);
    }
    const one = /^\/repos\/([^/]+)\/([^/]+)$/.exec(url.pathname);
    if (one) {
      const key = `${decodeURIComponent(one[1] ?? '')}/${decodeURIComponent(one[2] ?? '')}`.toLowerCase();
      const repository = repositories.get(key);
      if (!repository) return send(response, 404, { message: 'Not Found', documentation_url: `${docs}#${method === 'DELETE' ? 'delete' : 'get'}-a-repository`, status: '404' });
      if (method === 'GET') return send(response, 200, repositoryJson(repository));
      if (method === 'DELETE') {
        repositories.delete(key);
        response.writeHead(204).end();
        return;
      }
    }
    send(response, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' });
  }

  function create(response: ServerResponse, owner: StoredRepository['owner'], json: unknown, documentation: string) {
    const input = (json ?? {}) as { name?: unknown; private?: unknown; description?: unknown; auto_init?: unknown };
    if (typeof input.name !== 'string' || input.name.trim() === '') {
      return send(response, 422, {
        message: 'Repository creation failed.',
        errors: [{ resource: 'Repository', code: 'missing_field', field: 'name' }],
        documentation_url: documentation,
        status: '422',
      });
    }
    const name = input.name.trim().replace(/[^A-Za-z0-9._-]/g, '-');
    const key = `${owner.login}/${name}`.toLowerCase();
    if (repositories.has(key)) {
      return send(response, 422, {
        message: 'Repository creation failed.',
        errors: [{ resource: 'Repository', code: 'custom', field: 'name', message: 'name already exists on this account' }],
        documentation_url: documentation,
        status: '422',
      });
    }
    const repository: StoredRepository = {
      id: nextId++,
      owner,
      name,
      private: input.private !== false,
      description: typeof input.description === 'string' ? input.description : null,
      defaultBranch: 'main',
      createdAt: new Date().toISOString(),
    };
    repositories.set(key, repository);
    send(response, 201, repositoryJson(repository));
  }

  function repositoryJson(repository: StoredRepository): Record<string, unknown> {
    const fullName = `${repository.owner.login}/${repository.name}`;
    return {
      id: repository.id,
      node_id: `R_${repository.id}`,
      name: repository.name,
      full_name: fullName,
      private: repository.private,
      owner: { login: repository.owner.login, id: 1, type: repository.owner.type, html_url: `${baseUrl}/${repository.owner.login}` },
      html_url: `${baseUrl}/${fullName}`,
      description: repository.description,
      fork: false,
      url: `${baseUrl}/repos/${fullName}`,
      clone_url: `${baseUrl}/${fullName}.git`,
      git_url: `git://127.0.0.1/${fullName}.git`,
      ssh_url: `git@127.0.0.1:${fullName}.git`,
      default_branch: repository.defaultBranch,
      visibility: repository.private ? 'private' : 'public',
      created_at: repository.createdAt,
      updated_at: repository.createdAt,
      pushed_at: null,
      size: 0,
    };
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  baseUrl = `http://127.0.0.1:${port}`;
  return {
    baseUrl,
    requests,
    repositories: () => [...repositories.values()].map((repository) => `${repository.owner.login}/${repository.name}`),
    fail: (fault) => {
      faults.push(fault);
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = body === undefined ? '' : JSON.stringify(body);
  response.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(text), ...headers });
  response.end(text);
}
