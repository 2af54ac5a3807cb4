import { createHash } from 'node:crypto';
import type { Check, CheckContext, CheckIssue, CheckResult, SandboxCommandResult } from '@buildwright/core';
import { cleanOutput, failed } from './check-report.js';
import type { CheckMemo, WebCheckSession, WorkerRun } from './web-check-session.js';

export interface BuildCheckOptions {
  /** Build command. Default `node_modules/.bin/vite build --logLevel warn --sourcemap hidden`. */
  command?: string;
  /** Timeout. Default 180 s. */
  timeoutMs?: number;
  /** Where the build must write `index.html`: the directory the browser check serves. Default `dist`. */
  outputDirectory?: string;
}

/** The default build; `--sourcemap hidden` writes maps without linking them, so the browser check can name the file and line of a page error. */
const defaultCommand = 'node_modules/.bin/vite build --logLevel warn --sourcemap hidden';
/** Where the check worker builds before the build check publishes: the served build only ever changes to a checked one. */
const stagingDirectory = 'node_modules/.buildwright/build-next';
/** Where `prepare`'s warm-up build goes (never served). */
const warmUpDirectory = 'node_modules/.buildwright/build-warm-up';

/**
 * Builds the app (`vite build`). Named `build-app`: the run graph reserves `build` for the
 * model's build step, so a check called `build` could not be added to a builder. On failure the
 * report holds the bundler's error, trimmed to what matters (no stack traces, no absolute paths)
 * with the file and line when given.
 *
 * Given the session of `webChecks()` (and the default command), Vite runs in the sandbox's check
 * worker: the build starts as soon as the validate check starts, into a staging directory that
 * this check moves into place, and an unchanged project is not built again. Reports, events and
 * the served build are the same as with the command.
 *
 * @example
 * import { buildCheck } from '@buildwright/adapters/checks';
 *
 * const result = await buildCheck().run(context);
 * if (result.status === 'failed') console.log(result.report); // "Build check failed\nsrc/App.tsx:5:3: Expected ..."
 */
export function buildCheck(options: BuildCheckOptions = {}, session?: WebCheckSession): Check {
  const command = options.command ?? defaultCommand;
  const timeoutMs = options.timeoutMs ?? 180_000;
  const worker = session?.usesWorker && options.command === undefined ? session : undefined;
  const label = `${defaultCommand.replace('node_modules/.bin/', '')} (check worker)`;

  if (worker) {
    worker.onWarmUp({
      stage: 'build',
      run: async (running, context) => {
        if (await viteInstalled(context)) await running.request('build', { staging: warmUpDirectory, cacheKey: rootFilesKey(context) }, { timeoutMs, signal: context.signal });
      },
    });
    worker.onStartEarly(async (context) => {
      if (!(await viteInstalled(context))) return;
      const key = await worker.inputsKey(context, 'build');
      const slots = worker.state(context.sandbox).slots;
      if ((slots.get('build') as CheckMemo | undefined)?.key === key || (slots.get('build-early') as EarlyBuild | undefined)?.key === key) return;
      const run = worker.request(context, 'build', { staging: stagingDirectory, cacheKey: rootFilesKey(context) }, { label, timeoutMs, emit: 'later' });
      run.catch(() => {});
      slots.set('build-early', { key, run } satisfies EarlyBuild);
    });
  }

  return {
    name: 'build-app',
    // While the model works: one build of the starting files loads Vite and fills the worker's cache of dependency transforms.
    ...(worker ? { prepare: (context: CheckContext) => worker.prepare(context) } : {}),
    async run(context) {
      const result = await build(context);
      return result.status === 'passed' ? servedOutput(context, result, options.outputDirectory ?? 'dist') : result;
    },
  };

  async function build(context: CheckContext): Promise<CheckResult> {
    if (options.command === undefined && !(await viteInstalled(context))) {
      return { status: 'skipped', reason: 'vite is not installed in the project (node_modules/.bin/vite); run the install check first' };
    }
    if (!worker) return report(await context.run(command, { timeoutMs }), command, context);

    const key = await worker.inputsKey(context, 'build');
    const slots = worker.state(context.sandbox).slots;
    const memo = slots.get('build') as (CheckMemo & { outDir?: string }) | undefined;
    if (memo?.key === key && (memo.result.status !== 'passed' || (await context.sandbox.readFile(`${memo.outDir}/index.html`)) !== undefined)) return memo.result;

    await worker.startEarly(context);
    const early = slots.get('build-early') as EarlyBuild | undefined;
    slots.delete('build-early');
    const run = early?.key === key ? await early.run : undefined;
    let result: CheckResult;
    let outDir: string | undefined;
    if (run) {
      await worker.emitRun(context, run);
      outDir = typeof run.extra.outDir === 'string' ? run.extra.outDir : undefined;
      const published = run.exitCode !== 0 || !run.extra.staged || (await publish(worker, context, outDir!, timeoutMs));
      result = published ? report(run, command, context) : report(await context.run(command, { timeoutMs }), command, context);
    } else {
      result = report(await context.run(command, { timeoutMs }), command, context);
    }
    const transient = run ? run.timedOut || run.aborted : false;
    if (!transient) slots.set('build', { key, result, ...(outDir ? { outDir } : { outDir: 'dist' }) });
    return result;
  }
}

