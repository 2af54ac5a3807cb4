#!/usr/bin/env node
// Makes sure Chromium is installed for the browser check (playwright-core drives Debian's /usr/bin/chromium).
// Usage: node scripts/ensure-chromium.mjs   (exits 0 when Chromium is there or was installed, 1 otherwise)
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const executable = process.env.BUILDWRIGHT_CHROMIUM ?? '/usr/bin/chromium';

if (existsSync(executable)) {
  console.log(`chromium: found at ${executable}`);
  process.exit(0);
}

const manual = 'Install it yourself (Debian/Ubuntu: sudo apt-get install -y chromium) or set BUILDWRIGHT_CHROMIUM to a Chromium binary; until then the browser check is skipped.';

if (process.getuid?.() !== 0) {
  console.error(`chromium: not found at ${executable}, and this script installs it only when run as root (apt-get). ${manual}`);
  process.exit(1);
}

const run = (command, args) => {
  console.log(`chromium: running ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.error || result.status !== 0) {
    console.error(`chromium: "${command} ${args.join(' ')}" failed (${result.error?.message ?? `exit ${result.status}`}). ${manual}`);
    process.exit(1);
  }
};

run('apt-get', ['update']);
run('apt-get', ['install', '-y', '--no-install-recommends', 'chromium']);

if (!existsSync(executable)) {
  console.error(`chromium: apt-get finished but ${executable} is still missing. ${manual}`);
  process.exit(1);
}
console.log(`chromium: installed at ${executable}`);
