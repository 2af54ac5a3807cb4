// The floor's kept process (started by bench/tool-floor.ts with `fork`): the project's own tools,
// loaded once and kept in memory as the check worker keeps them, each run alone on a project
// directory when asked, one after another, timed. The same libraries as the check worker
// (packages/adapters/src/checks/worker/scripts/): a TypeScript semantic-diagnostics builder
// program (`tsc --noEmit`), ESLint's Node API with the project's flat config and its cache, Vite's
// `build` API, and Chromium through playwright-core loading the built page from a static server.
// Per project directory it keeps what the tools themselves keep between runs: the previous builder
// program (and the parsed source files whose text did not change), the ESLint instance and cache.
// Parsed lib and node_modules declaration files are shared across directories (their node_modules
// is one symlinked tree), as in a pool of warm tools for a template's dependency set.
import { createReadStream } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createRequire } from 'node:module';
import { extname, join, normalize } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'playwright-core';
import { chromiumArgs, launchChromium } from '../packages/adapters/src/checks/chromium-launch.js';

/** Milliseconds of each tool alone on one directory. */
export interface ToolTimes {
  tsc: number;
  eslint: number;
  build: number;
  browser: number;
}

export type FloorRequest = { id: number; directory: string };
export type FloorReply = { id: number; times?: ToolTimes; error?: string };

// biome-ignore lint/suspicious/noExplicitAny: the project's own TypeScript, loaded at run time.
type TypeScript = any;
interface ProjectState {
  // biome-ignore lint/suspicious/noExplicitAny: the project's TypeScript builder program.
  program?: any;
  // biome-ignore lint/suspicious/noExplicitAny: the project's ESLint instance.
  eslint?: any;
  server?: Server;
  url?: string;
}

let ts: TypeScript;
// biome-ignore lint/suspicious/noExplicitAny: the project's ESLint and Vite modules.
let tools: { ESLint: any; vite: any } | undefined;
let browser: Browser | undefined;
// biome-ignore lint/suspicious/noExplicitAny: TypeScript SourceFile objects.
const sources = new Map<string, any>();
const projects = new Map<string, ProjectState>();

async function load(directory: string): Promise<void> {
  if (tools) return;
  const require = createRequire(join(directory, 'package.json'));
  ts = require('typescript');
  const eslint = await import(pathToFileURL(require.resolve('eslint')).href);
  const vite = await import(pathToFileURL(require.resolve('vite')).href);
  tools = { ESLint: eslint.ESLint ?? eslint.default.ESLint, vite };
  browser = await launchChromium({ adapter: 'browserCheck', executablePath: process.env.BUILDWRIGHT_CHROMIUM ?? '/usr/bin/chromium', args: chromiumArgs });
}

/** `tsc --noEmit` with a kept builder program; throws on any diagnostic. */
function typecheck(directory: string, state: ProjectState): void {
  const configPath = ts.findConfigFile(directory, ts.sys.fileExists);
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, { noEmit: true }, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  const host = ts.createIncrementalCompilerHost(parsed.options, ts.sys);
  const getSourceFile = host.getSourceFile;
  host.getSourceFile = (fileName: string, ...rest: unknown[]) => {
    const cached = sources.get(fileName);
    if (cached && fileName.includes('/node_modules/')) return cached;
    const text = ts.sys.readFile(fileName);
    if (cached && cached.text === text) return cached;
    const file = getSourceFile.call(host, fileName, ...rest);
    if (file) sources.set(fileName, file);
    return file;
  };
  state.program = ts.createSemanticDiagnosticsBuilderProgram(parsed.fileNames, parsed.options, host, state.program, ts.getConfigFileParsingDiagnostics(parsed), parsed.projectReferences);
  const diagnostics = [...state.program.getSyntacticDiagnostics(), ...state.program.getOptionsDiagnostics(), ...state.program.getGlobalDiagnostics(), ...state.program.getSemanticDiagnostics()];
  if (diagnostics.length > 0) throw new Error(`tsc: ${diagnostics.length} diagnostics, first: ${ts.flattenDiagnosticMessageText(diagnostics[0].messageText, '\n')}`);
}

async function lint(directory: string, state: ProjectState): Promise<void> {
  // One process lints several projects here (a check worker lints one): typescript-eslint then
  // needs each project's tsconfig root named, as it cannot infer one among several.
  const overrideConfig = { languageOptions: { parserOptions: { tsconfigRootDir: directory } } };
  state.eslint ??= new tools!.ESLint({ cwd: directory, cache: true, cacheLocation: join(directory, '.floor-eslintcache'), warnIgnored: false, overrideConfig });
  const results = await state.eslint.lintFiles(['.']);
  const failed = results.filter((result: { errorCount: number }) => result.errorCount > 0);
  if (failed.length > 0) throw new Error(`eslint: ${failed[0].filePath}: ${failed[0].messages[0]?.message}`);
}

async function build(directory: string): Promise<void> {
  await tools!.vite.build({ root: directory, logLevel: 'warn', build: { sourcemap: 'hidden' } });
}

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png', '.json': 'application/json' };

/** A static server of `dist`, started once per directory (as the preview server stays up). */
async function serve(directory: string, state: ProjectState): Promise<string> {
  if (state.url) return state.url;
  const dist = join(directory, 'dist');
  state.server = createServer((request, response) => {
    const path = normalize(decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname));
    const file = join(dist, path.endsWith('/') ? `${path}index.html` : path);
    const stream = createReadStream(file);
    stream.on('open', () => response.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' }));
    stream.on('error', () => response.writeHead(404).end());
    stream.pipe(response);
  });
  await new Promise<void>((resolve) => state.server!.listen(0, '127.0.0.1', resolve));
  state.url = `http://127.0.0.1:${(state.server.address() as AddressInfo).port}/`;
  return state.url;
}

/** A fresh context on the open browser: load, the root rendered, a screenshot. */
async function loadPage(url: string, directory: string): Promise<void> {
  const context = await browser!.newContext({ viewport: { width: 1280, height: 800 } });
  try {
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForFunction(() => (document.querySelector('#root')?.childElementCount ?? 0) > 0);
    await page.screenshot({ path: join(directory, 'floor.png') });
    if (errors.length > 0) throw new Error(`page error: ${errors[0]}`);
  } finally {
    await context.close();
  }
}

async function timed(task: () => unknown): Promise<number> {
  const started = performance.now();
  await task();
  return performance.now() - started;
}

async function measure(directory: string): Promise<ToolTimes> {
  await load(directory);
  let state = projects.get(directory);
  if (!state) projects.set(directory, (state = {}));
  const project = state;
  // As in the check worker, whose process runs in the project (Tailwind finds its sources from there).
  process.chdir(directory);
  const url = await serve(directory, project);
  return {
    tsc: await timed(() => typecheck(directory, project)),
    eslint: await timed(() => lint(directory, project)),
    build: await timed(() => build(directory)),
    browser: await timed(() => loadPage(url, directory)),
  };
}

process.on('message', (request: FloorRequest) => {
  measure(request.directory).then(
    (times) => process.send!({ id: request.id, times } satisfies FloorReply),
    (error: Error) => process.send!({ id: request.id, error: String(error?.stack ?? error) } satisfies FloorReply),
  );
});
process.on('disconnect', () => {
  for (const state of projects.values()) state.server?.close();
  void browser?.close().finally(() => process.exit(0));
});
