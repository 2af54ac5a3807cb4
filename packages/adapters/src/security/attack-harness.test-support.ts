import { execFile, execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createHash, randomUUID } from 'node:crypto';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, readlinkSync, writeFileSync } from 'node:fs';
import { lstat, readFile, readdir, rm } from 'node:fs/promises';
import { createServer as createHttpServer } from 'node:http';
import type { Server as HttpServer } from 'node:http';
import { createServer as createTcpServer } from 'node:net';
import type { Server as TcpServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { createBuilder } from '@buildwright/core';
import type { BuildwrightEvent, Check, LlmRequest, RunResult, SandboxAdapter, StorageAdapter, Transcript } from '@buildwright/core';
import { defaultDependencyCacheDirectory, dependencyKey, dependencySet } from '../checks/dependency-cache.js';
import { recordRefusals, recordRequests } from '../checks/web-run.test-support.js';
import { webChecks } from '../checks/web-checks.js';
import { localSandbox } from '../local/index.js';
import type { LocalSandboxOptions, SandboxLimitName } from '../local/index.js';
import { scratchDirectories } from '../internal/node-modules-scratch.js';
import { pgliteStorage } from '../pglite/index.js';
import { scriptedLlm } from '../scripted/index.js';
import { reactViteTemplate, templates } from '../templates/index.js';

// Test support for the attack suite (attacks.int.test.ts): a host with secrets and listeners that
// the attacks aim at, a dependency cache of the suite's own, and one run of an attack transcript
// through createBuilder with everything recorded that could show the attack got through.

/** Something that reached a listener of the host. */
export interface ListenerHit {
  listener: 'http' | 'tcp';
  /** Request line (http) or the first bytes sent (tcp). */
  detail: string;
  /** `browser` when it came from Chromium (the page), else `other` (a command, npm, a script). */
  source: 'browser' | 'other';
}

/** The host the attacks aim at: files, processes and listeners outside every sandbox. */
export interface AttackHost {
  root: string;
  sandboxesDirectory: string;
  /** `BUILDWRIGHT_CACHE_DIR`-style: `deps/` (the shared dependency cache) and `npm/`. */
  cacheRoot: string;
  dependencyCacheDirectory: string;
  npmCacheDirectory: string;
  /** A host directory outside the sandbox root that attacks try to leave markers in. */
  outsideDirectory: string;
  /** Every secret that must never appear in an event, output, stored file or build. */
  secrets: Record<string, string>;
  /** Values for `{{NAME}}` in the transcripts. */
  placeholders: Record<string, string>;
  hits: ListenerHit[];
  /** Requests the suite's package registry (bw-probe only) answered. */
  registryRequests: string[];
  registryUrl: string;
  storage: StorageAdapter;
  templateDependencyKey: string;
  /** Whether the dependency cache was seeded from the developer's cache (else the first clean run installs from the npm registry). */
  seeded: boolean;
  /**
   * The last `hashTree` of each dependency cache a run watched, taken when that run ended: the
   * next run on the same cache compares against it, so a change made between two runs (by
   * something an earlier run left running) counts against the next run instead of going unseen.
   */
  cacheHashes: Map<string, Map<string, string>>;
  /** Writes the other owner's secret into a project directory (after that project exists). */
  plantOtherProjectSecret(projectDirectory: string): void;
  close(): Promise<void>;
}

const secretOf = (kind: string) => `bw-${kind}-secret-${randomUUID()}`;

/**
 * Sets up the host: a root directory with the sandboxes, a host app's `.env` next to them, a
 * PGlite data directory holding another owner's project, a process whose environment holds an
 * API key, an HTTP and a TCP listener on 127.0.0.1, and a package registry on 127.0.0.1 that
 * serves one package (`bw-probe`), so that installs in the suite never leave this machine.
 * The dependency cache is the suite's own: seeded with a copy of the developer's cache entry for
 * the template when there is one (no network), else filled by the first clean run from the npm
 * registry (`runAttack({ registry: 'npm' })`).
 */
export async function createAttackHost(): Promise<AttackHost> {
  const root = mkdtempSync(join(tmpdir(), 'bw-attacks-'));
  const sandboxesDirectory = join(root, 'sandboxes');
  const cacheRoot = join(root, 'cache');
  const dependencyCacheDirectory = join(cacheRoot, 'deps');
  const npmCacheDirectory = join(cacheRoot, 'npm');
  const outsideDirectory = join(root, 'outside');
  for (const directory of [sandboxesDirectory, dependencyCacheDirectory, npmCacheDirectory, outsideDirectory]) mkdirSync(directory, { recursive: true });

  const templateDependencyKey = dependencyKey(dependencySet(JSON.parse(reactViteTemplate.files['package.json']!) as Parameters<typeof dependencySet>[0]));
  const seed = join(defaultDependencyCacheDirectory(), templateDependencyKey);
  const seeded = existsSync(join(seed, 'node_modules'));
  if (seeded) await copyPreserving(seed, join(dependencyCacheDirectory, templateDependencyKey));

  const secrets: Record<string, string> = {
    hostEnvFile: secretOf('host'),
    otherProject: secretOf('other'),
    pglite: secretOf('pglite'),
    hostProcess: secretOf('process'),
    builderEnvironment: secretOf('builder'),
  };
  const hostApp = join(root, 'host-app');
  mkdirSync(hostApp);
  writeFileSync(join(hostApp, '.env'), `DATABASE_PASSWORD=${secrets.hostEnvFile}\n`);
  // /etc/shadow lines with a password hash (root may read them; the sandbox must not).
  const shadow = (() => {
    try {
      return readFileSync('/etc/shadow', 'utf8');
    } catch {
      return '';
    }
  })();
  shadow
    .split('\n')
    .filter((line) => /^[^:]+:[^:*!x][^:]{8,}:/.test(line))
    .forEach((line, index) => (secrets[`shadow${index}`] = line.split(':').slice(0, 2).join(':')));
  // The builder's own environment (an API key): commands get a filtered environment.
  process.env.BW_ATTACK_BUILDER_API_KEY = secrets.builderEnvironment;
  // Another process of the host with a secret in its environment (/proc/<pid>/environ).
  // It exits when the suite's process does, however that ends.
  const hostProcess: ChildProcess = spawn(process.execPath, ['-e', `setInterval(() => process.ppid !== ${process.pid} && process.exit(), 1000)`], {
    env: { BW_HOST_API_KEY: secrets.hostProcess },
    stdio: 'ignore',
  });

  const pgliteDirectory = join(root, 'pglite');
  const shared = pgliteStorage({ dataDir: pgliteDirectory });
  await shared.createProject({ ownerId: 'victim', name: secrets.pglite!, kind: 'web' });
  // Builders close their storage; the suite's storage outlives them.
  const storage: StorageAdapter = { ...shared, close: async () => {} };

  const hits: ListenerHit[] = [];
  const http: HttpServer = createHttpServer((request, response) => {
    const agent = request.headers['user-agent'] ?? '';
    hits.push({ listener: 'http', detail: `${request.method} ${request.url} (${agent})`, source: /Chrome/.test(agent) ? 'browser' : 'other' });
    request.resume();
    response.writeHead(200, { 'access-control-allow-origin': '*' }).end('collected');
  });
  const tcp: TcpServer = createTcpServer((socket) => {
    const hit: ListenerHit = { listener: 'tcp', detail: '(connected)', source: 'other' };
    hits.push(hit);
    socket.once('data', (data) => {
      hit.detail = data.toString('latin1').split('\r\n').slice(0, 3).join(' | ');
      if (/Chrome/.test(data.toString('latin1'))) hit.source = 'browser';
    });
    socket.on('error', () => {});
    setTimeout(() => socket.destroy(), 1_000);
  });
  const registry = await startPackageRegistry(join(root, 'registry'));
  const httpPort = await listen(http);
  const tcpPort = await listen(tcp);

  const placeholders: Record<string, string> = {
    HTTP_LISTENER: `http://127.0.0.1:${httpPort}`,
    HTTP_PORT: String(httpPort),
    TCP_PORT: String(tcpPort),
    HOST_ENV_FILE: join(hostApp, '.env'),
    PGLITE_DIR: pgliteDirectory,
    OUTSIDE_DIR: outsideDirectory,
    DEPS_CACHE_DIR: dependencyCacheDirectory,
    TEMPLATE_DEPS_KEY: templateDependencyKey,
  };
  return {
    root,
    sandboxesDirectory,
    cacheRoot,
    dependencyCacheDirectory,
    npmCacheDirectory,
    outsideDirectory,
    secrets,
    placeholders,
    hits,
    registryRequests: registry.requests,
    registryUrl: registry.url,
    storage,
    templateDependencyKey,
    seeded,
    cacheHashes: new Map(),
    plantOtherProjectSecret(projectDirectory) {
      writeFileSync(join(projectDirectory, '.env.local'), `VITE_API_KEY=${secrets.otherProject}\n`);
      placeholders.OTHER_PROJECT_FILE = join(projectDirectory, '.env.local');
      placeholders.OTHER_PROJECT_ID = relative(sandboxesDirectory, projectDirectory);
    },
    async close() {
      hostProcess.kill('SIGKILL');
      delete process.env.BW_ATTACK_BUILDER_API_KEY;
      http.closeAllConnections();
      await Promise.all([new Promise((resolve) => http.close(resolve)), new Promise((resolve) => tcp.close(resolve)), registry.close()]);
      await shared.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

function listen(server: HttpServer | TcpServer): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve((server.address() as { port: number }).port));
  });
}

