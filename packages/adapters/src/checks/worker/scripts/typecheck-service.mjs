/**
 * The shared type-check service (run in a neutral sandbox that belongs to no project, with
 * `node node_modules/.buildwright/typecheck-service/typecheck-service.mjs`, on `$PORT`). Its disk
 * holds only package.json (+ lockfile) and node_modules of one dependency set; it keeps TypeScript
 * loaded and parsed SourceFiles of stable files (node_modules, TypeScript's lib) for every project
 * of that set. A POST /typecheck `{ project, files }` checks one project's files (path → content)
 * and answers what `tsc --noEmit --pretty false` prints and exits with. Every path under the root
 * except node_modules comes only from the request's map (never from disk, never from another
 * request), node_modules and the lib from disk, read-only, and nothing outside the root exists.
 * One incremental builder per project (the least recently used goes past
 * `BUILDWRIGHT_TS_MAX_PROJECTS`), so an edit re-checks only what changed. Exits after
 * `BUILDWRIGHT_WORKER_IDLE_MS` without requests.
 */
// Shipped as a string: after editing, run `node packages/adapters/scripts/generate-file-modules.mjs check-worker`.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { readFileSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { formatHostOf, tscReport } from './tsc-report.mjs';
import { workerRoute } from './worker-route.mjs';

const root = process.cwd();
const modules = `${root}/node_modules`;
const token = process.env.BUILDWRIGHT_WORKER_TOKEN;
const port = Number(process.env.PORT);
const idleMs = Number(process.env.BUILDWRIGHT_WORKER_IDLE_MS) || 30000;
const maxProjects = Number(process.env.BUILDWRIGHT_TS_MAX_PROJECTS) || 8;
const maxBodyBytes = 64 * 1024 * 1024;
for (const name of ['BUILDWRIGHT_WORKER_TOKEN', 'BUILDWRIGHT_WORKER_IDLE_MS', 'BUILDWRIGHT_TS_MAX_PROJECTS', 'PORT', 'HOST']) delete process.env[name];

const ts = createRequire(join(root, 'package.json'))('typescript');
const formatHost = formatHostOf(ts, root);
/** Parsed files of node_modules and the lib, shared by every project (same bytes for all of them). */
const stableSources = new Map();
/** project → { builder, sources }, least recently used first. */
const projects = new Map();

class Refused extends Error {}

/** `project` (a path under the root, not node_modules), `modules` (node_modules, the lib) or `outside`. */
function place(path) {
  const full = posix.resolve(root, path);
  if (full === modules || full.startsWith(`${modules}/`)) return { kind: 'modules', full };
  if (full === root) return { kind: 'project', full, relative: '' };
  if (full.startsWith(`${root}/`)) return { kind: 'project', full, relative: full.slice(root.length + 1) };
  return { kind: 'outside', full };
}

/** A node_modules path, followed through links only while it stays in node_modules. */
function insideModules(full) {
  try {
    const real = realpathSync(full);
    return real === modules || real.startsWith(`${modules}/`) ? real : undefined;
  } catch {
    return undefined;
  }
}

function diskStat(full) {
  const real = insideModules(full);
  try {
    return real === undefined ? undefined : statSync(real);
  } catch {
    return undefined;
  }
}

/** The file system one request sees: its own files under the root, node_modules from disk, nothing else. */
function requestSystem(files) {
  const directories = new Set(['']);
  for (const path of Object.keys(files)) {
    const parts = path.split('/');
    for (let index = 1; index < parts.length; index += 1) directories.add(parts.slice(0, index).join('/'));
  }
  const entries = (path) => {
    const where = place(path);
    if (where.kind === 'outside') return { files: [], directories: [] };
    if (where.kind === 'modules') {
      const real = insideModules(where.full);
      if (real === undefined) return { files: [], directories: [] };
      const result = { files: [], directories: [] };
      for (const entry of readdirSync(real, { withFileTypes: true })) {
        const stat = entry.isSymbolicLink() ? diskStat(join(where.full, entry.name)) : entry;
        if (stat?.isDirectory()) result.directories.push(entry.name);
        else if (stat?.isFile()) result.files.push(entry.name);
      }
      return result;
    }
    const prefix = where.relative === '' ? '' : `${where.relative}/`;
    const result = { files: [], directories: where.relative === '' ? ['node_modules'] : [] };
    for (const path of Object.keys(files)) if (path.startsWith(prefix) && !path.slice(prefix.length).includes('/')) result.files.push(path.slice(prefix.length));
    for (const directory of directories) if (directory !== '' && directory.startsWith(prefix) && !directory.slice(prefix.length).includes('/')) result.directories.push(directory.slice(prefix.length));
    return result;
  };
  const fileExists = (path) => {
    const where = place(path);
    if (where.kind === 'project') return Object.hasOwn(files, where.relative);
    return where.kind === 'modules' && Boolean(diskStat(where.full)?.isFile());
  };
  const readFile = (path) => {
    const where = place(path);
    if (where.kind === 'project') return Object.hasOwn(files, where.relative) ? files[where.relative] : undefined;
    if (where.kind !== 'modules') return undefined;
    const real = insideModules(where.full);
    try {
      return real === undefined ? undefined : readFileSync(real, 'utf8');
    } catch {
      return undefined;
    }
  };
  const directoryExists = (path) => {
    const where = place(path);
    if (where.kind === 'project') return directories.has(where.relative);
    return where.kind === 'modules' && Boolean(diskStat(where.full)?.isDirectory());
  };
  const realpath = (path) => {
    const where = place(path);
    return where.kind === 'modules' ? (insideModules(where.full) ?? where.full) : where.full;
  };
  return {
    ...ts.sys,
    args: [],
    useCaseSensitiveFileNames: true,
    newLine: '\n',
    getCurrentDirectory: () => root,
    fileExists,
    readFile,
    directoryExists,
    realpath,
    getDirectories: (path) => entries(path).directories,
    readDirectory: (path, extensions, excludes, includes, depth) => ts.matchFiles(path, extensions, excludes, includes, true, root, depth, entries, realpath),
    writeFile() {
      throw new Error('the shared type-check service writes nothing');
    },
    createDirectory() {},
    deleteFile: undefined,
    watchFile: undefined,
    watchDirectory: undefined,
  };
}

