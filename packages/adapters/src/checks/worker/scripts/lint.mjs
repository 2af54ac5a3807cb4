/**
 * The check worker's lint (run in its tools thread, inside the sandbox). It keeps one
 * ESLint instance with the project's own flat config (a new one when a config file or
 * package.json changes) and ESLint's file cache (by content), so after an edit only changed files are linted,
 * with the parser and plugins already loaded. Its answer is what
 * `eslint . --format json --no-warn-ignored --cache --cache-location <cacheLocation>` prints and
 * exits with.
 */
// Shipped as a string: after editing, run `node packages/adapters/scripts/generate-file-modules.mjs check-worker`.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = process.cwd();
const require = createRequire(join(root, 'package.json'));
const configFiles = ['eslint.config.js', 'eslint.config.mjs', 'eslint.config.cjs', 'eslint.config.ts', 'eslint.config.mts', 'eslint.config.cts', 'package.json'];
let ESLint;
let current;

const read = (path) => {
  try {
    return readFileSync(join(root, path), 'utf8');
  } catch {
    return '';
  }
};

/** What the ESLint CLI prints and exits with for `request.cacheLocation`, for the project in the working directory. */
export async function lint(request) {
  if (!ESLint) {
    const module = await import(pathToFileURL(require.resolve('eslint')).href);
    ESLint = module.ESLint ?? module.default.ESLint;
  }
  const key = `${configFiles.map(read).join('\0')}\0${request.cacheLocation}`;
  try {
    if (!current || current.key !== key) {
      // The cache keys files by content, not by time: the engine writes every file of a run into the sandbox
      // again at its start (same content, new mtime), which would otherwise lint the whole project again.
      const eslint = new ESLint({ cwd: root, cache: true, cacheLocation: request.cacheLocation, cacheStrategy: 'content', warnIgnored: false });
      current = { key, eslint, formatter: await eslint.loadFormatter('json') };
    }
    const results = await current.eslint.lintFiles(['.']);
    const stdout = await current.formatter.format(results, {
      cwd: root,
      get rulesMeta() {
        return current.eslint.getRulesMetaForResults(results);
      },
    });
    const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
    return { exitCode: errors > 0 ? 1 : 0, stdout, stderr: '' };
  } catch (error) {
    current = undefined;
    // What the CLI prints when ESLint itself fails (a bad config, a missing plugin).
    return { exitCode: 2, stdout: '', stderr: `\nOops! Something went wrong! :(\n\nESLint: ${ESLint.version}\n\n${String(error?.message || error)}\n` };
  }
}
