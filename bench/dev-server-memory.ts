// Vite dev server memory (react-vite template, installed in a local sandbox; the server itself run
// directly in the project's directory, as the live preview's command runs it), with and without
// `--max-semi-space-size=1`:
//   pnpm exec tsx bench/dev-server-memory.ts [--rounds 3]
// Each round starts the server both ways (alternating), loads the page and every module it imports
// (what the browser would transform, timed), then reads the process's resident memory (VmRSS) and its
// peak (VmHWM) from /proc after 2 s.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { installedProjects } from './installed-projects.js';
import { freePort } from '../packages/adapters/src/testing/free-port.js';
import { loadAverage } from './load-average.js';

const rounds = Math.max(1, Number(process.argv[process.argv.indexOf('--rounds') + 1] || 3) || 3);
const projects = installedProjects('devserver');

const kilobytes = (status: string, field: string) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);

/** VmRSS and VmHWM (MB) of a dev server started with `flags`, after it served the page and its modules. */
async function measure(directory: string, flags: string[]): Promise<{ rss: number; hwm: number; ms: number; modules: number }> {
  const port = await freePort();
  const child = spawn(process.execPath, [...flags, 'node_modules/vite/bin/vite.js', '--host', '127.0.0.1', '--port', String(port), '--strictPort', '--clearScreen', 'false'], {
    cwd: directory,
    stdio: 'ignore',
  });
  try {
    const base = `http://127.0.0.1:${port}`;
    for (let tries = 0; ; tries += 1) {
      try {
        await (await fetch(base)).text();
        break;
      } catch (error) {
        if (tries > 300) throw error;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
    }
    // The modules a browser would ask for: breadth first from the entry, following import specifiers Vite rewrote.
    const started = performance.now();
    const seen = new Set<string>(['/src/main.tsx']);
    const queue = ['/src/main.tsx', '/@vite/client'];
    while (queue.length > 0) {
      const path = queue.shift()!;
      const text = await (await fetch(base + path)).text();
      for (const match of text.matchAll(/(?:from|import)\s*\(?\s*["'](\/[^"']+)["']/g)) {
        if (!seen.has(match[1]!)) {
          seen.add(match[1]!);
          queue.push(match[1]!);
        }
      }
    }
    const ms = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 2_000));
    const status = readFileSync(`/proc/${child.pid}/status`, 'utf8');
    return { rss: kilobytes(status, 'VmRSS') / 1024, hwm: kilobytes(status, 'VmHWM') / 1024, ms, modules: seen.size };
  } finally {
    child.kill();
  }
}

try {
  console.log(`load average at start: ${loadAverage()}`);
  const { sandbox } = await projects.next();
  const directory = sandbox.root;
  const results: Record<string, Array<{ rss: number; hwm: number; ms: number; modules: number }>> = { default: [], 'semi-space 1 MB': [] };
  for (let round = 1; round <= rounds; round += 1) {
    for (const [label, flags] of [
      ['default', []],
      ['semi-space 1 MB', ['--max-semi-space-size=1']],
    ] as const) {
      const figures = await measure(directory, [...flags]);
      results[label]!.push(figures);
      console.log(
        `round ${round} ${label.padEnd(16)} RSS ${figures.rss.toFixed(0).padStart(4)} MB, peak ${figures.hwm.toFixed(0).padStart(4)} MB, ${figures.modules} modules served in ${figures.ms.toFixed(0)} ms   (load ${loadAverage()})`,
      );
    }
  }
  for (const [label, list] of Object.entries(results)) {
    const mean = (field: 'rss' | 'hwm' | 'ms') => list.reduce((sum, entry) => sum + entry[field], 0) / list.length;
    console.log(`${label.padEnd(16)} mean RSS ${mean('rss').toFixed(0)} MB, mean peak ${mean('hwm').toFixed(0)} MB, mean time to serve the modules ${mean('ms').toFixed(0)} ms`);
  }
  console.log(`load average at end: ${loadAverage()}`);
} finally {
  await projects.close();
}
