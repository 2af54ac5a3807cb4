import { execFile, execFileSync, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A real Git server for tests: bare repositories served over smart HTTP by `git http-backend`. */
export interface GitHttpServer {
  /** `http://127.0.0.1:<port>/` (repositories are `<url><name>.git`). */
  url: string;
  /** Directory holding the bare repositories. */
  root: string;
  /** Creates an empty bare repository `<name>.git` (default branch `main`) and returns its URL. */
  createRepository(name: string): string;
  /** Runs the git binary with `args` in `cwd` (a clone or a bare repository) and returns its stdout. Local commands only: it blocks this process, which serves the remote. */
  git(cwd: string, ...args: string[]): string;
  /** Runs the git binary without blocking: for commands that talk to this server (clone, push, fetch). */
  gitRemote(cwd: string, ...args: string[]): Promise<string>;
  /** Clones `<name>.git` into a fresh directory with the git binary (as someone outside Buildwright would) and returns it. */
  clone(name: string): Promise<string>;
  /** Requests served, as `METHOD path?query` (for "pushed nothing" checks). */
  requests: string[];
  close(): Promise<void>;
}

const identity = ['-c', 'user.name=Someone Else', '-c', 'user.email=someone@example.com', '-c', 'init.defaultBranch=main'];

/**
 * Starts a node HTTP server that hands each request to `git http-backend` (CGI), the server git
 * itself ships for smart HTTP: what GitHub speaks to a client. With `credentials`, requests without
 * that Basic auth get 401 (as a private repository does). The git binary is used only by tests.
 *
 * @example
 * const server = await startGitHttpServer();
 * const remote = server.createRepository('todo');
 */
export async function startGitHttpServer(options: { credentials?: { username: string; password: string } } = {}): Promise<GitHttpServer> {
  const root = mkdtempSync(join(tmpdir(), 'buildwright-git-server-'));
  const scratch = mkdtempSync(join(tmpdir(), 'buildwright-git-clones-'));
  const requests: string[] = [];
  const expected = options.credentials && `Basic ${Buffer.from(`${options.credentials.username}:${options.credentials.password}`).toString('base64')}`;
  const server = createServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    if (expected && request.headers.authorization !== expected) {
      response.writeHead(401, { 'www-authenticate': 'Basic realm="git"', 'content-type': 'text/plain' }).end('Authentication required');
      return;
    }
    serveCgi(root, request, response, options.credentials?.username);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const env = { ...process.env, GIT_TERMINAL_PROMPT: '0' };
  const git = (cwd: string, ...args: string[]) => execFileSync('git', [...identity, ...args], { cwd, encoding: 'utf8', env });
  const gitRemote = async (cwd: string, ...args: string[]) => (await promisify(execFile)('git', [...identity, ...args], { cwd, encoding: 'utf8', env })).stdout;
  let clones = 0;
  return {
    url,
    root,
    requests,
    git,
    gitRemote,
    createRepository(name) {
      git(root, 'init', '--bare', '--quiet', `${name}.git`);
      git(join(root, `${name}.git`), 'config', 'http.receivepack', 'true');
      return `${url}${name}.git`;
    },
    async clone(name) {
      const into = join(scratch, `clone-${++clones}`);
      const auth = options.credentials ? `${encodeURIComponent(options.credentials.username)}:${encodeURIComponent(options.credentials.password)}@` : '';
      await gitRemote(scratch, 'clone', '--quiet', `${url.replace('http://', `http://${auth}`)}${name}.git`, into);
      return into;
    },
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      rmSync(root, { recursive: true, force: true });
      rmSync(scratch, { recursive: true, force: true });
    },
  };
}

/** Runs `git http-backend` for one request and copies its CGI answer (headers, then body) back. */
function serveCgi(root: string, request: IncomingMessage, response: ServerResponse, user: string | undefined): void {
  const url = new URL(request.url ?? '/', 'http://localhost');
  const child = spawn('git', ['http-backend'], {
    env: {
      PATH: process.env.PATH ?? '',
      GIT_PROJECT_ROOT: root,
      GIT_HTTP_EXPORT_ALL: '1',
      REQUEST_METHOD: request.method ?? 'GET',
      PATH_INFO: decodeURIComponent(url.pathname),
      QUERY_STRING: url.search.slice(1),
      CONTENT_TYPE: request.headers['content-type'] ?? '',
      REMOTE_ADDR: '127.0.0.1',
      ...(user ? { REMOTE_USER: user } : {}),
      ...(request.headers['content-encoding'] ? { HTTP_CONTENT_ENCODING: request.headers['content-encoding'] } : {}),
      ...(request.headers['git-protocol'] ? { GIT_PROTOCOL: String(request.headers['git-protocol']) } : {}),
    },
  });
  request.pipe(child.stdin);
  let head = Buffer.alloc(0);
  let headersSent = false;
  child.stdout.on('data', (chunk: Buffer) => {
    if (headersSent) {
      response.write(chunk);
      return;
    }
    head = Buffer.concat([head, chunk]);
    const end = head.indexOf('\r\n\r\n');
    if (end === -1) return;
    let status = 200;
    for (const line of head.subarray(0, end).toString('latin1').split('\r\n')) {
      const colon = line.indexOf(':');
      const name = line.slice(0, colon).trim();
      const value = line.slice(colon + 1).trim();
      if (name.toLowerCase() === 'status') status = Number.parseInt(value, 10);
      else response.setHeader(name, value);
    }
    response.writeHead(status);
    headersSent = true;
    response.write(head.subarray(end + 4));
  });
  child.stdout.on('end', () => {
    if (!headersSent) response.writeHead(502);
    response.end();
  });
  child.on('error', () => {
    if (!response.headersSent) response.writeHead(500);
    response.end();
  });
}