/** `cp -a`, without blocking the test worker (a blocked worker misses vitest's 60 s RPC timeout under load). */
export async function copyPreserving(from: string, to: string): Promise<void> {
  await promisify(execFile)('cp', ['-a', from, to]);
}

/** A registry on 127.0.0.1 that serves `bw-probe@1.0.0` (an empty module) and 404 for the rest. */
async function startPackageRegistry(directory: string) {
  mkdirSync(join(directory, 'package'), { recursive: true });
  writeFileSync(join(directory, 'package', 'package.json'), `${JSON.stringify({ name: 'bw-probe', version: '1.0.0', main: 'index.js' })}\n`);
  writeFileSync(join(directory, 'package', 'index.js'), 'module.exports = "bw-probe";\n');
  execFileSync('tar', ['-czf', join(directory, 'bw-probe-1.0.0.tgz'), '-C', directory, 'package']);
  const tarball = readFileSync(join(directory, 'bw-probe-1.0.0.tgz'));
  const requests: string[] = [];
  let url = '';
  const server = createHttpServer((request, response) => {
    requests.push(`${request.method} ${request.url}`);
    if (request.url === '/bw-probe') {
      const dist = {
        tarball: `${url}bw-probe/-/bw-probe-1.0.0.tgz`,
        shasum: createHash('sha1').update(tarball).digest('hex'),
        integrity: `sha512-${createHash('sha512').update(tarball).digest('base64')}`,
      };
      response
        .writeHead(200, { 'content-type': 'application/json' })
        .end(JSON.stringify({ name: 'bw-probe', 'dist-tags': { latest: '1.0.0' }, versions: { '1.0.0': { name: 'bw-probe', version: '1.0.0', main: 'index.js', dist } } }));
    } else if (request.url === '/bw-probe/-/bw-probe-1.0.0.tgz') {
      response.writeHead(200, { 'content-type': 'application/octet-stream' }).end(tarball);
    } else {
      response.writeHead(404, { 'content-type': 'application/json' }).end('{"error":"not found"}');
    }
  });
  url = `http://127.0.0.1:${await listen(server)}/`;
  return { url, requests, close: () => new Promise((resolve) => server.close(resolve)) };
}

