#!/usr/bin/env node
// Makes a fresh clone ready with only Node and npm: pnpm (through npx when not installed),
// the workspace's dependencies, the built packages, and Debian's bubblewrap (the local sandbox) and
// Chromium (the browser checks).
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { stalePackages } from './stale-packages.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const quiet = process.argv.includes('--quiet');
const log = (message) => quiet || console.error(`[setup] ${message}`);

function run(command, options = {}) {
  log(command);
  const result = spawnSync(command, { cwd: root, stdio: 'inherit', shell: true, ...options });
  if (result.status !== 0) {
    console.error(`[setup] failed: ${command}`);
    process.exit(result.status ?? 1);
  }
}

const hasPnpm = spawnSync('pnpm --version', { shell: true, stdio: 'ignore' }).status === 0;
const pnpm = hasPnpm ? 'pnpm' : 'npx --yes pnpm@10';

const lock = `${root}/pnpm-lock.yaml`;
const marker = `${root}/node_modules/.pnpm/lock.yaml`;
if (!existsSync(marker) || statSync(marker).mtimeMs < statSync(lock).mtimeMs) {
  run(`${pnpm} install --frozen-lockfile`);
}

// Rebuild when any package's sources are newer than its build output.
const stale = stalePackages(root).length > 0;
if (stale || process.argv.includes('--build')) run(`${pnpm} -r --filter "./packages/**" run build`);

run(`node scripts/ensure-system-tools.mjs${process.argv.includes('--no-browser') ? ' --no-browser' : ''}`);
