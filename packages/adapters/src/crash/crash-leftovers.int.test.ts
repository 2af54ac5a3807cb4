import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { processesReferring } from '../local/leftover-processes.js';
import { freshDataDir, startCrashProcess } from './crash-harness.test-support.js';

// A run SIGKILLed in the middle of its checks leaves nothing running: not the check worker, the
// sandbox's commands and servers (with bubblewrap, and without it), nor Chromium. Each case finds
// the run's processes before the kill (so that there is something to leave behind), then scans
// /proc for any process whose command line, working directory or environment names the run's
// sandbox directory or the marker the killed process passed on to what it started.
const root = mkdtempSync(join(tmpdir(), 'bw-crash-leftovers-'));
afterAll(() => rm(root, { recursive: true, force: true }));
const transcript = fileURLToPath(new URL('../checks/fixtures/counter-app.json', import.meta.url));
const bubblewrap = process.env.BUILDWRIGHT_REQUIRE_ISOLATION === '1' || (await import('node:fs')).existsSync('/usr/bin/bwrap');

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = await read();
    if (done(value) || Date.now() - started > timeoutMs) return value;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const cases: Array<{ isolation: 'bubblewrap' | 'none'; pause: { when: 'before' | 'after'; type: string; occurrence: number }; what: string; running: RegExp }> = [
  { isolation: 'bubblewrap', pause: { when: 'after', type: 'check.started', occurrence: 3 }, what: 'validate starts (the check worker is up)', running: /bwrap/ },
  { isolation: 'bubblewrap', pause: { when: 'after', type: 'command.exited', occurrence: 3 }, what: 'the browser check has Chromium up', running: /chrom/i },
  { isolation: 'none', pause: { when: 'after', type: 'check.started', occurrence: 3 }, what: 'validate starts (the check worker is up)', running: /worker\/main\.mjs/ },
  { isolation: 'none', pause: { when: 'before', type: 'preview.ready', occurrence: 1 }, what: 'the browser check has its preview server', running: /static-server\.mjs/ },
];

describe('a crashed run leaves no process behind', () => {
  for (const { isolation, pause, what, running } of cases) {
    it.skipIf(isolation === 'bubblewrap' && !bubblewrap)(
      `behavior: isolation ${isolation}, SIGKILL when ${what}`,
      async () => {
        const sandboxRoot = mkdtempSync(join(root, 'sandboxes-'));
        const mark = `BW_CRASH_MARK_${randomUUID().replaceAll('-', '')}`;
        const needles = [sandboxRoot, mark];
        const first = startCrashProcess({ mode: 'run', kind: 'web', transcript, prompt: 'A counter app', dataDir: await freshDataDir(root), sandboxRoot, isolation, pause }, { [mark]: '1' });
        await first.waitFor(/PAUSED (\S+)/);
        const before = await until(
          () => processesReferring(needles),
          (found) => found.some((entry) => running.test(entry.commandLine)),
          30_000,
        );
        expect(
          before.map((entry) => entry.commandLine),
          'the run has processes of its own before the kill',
        ).toContainEqual(expect.stringMatching(running));

        first.child.kill('SIGKILL');
        expect(await first.exited).toBeNull();
        const left = await until(
          () => processesReferring(needles),
          (found) => found.length === 0,
          5_000,
        );
        expect(left, `left running ${5} s after the kill`).toEqual([]);
      },
      400_000,
    );
  }
});