/** An attack transcript from ./transcripts with its `{{NAME}}` placeholders filled in. */
export function loadAttackTranscript(name: string, placeholders: Record<string, string>): Transcript {
  const text = readFileSync(fileURLToPath(new URL(`./transcripts/${name}.json`, import.meta.url)), 'utf8');
  const filled = text.replace(/\{\{([A-Z_]+)\}\}/g, (_match, key: string) => {
    const value = placeholders[key];
    if (value === undefined) throw new Error(`transcript ${name} uses {{${key}}}, which the suite does not define`);
    return JSON.stringify(value).slice(1, -1);
  });
  return JSON.parse(filled) as Transcript;
}

/** The counter app of the web-run fixtures: the clean run before and after the attacks. */
export function counterAppTranscript(): Transcript {
  return JSON.parse(readFileSync(fileURLToPath(new URL('../checks/fixtures/counter-app.json', import.meta.url)), 'utf8')) as Transcript;
}

/**
 * sha256 of every file (and symlink target) under a directory, by relative path. Synchronous on
 * purpose: it runs between attack runs, never during one, and the cache holds some 5,000 files,
 * which one `await` per file made take 1.5 to 5 s a pass on a loaded two-core machine (0.3 s so).
 */
export function hashTree(directory: string): Map<string, string> {
  const hashes = new Map<string, string>();
  const walk = (current: string): void => {
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      const path = join(current, entry.name);
      const key = relative(directory, path);
      if (entry.isDirectory()) {
        hashes.set(`${key}/`, 'directory');
        walk(path);
      } else if (entry.isSymbolicLink()) {
        hashes.set(key, `symlink:${readlinkSync(path)}`);
      } else {
        hashes.set(key, `${lstatSync(path).mode.toString(8)}:${createHash('sha256').update(readFileSync(path)).digest('hex')}`);
      }
    }
  };
  walk(directory);
  return hashes;
}