/** Paths of the request: project-relative, never node_modules (those come from this service's own disk). */
function validFiles(files) {
  if (!files || typeof files !== 'object' || Array.isArray(files)) throw new Refused('files must be an object of path → content');
  for (const [path, content] of Object.entries(files)) {
    if (typeof content !== 'string') throw new Refused(`files["${path}"] is not a string`);
    const parts = path.split('/');
    if (path.startsWith('/') || path.includes('\\') || path.includes('\0') || parts.some((part) => part === '' || part === '.' || part === '..'))
      throw new Refused(`"${path}" is not a project-relative path`);
    if (parts.includes('node_modules')) throw new Refused(`"${path}" is under node_modules: dependencies come from the service's own install, never from a request`);
  }
  return files;
}

function projectState(project) {
  let state = projects.get(project);
  if (state) projects.delete(project);
  else state = { builder: undefined, optionsKey: undefined, sources: new Map() };
  projects.set(project, state);
  while (projects.size > maxProjects) projects.delete(projects.keys().next().value);
  return state;
}

function typecheck(request) {
  if (typeof request.project !== 'string' || request.project.length === 0 || request.project.length > 200) throw new Refused('project must be a non-empty string');
  const files = validFiles(request.files);
  const system = requestSystem(files);
  const configPath = join(root, 'tsconfig.json');
  if (!system.fileExists(configPath)) return { exitCode: 1, output: `error TS5057: Cannot find a tsconfig.json file at the current directory: ${root}.${ts.sys.newLine}` };
  let fatal;
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, { noEmit: true, pretty: false }, { ...system, onUnRecoverableConfigFileDiagnostic: (diagnostic) => (fatal = diagnostic) });
  if (!parsed) return { exitCode: 1, output: ts.formatDiagnostics(fatal ? [fatal] : [], formatHost) };

  const state = projectState(request.project);
  const optionsKey = JSON.stringify(parsed.options);
  if (optionsKey !== state.optionsKey) {
    state.optionsKey = optionsKey;
    state.builder = undefined;
    state.sources.clear();
  }
  const host = ts.createIncrementalCompilerHost(parsed.options, system);
  const getSourceFile = host.getSourceFile;
  host.getSourceFile = (fileName, languageVersionOrOptions, onError, shouldCreate) => {
    const where = place(fileName);
    if (where.kind === 'outside') return undefined;
    const version = typeof languageVersionOrOptions === 'object' ? languageVersionOrOptions : { languageVersion: languageVersionOrOptions };
    const parseKey = JSON.stringify([version.languageVersion, version.impliedNodeFormat, version.jsDocParsingMode, parsed.options.moduleDetection, parsed.options.jsx]);
    const cache = where.kind === 'modules' ? stableSources : state.sources;
    const key = `${where.full}\0${parseKey}`;
    const cached = cache.get(key);
    if (cached && where.kind === 'modules') return cached;
    if (cached && cached.text === files[where.relative]) return cached;
    const file = getSourceFile.call(host, fileName, languageVersionOrOptions, onError, shouldCreate);
    if (file) cache.set(key, file);
    else cache.delete(key);
    return file;
  };
  state.builder = ts.createSemanticDiagnosticsBuilderProgram(parsed.fileNames, parsed.options, host, state.builder, ts.getConfigFileParsingDiagnostics(parsed), parsed.projectReferences);
  // The project's parsed files stay with its builder only; forget those no longer in its map.
  for (const key of state.sources.keys()) if (!Object.hasOwn(files, place(key.split('\0')[0]).relative ?? '')) state.sources.delete(key);
  return tscReport(ts, state.builder, formatHost);
}

const routes = {
  ping: () => ({ ok: true, typescript: ts.version }),
  typecheck,
};

let lastActivity = Date.now();
createServer((request, response) => {
  const route = workerRoute(request, response, token, routes);
  if (!route) return;
  const chunks = [];
  let size = 0;
  request.on('data', (chunk) => {
    size += chunk.length;
    if (size > maxBodyBytes) request.destroy();
    else chunks.push(chunk);
  });
  request.on('end', () => {
    try {
      const text = Buffer.concat(chunks).toString('utf8');
      const result = route(text ? JSON.parse(text) : {});
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
    } catch (error) {
      const refused = error instanceof Refused || error instanceof SyntaxError;
      response.writeHead(refused ? 400 : 500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: refused ? error.message : String(error?.stack || error) }));
    } finally {
      lastActivity = Date.now();
    }
  });
}).listen(port, '127.0.0.1');

setInterval(
  () => {
    if (Date.now() - lastActivity > idleMs) process.exit(0);
  },
  Math.min(idleMs, 5000),
);
