#!/usr/bin/env node
// Makes sure the system tools Buildwright runs are installed, through Debian's apt-get as root:
// Chromium for the browser check (playwright-core drives /usr/bin/chromium) and bubblewrap, which
// the local sandbox runs every command in.
// Usage: node scripts/ensure-system-tools.mjs [--no-browser]
//   exits 0 when every tool is there or was installed, 1 otherwise (saying what to do).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const tools = [
  {
    name: 'bubblewrap',
    found: () => ['/usr/bin/bwrap', '/usr/local/bin/bwrap', '/bin/bwrap'].find((path) => existsSync(path)),
    manual:
      'Install it yourself (Debian/Ubuntu: sudo apt-get install -y bubblewrap; Fedora: dnf install bubblewrap). Without it the local sandbox refuses to run commands unless asked for localSandbox({ isolation: "none" }) (CLI: --sandbox local:none).',
  },
  ...(process.argv.includes('--no-browser')
    ? []
    : [
        {
          name: 'chromium',
          found: () => {
            const executable = process.env.BUILDWRIGHT_CHROMIUM ?? '/usr/bin/chromium';
            return existsSync(executable) ? executable : undefined;
          },
          manual: 'Install it yourself (Debian/Ubuntu: sudo apt-get install -y chromium) or set BUILDWRIGHT_CHROMIUM to a Chromium binary; until then the browser check is skipped.',
        },
      ]),
];

const missing = tools.filter((tool) => {
  const path = tool.found();
  if (path) console.log(`${tool.name}: found at ${path}`);
  return !path;
});
if (missing.length === 0) process.exit(0);

const names = missing.map((tool) => tool.name);
const fail = (why) => {
  for (const tool of missing) console.error(`${tool.name}: ${why}. ${tool.manual}`);
  process.exit(1);
};
if (process.getuid?.() !== 0) fail('not installed, and this script installs system packages only when run as root (apt-get)');

const run = (command, args) => {
  console.log(`system tools: running ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  if (result.error || result.status !== 0) fail(`"${command} ${args.join(' ')}" failed (${result.error?.message ?? `exit ${result.status}`})`);
};
run('apt-get', ['update']);
run('apt-get', ['install', '-y', '--no-install-recommends', ...names]);

const still = missing.filter((tool) => !tool.found());
if (still.length) {
  for (const tool of still) console.error(`${tool.name}: apt-get finished but it is still missing. ${tool.manual}`);
  process.exit(1);
}
console.log(`system tools: installed ${names.join(', ')}`);