/** Paths whose content changed, appeared or disappeared between two `hashTree`s. */
export function treeChanges(before: Map<string, string>, after: Map<string, string>): { changed: string[]; added: string[]; removed: string[] } {
  return {
    changed: [...before].filter(([path, hash]) => after.has(path) && after.get(path) !== hash).map(([path]) => path),
    added: [...after.keys()].filter((path) => !before.has(path)),
    removed: [...before.keys()].filter((path) => !after.has(path)),
  };
}

/** Everything one attack run left behind. */
export interface AttackOutcome {
  projectId: string;
  projectDirectory: string;
  events: BuildwrightEvent[];
  result: RunResult | undefined;
  /** What `run.result` rejected with, if it did. */
  error: unknown;
  requests: LlmRequest[];
  /** Writes the sandbox itself refused (symlinks out of the project...). */
  sandboxRefusals: Array<{ path: string; code: string }>;
  versionFiles: Record<string, string> | undefined;
  /** Listener hits during this run. */
  hits: ListenerHit[];
  registryRequests: string[];
  /** The dependency cache, before and after. */
  cacheChanges: { changed: string[]; added: string[]; removed: string[] };
  /** Files that appeared in the outside directory during this run. */
  outsideFiles: string[];
  /** `evidence.json` the attack's build code wrote in its project, if any. */
  evidence: Record<string, string> | undefined;
  /** `<where>: <secret name>` for every secret found in events, model requests, stored files or the project directory. */
  leaks: string[];
  durationMs: number;
}

export interface RunAttackOptions {
  /** An attack's name in ./transcripts (placeholders filled in), or a transcript. */
  transcript: string | Transcript;
  isolation?: 'bubblewrap' | 'none';
  /** Sandbox limits (default: the sandbox's defaults). */
  limits?: LocalSandboxOptions['limits'];
  /** Checks (default: webChecks() with the host's dependency cache). */
  checks?: Check[];
  /** Dependency cache to watch (default: the host's). */
  dependencyCacheDirectory?: string;
  /** Placeholder values that differ from the host's (e.g. DEPS_CACHE_DIR for another cache). */
  placeholders?: Record<string, string>;
  ownerId?: string;
  maxFixAttempts?: number;
  /** `suite` (default): the suite's registry on 127.0.0.1. `npm`: the sandbox's default registry, to fill an empty cache. */
  registry?: 'suite' | 'npm';
}