/**
 * A build that exits 0 but writes its page elsewhere (a `root` or `build.outDir` in vite.config)
 * leaves the browser check nothing to load: it fails here, saying where the page must go.
 */
async function servedOutput(context: CheckContext, result: CheckResult, directory: string): Promise<CheckResult> {
  if ((await context.sandbox.readFile(`${directory}/index.html`)) !== undefined) return result;
  return failed(`Build check failed: the build finished but wrote no ${directory}/index.html, the page the browser check loads`, [
    { file: 'vite.config.ts', message: `the build must write ${directory}/index.html at the project root: remove a "root" or "build.outDir" option that moves it` },
  ]);
}

interface EarlyBuild {
  key: string;
  run: Promise<WorkerRun | undefined>;
}

/**
 * The project's root files (vite.config.*, package.json, tsconfig.json, .env...): while they stay
 * the same, the worker's next build may reuse the transforms of unchanged dependency modules.
 */
export function rootFilesKey(context: CheckContext): string {
  const hash = createHash('sha256');
  for (const path of Object.keys(context.files)
    .filter((candidate) => !candidate.includes('/'))
    .sort())
    hash.update(path).update('\0').update(context.files[path]!).update('\0');
  return hash.digest('hex');
}

async function viteInstalled(context: CheckContext): Promise<boolean> {
  return (await context.sandbox.readFile('node_modules/.bin/vite')) !== undefined;
}

/** Moves the staged build into the project's output directory; false when the worker could not. */
async function publish(session: WebCheckSession, context: CheckContext, outDir: string, timeoutMs: number): Promise<boolean> {
  const run = await session.request(context, 'publish', { staging: stagingDirectory, outDir }, { label: 'publish', timeoutMs, emit: 'later' });
  return run?.exitCode === 0;
}

function report(result: SandboxCommandResult, command: string, context: CheckContext): CheckResult {
  if (result.exitCode === 0) return { status: 'passed' };
  const output = cleanOutput(`${result.stderr}\n${result.stdout}`, context.sandbox.root, 400);
  const trimmed = trimBuildOutput(output);
  const headline = result.timedOut ? `Build check failed: "${command}" timed out` : 'Build check failed';
  return failed(headline, parseBuildIssues(trimmed), trimmed);
}

/** Keeps the error part of a Vite/Rollup/esbuild failure: from "error during build" on, without stack frames. */
export function trimBuildOutput(output: string): string {
  const start = output.search(/error during build|Transform failed|\[vite[^\]]*\]|\[plugin [^\]]*\]|RollupError|Error:/);
  const relevant = (start === -1 ? output : output.slice(start)).split('\n').filter((line) => !/^\s+at\s/.test(line) && !/node_modules\//.test(line));
  return relevant.slice(0, 30).join('\n').trim();
}

/** `src/App.tsx:5:3: ERROR: message` (esbuild), `src/App.tsx (5:3): message` (Rollup), `file: src/App.tsx:5:3` (Vite) → issues. */
export function parseBuildIssues(output: string): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const firstMessage =
    output
      .split('\n')
      .find((line) => /error|failed/i.test(line) && !/^error during build:?$/.test(line.trim()))
      ?.trim() ?? 'build failed';
  for (const line of output.split('\n')) {
    const esbuild = /^\.?\/?([\w./@-]+\.\w+):(\d+):(\d+): ERROR: (.*)$/.exec(line.trim());
    if (esbuild) {
      issues.push({ file: esbuild[1]!, line: Number(esbuild[2]), column: Number(esbuild[3]), message: esbuild[4]! });
      continue;
    }
    const rollup = /^\.?\/?([\w./@-]+\.\w+) \((\d+):(\d+)\): (.*)$/.exec(line.trim());
    if (rollup) {
      issues.push({ file: rollup[1]!, line: Number(rollup[2]), column: Number(rollup[3]), message: rollup[4]! });
      continue;
    }
    const place = /^file: \.?\/?([\w./@-]+\.\w+):(\d+):(\d+)/.exec(line.trim());
    if (place && !issues.some((issue) => issue.file === place[1] && issue.line === Number(place[2]))) {
      issues.push({ file: place[1]!, line: Number(place[2]), column: Number(place[3]), message: firstMessage.replace(/^\[[^\]]+\]\s*/, '') });
    }
  }
  return issues.length ? issues : [{ message: firstMessage }];
}
