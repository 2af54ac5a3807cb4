import { readdir, readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import type { CheckContext, CheckIssue } from '@buildwright/core';
import { cleanOutput } from '../check-report.js';
import { eslintErrors } from '../eslint-report.js';
import type { WebCheckSession } from '../web-check-session.js';
import { files as configFiles } from './lint-config.generated.js';
import { lintInServer, startSecurityLintServer } from './security-lint-server.js';

/** Where the security lint's config and plugins are placed in the sandbox (a scratch directory the project's commands may write: rewritten on every run). */
export const securityLintDirectory = 'node_modules/.cache/buildwright/security-lint';

/** The ESLint plugins the config loads, copied with their dependencies from this package's own. */
const plugins = ['eslint-plugin-security', 'eslint-plugin-no-unsanitized'];

/** What the security lint found: issues, or why it could not say. */
export type SecurityLintOutcome = { issues: CheckIssue[] } | { unavailable: string; output?: string };

/**
 * Lints the project inside the sandbox with the security check's own ESLint config
 * (`eslint-plugin-security`, `eslint-plugin-no-unsanitized`, no-eval rules): the generated code is
 * never loaded into this process. The config and plugins are written into the sandbox each run,
 * the project's ESLint (`node_modules/.bin/eslint`, 9 or later) runs them with `--no-inline-config`,
 * so neither the project's config nor `eslint-disable` comments can turn the rules off. With a
 * session whose worker is on, the same lint runs in the sandbox's security lint server, kept warm
 * between verifications (a process of its own that loads none of the project's code; see
 * security-lint-server.ts), and falls back to the command when the server cannot answer.
 */
export async function runSecurityLint(context: CheckContext, timeoutMs: number, session?: WebCheckSession): Promise<SecurityLintOutcome> {
  if (!(await eslintInstalled(context))) {
    return { unavailable: 'eslint is not installed in the project (node_modules/.bin/eslint): keep eslint (9 or later) and typescript-eslint in devDependencies; the security lint runs them' };
  }
  const writeFiles = () => writeSandboxFiles(context);
  const command = `node_modules/.bin/eslint --config ${securityLintDirectory}/eslint.config.mjs --no-inline-config --no-warn-ignored --format json .`;
  let result = session ? await lintInServer(context, session, { timeoutMs, label: `${command.replace('node_modules/.bin/', '')} (security lint server)`, writeFiles }) : undefined;
  if (!result) {
    await writeFiles();
    result = await context.run(command, { timeoutMs, env: { ESLINT_USE_FLAT_CONFIG: 'true' } });
  }
  const issues = eslintErrors(result.stdout, context.sandbox.root);
  if (issues) return { issues: issues.map(explainParseError) };
  const reason = result.timedOut ? `ESLint timed out after ${timeoutMs} ms` : `ESLint could not run (exit ${result.exitCode})`;
  return { unavailable: reason, output: cleanOutput(`${result.stderr}\n${result.stdout}`, context.sandbox.root, 20) };
}

/** Starts the sandbox's security lint server ahead of the first verification (`Check.prepare`), when the session's worker is on and ESLint is installed. */
export async function prepareSecurityLint(context: CheckContext, session: WebCheckSession): Promise<void> {
  if (!session.usesWorker || !(await eslintInstalled(context))) return;
  await startSecurityLintServer(context, session, () => writeSandboxFiles(context));
}

async function eslintInstalled(context: CheckContext): Promise<boolean> {
  return (await context.sandbox.readFile('node_modules/.bin/eslint')) !== undefined;
}

/** The config, server and plugins, written again each time: the directory is one the project's commands may write. */
async function writeSandboxFiles(context: CheckContext): Promise<void> {
  for (const [path, content] of Object.entries(await sandboxFiles())) await context.sandbox.writeFile(`${securityLintDirectory}/${path}`, content);
}

/** A parse error of a TypeScript file without the project's parser says what to keep. */
function explainParseError(issue: CheckIssue): CheckIssue {
  if (!/^Parsing error/.test(issue.message) || !/\.[mc]?tsx?$/.test(issue.file ?? '')) return issue;
  return { ...issue, message: `${issue.message} (the security lint reads TypeScript with the project's typescript-eslint: keep it in devDependencies)` };
}

let cached: Promise<Record<string, string>> | undefined;

/** The config and, under `node_modules/`, each plugin and its dependencies (their code and package.json, not tests or docs). */
function sandboxFiles(): Promise<Record<string, string>> {
  cached ??= (async () => {
    const files: Record<string, string> = { ...configFiles };
    const seen = new Set<string>();
    const add = async (name: string, from: string) => {
      if (seen.has(name)) return;
      seen.add(name);
      const directory = dirname(createRequire(from).resolve(`${name}/package.json`));
      const manifest = JSON.parse(await readFile(join(directory, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
      for (const path of await packageFiles(directory)) files[`node_modules/${name}/${path}`] = await readFile(join(directory, path), 'utf8');
      for (const dependency of Object.keys(manifest.dependencies ?? {})) await add(dependency, join(directory, 'package.json'));
    };
    for (const plugin of plugins) await add(plugin, import.meta.url);
    return files;
  })();
  cached.catch(() => (cached = undefined));
  return cached;
}

/** A package's code and manifests, relative to its directory. */
async function packageFiles(directory: string): Promise<string[]> {
  const entries = await readdir(directory, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.(?:c|m)?js$|\.json$/.test(entry.name))
    .map((entry) => relative(directory, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .filter((path) => !/(?:^|\/)(?:node_modules|tests?|__tests__|docs?|\.github|coverage)\//.test(path) && !/^eslint\.config\./.test(path));
}
