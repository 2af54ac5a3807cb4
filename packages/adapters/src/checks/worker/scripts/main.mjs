/**
 * The check worker's main thread (run inside the sandbox with
 * `node node_modules/.buildwright/worker/main.mjs`, on `$PORT`). It answers authenticated POST
 * requests from the checks: `/typecheck` and `/lint` (both in one tools thread, which keeps them
 * warm and holds the one TypeScript they share), `/build` (Vite's own `createBuilder().buildApp()`, as the CLI runs it,
 * with its logs captured as the CLI prints them, optionally into a staging directory whose source
 * maps already point from the final directory), and `/publish` (moves a staged build into place).
 * A build reuses Rollup's cache of the previous one for unchanged dependency modules (plain
 * JavaScript under node_modules) while the project's root files (configs, package.json, .env)
 * stay the same: the project's own modules, CSS and virtual modules are always transformed
 * again. It exits after `BUILDWRIGHT_WORKER_IDLE_MS` without requests.
 */
// Shipped as a string: after editing, run `node packages/adapters/scripts/generate-file-modules.mjs check-worker`.
import { createServer } from 'node:http';
import { register } from 'node:module';
import { Worker } from 'node:worker_threads';
import { cp, mkdir, rename, rm } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { workerRoute } from './worker-route.mjs';

// Before Vite is loaded: lets the worker keep Rollup's cache between builds (see rollup-hooks.mjs).
let caching = false;
try {
  register('./rollup-hooks.mjs', import.meta.url);
  caching = true;
} catch {}

const root = process.cwd();
const token = process.env.BUILDWRIGHT_WORKER_TOKEN;
const port = Number(process.env.PORT);
const idleMs = Number(process.env.BUILDWRIGHT_WORKER_IDLE_MS) || 300000;
// The tools the checks will ask for (only lint when a shared service checks the types): with any,
// the tools thread starts at once, else with the first request.
const preload = (process.env.BUILDWRIGHT_WORKER_PRELOAD ?? 'typecheck,lint').split(',').filter(Boolean);
// The tools thread's V8 heap is bounded: past its old generation limit the thread ends (its
// requests are refused, the checks run the plain commands); a small young generation keeps its
// resident memory down (measured in bench/memory.ts, at no cost in check time there).
const threadHeapMb = Number(process.env.BUILDWRIGHT_WORKER_THREAD_HEAP_MB) || 1536;
const threadLimits = { maxOldGenerationSizeMb: threadHeapMb, maxYoungGenerationSizeMb: Math.min(8, threadHeapMb) };
// The project's tools get the environment a command would have.
for (const name of ['BUILDWRIGHT_WORKER_TOKEN', 'BUILDWRIGHT_WORKER_IDLE_MS', 'BUILDWRIGHT_WORKER_PRELOAD', 'BUILDWRIGHT_WORKER_THREAD_HEAP_MB', 'PORT', 'HOST']) delete process.env[name];

const inside = (path) => path.startsWith(root + sep);
/** The tools thread while it runs: its Worker and the requests waiting for its answer. */
let tools;

function toolsThread() {
  if (tools) return tools;
  const worker = new Worker(new URL('./tools-thread.mjs', import.meta.url), { resourceLimits: threadLimits });
  const current = (tools = { worker, pending: new Map(), next: 0 });
  worker.on('message', (message) => {
    const waiting = current.pending.get(message.id);
    if (!waiting) return;
    current.pending.delete(message.id);
    if (message.error) waiting.reject(new Error(message.error));
    else waiting.resolve(message.result);
  });
  const fail = (error) => {
    if (tools === current) tools = undefined;
    for (const waiting of current.pending.values()) waiting.reject(error);
    current.pending.clear();
  };
  worker.on('error', (error) =>
    fail(
      error?.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? new Error(`WORKER_THREAD_OUT_OF_MEMORY: the tools thread (type check and lint) went past its heap limit of ${threadHeapMb} MB; the checks run the plain commands instead`)
        : error,
    ),
  );
  worker.on('exit', (code) => fail(new Error(`tools thread exited with code ${code}`)));
  return current;
}

/** The answer of one tool of the tools thread (`typecheck` or `lint`) to `request`. */
function ask(tool, request) {
  const entry = toolsThread();
  const id = ++entry.next;
  return new Promise((resolve, reject) => {
    entry.pending.set(id, { resolve, reject });
    entry.worker.postMessage({ id, tool, request });
  });
}

// Only plain JavaScript from node_modules may come from the cache; anything else is transformed again.
const dependencyModule = /\/node_modules\/[^?\0]*\.[cm]?js$/;
const cachedDependencies = {
  name: 'buildwright:cached-dependencies',
  shouldTransformCachedModule: ({ id }) => (!id.startsWith('\0') && dependencyModule.test(id) ? null : true),
};
let rollupCache;
let rollupCacheKey;
let dependencyTransforms = 0;
const countDependencyTransforms = {
  name: 'buildwright:count-dependency-transforms',
  transform(_code, id) {
    if (!id.startsWith('\0') && dependencyModule.test(id)) dependencyTransforms += 1;
    return null;
  },
};