/** Runs one attack transcript through createBuilder (scripted model, real local sandbox, checks) and gathers what it left. */
export async function runAttack(host: AttackHost, options: RunAttackOptions): Promise<AttackOutcome> {
  const started = Date.now();
  const cacheDirectory = options.dependencyCacheDirectory ?? host.dependencyCacheDirectory;
  const before = host.cacheHashes.get(cacheDirectory) ?? hashTree(cacheDirectory);
  const outsideBefore = new Set(await readdir(host.outsideDirectory));
  const hitsBefore = host.hits.length;
  const registryBefore = host.registryRequests.length;
  const requests: LlmRequest[] = [];
  const sandboxRefusals: Array<{ path: string; code: string }> = [];
  const transcript = typeof options.transcript === 'string' ? loadAttackTranscript(options.transcript, { ...host.placeholders, ...options.placeholders }) : options.transcript;
  const builder = createBuilder({
    llm: recordRequests(scriptedLlm({ transcript }), requests),
    sandbox: recordRefusals(attackSandbox(host, options), sandboxRefusals),
    storage: host.storage,
    checks: options.checks ?? webChecks({ install: { cacheDirectory } }),
    templates,
    artifactsDir: join(host.root, 'artifacts'),
    limits: { maxFixAttempts: options.maxFixAttempts ?? 3 },
  });
  const ownerId = options.ownerId ?? 'attacker';
  let result: RunResult | undefined;
  let error: unknown;
  const events: BuildwrightEvent[] = [];
  let projectId = '';
  try {
    // The attacks target react-vite (the dependency cache is seeded with its set), whatever the prompt's words select.
    const run = builder.generate({ prompt: transcript.prompt ?? 'an app', kind: 'web', template: 'react-vite', ownerId });
    projectId = run.projectId;
    for await (const event of run) events.push(event);
    result = await run.result.catch((thrown: unknown) => {
      error = thrown;
      return undefined;
    });
  } finally {
    await builder.close();
  }
  const projectDirectory = join(host.sandboxesDirectory, projectId);
  const versionFiles = (await host.storage.getVersionFiles({ ownerId, projectId }))?.files;
  const evidenceText = await readFile(join(projectDirectory, 'evidence.json'), 'utf8').catch(() => undefined);
  const after = hashTree(cacheDirectory);
  host.cacheHashes.set(cacheDirectory, after);
  const outcome: AttackOutcome = {
    projectId,
    projectDirectory,
    events,
    result,
    error,
    requests,
    sandboxRefusals,
    versionFiles,
    hits: host.hits.slice(hitsBefore),
    registryRequests: host.registryRequests.slice(registryBefore),
    cacheChanges: treeChanges(before, after),
    outsideFiles: (await readdir(host.outsideDirectory)).filter((name) => !outsideBefore.has(name)),
    evidence: evidenceText === undefined ? undefined : (JSON.parse(evidenceText) as Record<string, string>),
    leaks: [],
    durationMs: 0,
  };
  outcome.leaks = await findLeaks(host.secrets, outcome);
  outcome.durationMs = Date.now() - started;
  return outcome;
}

function attackSandbox(host: AttackHost, options: RunAttackOptions): SandboxAdapter {
  return localSandbox({
    root: host.sandboxesDirectory,
    npmCacheDir: host.npmCacheDirectory,
    ...(options.registry === 'npm' ? {} : { registry: host.registryUrl, allowPrivateRegistry: true }),
    isolation: options.isolation ?? 'bubblewrap',
    ...(options.limits ? { limits: options.limits } : {}),
  });
}

/** Where each secret shows up: events (command output and check reports included), model requests, stored version files, the project directory on disk. */
async function findLeaks(secrets: Record<string, string>, outcome: AttackOutcome): Promise<string[]> {
  const sources: Array<[string, string]> = [
    ['events', JSON.stringify(outcome.events)],
    ['model requests', JSON.stringify(outcome.requests)],
    ['version files', JSON.stringify(outcome.versionFiles ?? {})],
  ];
  for (const [path, content] of await projectFiles(outcome.projectDirectory)) sources.push([`project file ${path}`, content]);
  const leaks: string[] = [];
  for (const [where, text] of sources) {
    for (const [name, secret] of Object.entries(secrets)) if (text.includes(secret)) leaks.push(`${where}: ${name}`);
  }
  return leaks;
}

