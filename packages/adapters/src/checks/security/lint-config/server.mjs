/**
 * The security lint kept warm (run inside the sandbox, under its isolation, with
 * `node node_modules/.cache/buildwright/security-lint/server.mjs`, on `$PORT`). It loads the
 * project's ESLint and the config beside this file once, and nothing of the project's own code:
 * not its ESLint config, not its Vite config, no plugin of its choosing (the check worker, which runs
 * those, is another process). Each authenticated `POST /lint` answers what
 * `eslint --config <this directory>/eslint.config.mjs --no-inline-config --no-warn-ignored --format json .`
 * prints and exits with, reading the project's files again (no cache between requests). It exits
 * after `BUILDWRIGHT_SECURITY_LINT_IDLE_MS` without requests.
 */
// Shipped as a string: after editing, run `node packages/adapters/scripts/generate-file-modules.mjs security-lint`.
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = process.cwd();
const token = process.env.BUILDWRIGHT_SECURITY_LINT_TOKEN;
const port = Number(process.env.PORT);
const idleMs = Number(process.env.BUILDWRIGHT_SECURITY_LINT_IDLE_MS) || 300000;
for (const name of ['BUILDWRIGHT_SECURITY_LINT_TOKEN', 'BUILDWRIGHT_SECURITY_LINT_IDLE_MS', 'PORT', 'HOST']) delete process.env[name];
const config = fileURLToPath(new URL('./eslint.config.mjs', import.meta.url));

let loaded;
/** The project's ESLint with this config (loaded once: later changes to the files beside this one play no part). */
function linter() {
  loaded ??= (async () => {
    const module = await import(pathToFileURL(createRequire(join(root, 'package.json')).resolve('eslint')).href);
    const ESLint = module.ESLint ?? module.default.ESLint;
    const eslint = new ESLint({ cwd: root, overrideConfigFile: config, allowInlineConfig: false, warnIgnored: false });
    // Loads the config, its plugins and the TypeScript parser before the first request.
    await eslint.calculateConfigForFile(join(root, 'index.tsx'));
    return { eslint, version: ESLint.version, formatter: await eslint.loadFormatter('json') };
  })();
  loaded.catch(() => (loaded = undefined));
  return loaded;
}

async function lint() {
  let version = 'unknown';
  try {
    const { eslint, formatter, ...rest } = await linter();
    version = rest.version;
    const results = await eslint.lintFiles(['.']);
    const stdout = await formatter.format(results, { cwd: root, rulesMeta: eslint.getRulesMetaForResults(results) });
    const errors = results.reduce((sum, result) => sum + result.errorCount, 0);
    return { exitCode: errors > 0 ? 1 : 0, stdout, stderr: '' };
  } catch (error) {
    // What the CLI prints when ESLint itself fails (a missing parser, a file it cannot read).
    return { exitCode: 2, stdout: '', stderr: `\nOops! Something went wrong! :(\n\nESLint: ${version}\n\n${String(error?.message || error)}\n` };
  }
}

let queue = Promise.resolve();
let active = 0;
let lastActivity = Date.now();
createServer((request, response) => {
  if (request.headers['x-buildwright-token'] !== token) return void response.writeHead(403).end();
  if (request.method !== 'POST' || request.url !== '/lint') return void response.writeHead(404).end();
  request.resume();
  request.on('end', () => {
    active += 1;
    // One lint at a time, each on the files as they are when it starts.
    const answer = queue.then(lint);
    queue = answer.then(
      () => {},
      () => {},
    );
    answer
      .then((result) => response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result)))
      .catch((error) => response.writeHead(500).end(String(error?.stack || error)))
      .finally(() => {
        active -= 1;
        lastActivity = Date.now();
      });
  });
}).listen(port, '127.0.0.1');

setInterval(
  () => {
    if (active === 0 && Date.now() - lastActivity > idleMs) process.exit(0);
  },
  Math.min(idleMs, 5000),
);

linter().catch(() => {});