let vite;
async function build(request) {
  vite = vite || (await import('vite'));
  const reuse = caching && typeof request.cacheKey === 'string';
  if (!reuse || request.cacheKey !== rollupCacheKey) rollupCache = undefined;
  rollupCacheKey = request.cacheKey;
  globalThis.__buildwrightRollupCaches = [];
  dependencyTransforms = 0;
  const output = { stdout: '', stderr: '' };
  const loggedErrors = new WeakSet();
  const warned = new Set();
  // What the CLI prints with --logLevel warn: warnings and errors, on stderr.
  const logger = {
    hasWarned: false,
    info() {},
    warn(message) {
      logger.hasWarned = true;
      output.stderr += `${message}\n`;
    },
    warnOnce(message) {
      if (warned.has(message)) return;
      warned.add(message);
      logger.warn(message);
    },
    error(message, options) {
      if (options?.error) loggedErrors.add(options.error);
      output.stderr += `${message}\n`;
    },
    clearScreen() {},
    hasErrorLogged: (error) => loggedErrors.has(error),
  };
  let outDir;
  let staged = false;
  const staging = {
    name: 'buildwright:staging',
    enforce: 'post',
    config(config) {
      outDir = config.build?.outDir || 'dist';
      const target = resolve(root, outDir);
      // A build published by moving a directory must stay inside the project.
      if (!request.staging || !inside(target)) return;
      staged = true;
      // Source maps name their sources relative to where the build will be served from, not the staging directory.
      const stagingDirectory = resolve(root, request.staging);
      const output = config.build?.rollupOptions?.output;
      const movable = !Array.isArray(output) && !(output && (output.sourcemapPathTransform || output.sourcemapIgnoreList));
      const sourcemapPathTransform = (source, mapPath) => relative(dirname(join(target, relative(stagingDirectory, mapPath))), resolve(dirname(mapPath), source));
      // Rollup's default ignore list, applied to the path as it will read from the final directory.
      const sourcemapIgnoreList = (source, mapPath) => sourcemapPathTransform(source, mapPath).includes('node_modules');
      return { build: { outDir: request.staging, emptyOutDir: true, ...(movable ? { rollupOptions: { output: { sourcemapPathTransform, sourcemapIgnoreList } } } : {}) } };
    },
  };
  try {
    const inline = {
      root,
      logLevel: 'warn',
      customLogger: logger,
      build: { sourcemap: 'hidden', ...(reuse ? { rollupOptions: { cache: rollupCache || true } } : {}) },
      plugins: [staging, countDependencyTransforms, ...(reuse ? [cachedDependencies] : [])],
    };
    // As the CLI of the project's Vite does it: createBuilder().buildApp() since Vite 6, build() before.
    if (typeof vite.createBuilder === 'function') await (await vite.createBuilder(inline, null)).buildApp();
    else await vite.build(inline);
    const caches = globalThis.__buildwrightRollupCaches;
    // One bundle (one environment) per build, or no reuse at all.
    rollupCache = reuse && caches.length === 1 ? caches[0] : undefined;
    return { exitCode: 0, ...output, outDir, staged, dependencyTransforms };
  } catch (error) {
    output.stderr += `error during build:\n${String(error?.stack || error)}\n`;
    return { exitCode: 1, ...output, outDir, staged };
  }
}

async function publish(request) {
  const from = resolve(root, request.staging);
  const to = resolve(root, request.outDir);
  if (!inside(from) || !inside(to)) throw new Error('publish paths must be inside the project');
  // Beside the output, on its mount: the staging directory may be on another one (the sandbox
  // mounts node_modules' scratch space apart), and a rename cannot cross mounts.
  const next = `${to}.buildwright-next`;
  const previous = `${to}.buildwright-previous`;
  await rm(next, { recursive: true, force: true });
  await rm(previous, { recursive: true, force: true });
  await mkdir(dirname(to), { recursive: true });
  await rename(from, next).catch(async (error) => {
    if (error.code !== 'EXDEV') throw error;
    await cp(from, next, { recursive: true });
    await rm(from, { recursive: true, force: true });
  });
  await rename(to, previous).catch((error) => {
    if (error.code !== 'ENOENT') throw error;
  });
  await rename(next, to);
  await rm(previous, { recursive: true, force: true });
  return { exitCode: 0, published: request.outDir };
}

let builds = Promise.resolve();
const serial = (task) => {
  const result = builds.then(task, task);
  builds = result.catch(() => {});
  return result;
};

const routes = {
  ping: async () => ({ ok: true }),
  typecheck: () => ask('typecheck'),
  lint: (body) => ask('lint', body),
  build: (body) => serial(() => build(body)),
  publish: (body) => serial(() => publish(body)),
};

let active = 0;
let lastActivity = Date.now();
createServer((request, response) => {
  const route = workerRoute(request, response, token, routes);
  if (!route) return;
  let body = '';
  request.setEncoding('utf8');
  request.on('data', (chunk) => (body += chunk));
  request.on('end', async () => {
    active += 1;
    try {
      const result = await route(body ? JSON.parse(body) : {});
      response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result));
    } catch (error) {
      response.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: String(error?.stack || error) }));
    } finally {
      active -= 1;
      lastActivity = Date.now();
    }
  });
}).listen(port, '127.0.0.1');

setInterval(
  () => {
    if (active === 0 && Date.now() - lastActivity > idleMs) process.exit(0);
  },
  Math.min(idleMs, 5000),
);

// Load the tools while the first requests are on their way.
if (preload.includes('typecheck') || preload.includes('lint')) toolsThread();
import('vite').then(
  (module) => (vite = vite || module),
  () => {},
);
