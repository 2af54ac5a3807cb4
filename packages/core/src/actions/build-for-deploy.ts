import { BuildwrightError } from '@buildwright/client';
import type { DeployBuild } from '../spec/deploy.js';
import type { Sandbox } from '../spec/sandbox.js';

/** Where a deploy build happens inside the project's sandbox: a dot-directory, so it is never part of a version. */
const buildRoot = '.buildwright/deploy-build';

/** Options of {@link buildForDeploy}. */
export interface BuildForDeployOptions {
  sandbox: Sandbox;
  /** Names the build directory (one per deployment). */
  deploymentId: string;
  versionNumber: number;
  files: Record<string, string>;
  /** Set for the build (`VITE_*` values reach the app as `import.meta.env`). */
  env: Record<string, string>;
  signal?: AbortSignal;
  /** Default 180 s. */
  timeoutMs?: number;
}

/**
 * Builds a version's production bundle IN THE SANDBOX: the project's Vite config is code the model
 * wrote, so it never runs on this machine. The version's files are written to a directory of their
 * own under the project's sandbox (its installed `node_modules` resolve from there), `vite build`
 * runs without network, and the built files are read back. A version without `package.json` but
 * with `index.html` is a site as it is, served unbuilt.
 *
 * @example
 * const build = await buildForDeploy({ sandbox, deploymentId, versionNumber: 2, files, env: {} });
 * // { outputDir: 'dist', files: { 'index.html': '...', 'assets/index-1a2b.js': '...', 'assets/logo-9f8e.png': Uint8Array } }
 */
export async function buildForDeploy(options: BuildForDeployOptions): Promise<DeployBuild> {
  const { sandbox, files } = options;
  if (!('package.json' in files)) {
    if ('index.html' in files) return { outputDir: '.', files };
    throw buildFailed(options.versionNumber, 'it has neither package.json nor index.html, so there is nothing to build or serve');
  }
  if ((await sandbox.readFile('node_modules/.bin/vite')) === undefined) {
    throw buildFailed(options.versionNumber, "Vite is not installed in the project's sandbox (node_modules/.bin/vite); run an edit of the project (its install check installs it), then deploy again");
  }
  const directory = `${buildRoot}/${options.deploymentId}`;
  const up = directory
    .split('/')
    .map(() => '..')
    .join('/');
  try {
    for (const [path, content] of Object.entries(files)) await sandbox.writeFile(`${directory}/${path}`, content);
    const built = await sandbox.run({
      command: `${up}/node_modules/.bin/vite build --outDir dist --emptyOutDir --logLevel warn`,
      cwd: directory,
      env: { ...options.env, NODE_ENV: 'production' },
      timeoutMs: options.timeoutMs ?? 180_000,
      ...(options.signal ? { signal: options.signal } : {}),
    });
    if (built.exitCode !== 0) {
      const output = `${built.stderr}\n${built.stdout}`.split(sandbox.root).join('').trim();
      throw buildFailed(options.versionNumber, built.timedOut ? 'vite build timed out' : `vite build exited with ${built.exitCode}: ${output.slice(-1_500) || '(no output)'}`);
    }
    const listed = await sandbox.run({ command: 'find dist -type f', cwd: directory, timeoutMs: 30_000 });
    const paths = listed.stdout
      .split('\n')
      .map((line) => line.trim().replace(/^dist\//, ''))
      .filter(Boolean);
    const output: DeployBuild['files'] = {};
    for (const path of paths) {
      const bytes = await sandbox.readFileBytes(`${directory}/dist/${path}`);
      if (bytes !== undefined) output[path] = textOrBytes(bytes);
    }
    if (!('index.html' in output)) throw buildFailed(options.versionNumber, 'vite build wrote no dist/index.html');
    return { outputDir: 'dist', files: output };
  } finally {
    await sandbox.run({ command: `rm -rf ${directory}`, timeoutMs: 30_000 }).catch(() => undefined);
  }
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** A built file as text when it is valid UTF-8 (HTML, JS, CSS, SVG), else its bytes unchanged (PNG, WOFF2, wasm). */
function textOrBytes(bytes: Uint8Array): string | Uint8Array {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    return bytes;
  }
}

function buildFailed(versionNumber: number, reason: string): BuildwrightError {
  return new BuildwrightError({ code: 'DEPLOY_BUILD_FAILED', message: `Building version ${versionNumber} for deployment failed: ${reason}. Nothing was deployed.`, details: { versionNumber } });
}
