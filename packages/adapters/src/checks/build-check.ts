import type { Check, CheckIssue } from '@buildwright/core';
import { cleanOutput, failed } from './check-report.js';

export interface BuildCheckOptions {
  /** Build command. Default `node_modules/.bin/vite build --logLevel warn`. */
  command?: string;
  /** Timeout. Default 180 s. */
  timeoutMs?: number;
}

/**
 * Builds the app (`vite build`). Named `build-app`: the run graph reserves `build` for the
 * model's build step, so a check called `build` could not be added to a builder. On failure the report holds the bundler's error, trimmed to
 * what matters (no stack traces, no absolute paths) with the file and line when given.
 *
 * @example
 * import { buildCheck } from '@buildwright/adapters/checks';
 *
 * const result = await buildCheck().run(context);
 * if (result.status === 'failed') console.log(result.report); // "Build check failed\nsrc/App.tsx:5:3: Expected ..."
 */
export function buildCheck(options: BuildCheckOptions = {}): Check {
  return {
    name: 'build-app',
    async run(context) {
      const command = options.command ?? 'node_modules/.bin/vite build --logLevel warn';
      if (options.command === undefined && (await context.sandbox.readFile('node_modules/.bin/vite')) === undefined) {
        return { status: 'skipped', reason: 'vite is not installed in the project (node_modules/.bin/vite); run the install check first' };
      }
      const result = await context.run(command, { timeoutMs: options.timeoutMs ?? 180_000 });
      if (result.exitCode === 0) return { status: 'passed' };
      const output = cleanOutput(`${result.stderr}\n${result.stdout}`, context.sandbox.root, 400);
      const trimmed = trimBuildOutput(output);
      const headline = result.timedOut ? `Build check failed: "${command}" timed out` : 'Build check failed';
      return failed(headline, parseBuildIssues(trimmed), trimmed);
    },
  };
}

/** Keeps the error part of a Vite/Rollup/esbuild failure: from "error during build" on, without stack frames. */
export function trimBuildOutput(output: string): string {
  const start = output.search(/error during build|Transform failed|\[vite[^\]]*\]|\[plugin [^\]]*\]|RollupError|Error:/);
  const relevant = (start === -1 ? output : output.slice(start))
    .split('\n')
    .filter((line) => !/^\s+at\s/.test(line) && !/node_modules\//.test(line));
  return relevant.slice(0, 30).join('\n').trim();
}

/** `src/App.tsx:5:3: ERROR: message` (esbuild), `src/App.tsx (5:3): message` (Rollup), `file: src/App.tsx:5:3` (Vite) → issues. */
export function parseBuildIssues(output: string): CheckIssue[] {
  const issues: CheckIssue[] = [];
  const firstMessage = output.split('\n').find((line) => /error|failed/i.test(line) && !/^error during build:?$/.test(line.trim()))?.trim() ?? 'build failed';
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