/** Files of a project directory on disk (the build output included; of node_modules only the writable scratch directories), up to 32 MiB each. */
export async function projectFiles(directory: string): Promise<Array<[string, string]>> {
  const found: Array<[string, string]> = [];
  const walk = async (current: string): Promise<void> => {
    const entries = await readdir(current, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      const path = join(current, entry.name);
      const key = relative(directory, path);
      if (entry.isDirectory()) {
        if (key === 'node_modules') {
          for (const scratch of scratchDirectories) await walk(join(path, scratch));
        } else {
          await walk(path);
        }
      } else if (entry.isFile() && (await lstat(path)).size <= 32 * 1024 * 1024) {
        found.push([key, await readFile(path, 'latin1')]);
      }
    }
  };
  await walk(directory);
  return found;
}

/** The JavaScript of a project's built app (dist/assets/*.js), by file name. */
export async function builtBundle(projectDirectory: string): Promise<Record<string, string>> {
  const assets = join(projectDirectory, 'dist', 'assets');
  const names = (await readdir(assets).catch(() => [] as string[])).filter((name) => name.endsWith('.js')).sort();
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, await readFile(join(assets, name), 'utf8')] as const)));
}

/**
 * What an attack got through, read from what its run left: secrets anywhere, hits on the host's
 * listeners, a changed dependency cache (a new entry for a new dependency set is not a change),
 * files outside the sandbox root, connections its build code reported, and, for a runaway, no
 * command stopped at `runaway`. Empty when it was stopped.
 */
export function escapes(outcome: AttackOutcome, options: { runaway?: SandboxLimitName } = {}): string[] {
  const found: string[] = [];
  if (outcome.leaks.length > 0) found.push(`secrets leaked: ${outcome.leaks.join('; ')}`);
  if (outcome.hits.length > 0) found.push(`the host's listeners got: ${outcome.hits.map((hit) => `${hit.listener} from ${hit.source}: ${hit.detail}`).join('; ')}`);
  const { changed, added, removed } = outcome.cacheChanges;
  const intoExisting = added.filter((path) => !added.includes(`${path.split('/')[0]}/`));
  if (changed.length + removed.length + intoExisting.length > 0) found.push(`the dependency cache changed: ${[...changed, ...removed, ...intoExisting].slice(0, 5).join(', ')}`);
  if (outcome.outsideFiles.length > 0) found.push(`files appeared on the host outside the sandbox root: ${outcome.outsideFiles.join(', ')}`);
  const connected = Object.entries(outcome.evidence ?? {})
    .filter(([, value]) => value === 'CONNECTED')
    .map(([target]) => target);
  if (connected.length > 0) found.push(`build code connected to ${connected.join(', ')}`);
  if (options.runaway && !outcome.events.some((event) => event.type === 'command.exited' && event.limitExceeded === options.runaway))
    found.push(`no command was stopped at the ${options.runaway} limit`);
  return found;
}

/**
 * The README's table of outcomes with and without bubblewrap, by attack: `true` when the row
 * says `yes` (stopped), `false` for `no`, `undefined` for a cell that is not run (`—`).
 */
export function documentedOutcomes(): Record<string, { bubblewrap: boolean | undefined; none: boolean | undefined }> {
  const readme = readFileSync(fileURLToPath(new URL('./README.md', import.meta.url)), 'utf8');
  const table = readme.split('<!-- outcomes:start -->')[1]?.split('<!-- outcomes:end -->')[0] ?? '';
  const cell = (text: string | undefined) => (/^\s*\*{0,2}yes\b/i.test(text ?? '') ? true : /^\s*\*{0,2}no\b/i.test(text ?? '') ? false : undefined);
  const rows: Record<string, { bubblewrap: boolean | undefined; none: boolean | undefined }> = {};
  for (const line of table.split('\n')) {
    const cells = line.split('|').slice(1, -1);
    const id = /`([\w-]+(?: \([\w ]+\))?)`/.exec(cells[0] ?? '')?.[1];
    if (id) rows[id] = { bubblewrap: cell(cells[1]), none: cell(cells[2]) };
  }
  return rows;
}

/** Runs `body` once, on first call; later calls get the same promise. */
export function once<T>(body: () => Promise<T>): () => Promise<T> {
  let promise: Promise<T> | undefined;
  return () => (promise ??= body());
}
