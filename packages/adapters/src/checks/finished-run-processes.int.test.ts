import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { groupReaperPid } from '../local/group-reaper.js';
import { processTree } from '../local/process-tree.js';
import { webChecks } from './web-checks.js';
import { checkOutcomes, collectEvents, webRuns } from './web-run.test-support.js';

// A generation through createBuilder (scripted model, real local sandbox, webChecks(), Chromium):
// what it started (check worker, preview server and its bridge, Chromium) is gone soon after it ends.
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const runs = webRuns();
afterAll(() => runs.cleanup());

/** Processes this one started (and theirs) that still run, but the group reaper, which stays for this process's lifetime. */
async function leftovers(): Promise<string[]> {
  return (await processTree()).filter((entry) => entry.pid !== groupReaperPid() && entry.parentPid !== groupReaperPid()).map((entry) => `${entry.pid} ${entry.commandLine}`);
}

/** Milliseconds until `leftovers()` is empty, polling every 100 ms; the leftovers themselves after `timeoutMs`. */
async function timeToNoProcesses(timeoutMs: number): Promise<number | string[]> {
  const started = Date.now();
  for (;;) {
    const left = await leftovers();
    if (left.length === 0) return Date.now() - started;
    if (Date.now() - started > timeoutMs) return left;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe('processes of a finished run', () => {
  it('args: keepPreview false: the check worker, the preview server and Chromium are gone within 5 s of the run ending', async () => {
    expect(await leftovers()).toEqual([]);
    const { builder } = runs.builder(fixture('counter-app.json'), { checks: webChecks({ keepPreview: false }) });
    const run = builder.generate({ prompt: 'A counter app: a heading and a button that counts clicks', kind: 'web' });
    const events = await collectEvents(run);
    await run.result;
    expect(checkOutcomes(events)).toEqual(['imports:passed', 'install:passed', 'validate:passed', 'build-app:passed', 'browser:passed']);
    // The run used a worker, a preview server and Chromium: they were running when it ended.
    const atEnd = await leftovers();
    expect(atEnd.some((line) => line.includes('worker/main.mjs'))).toBe(true);
    expect(atEnd.some((line) => line.includes('static-server.mjs'))).toBe(true);
    const waited = await timeToNoProcesses(5_000);
    expect(waited).toBeTypeOf('number');
    expect(waited).toBeLessThanOrEqual(5_000);
  }, 240_000);

  it('default: the served preview is the exception: it keeps answering, while the worker and Chromium go', async () => {
    const { builder } = runs.builder(fixture('counter-app.json'));
    const run = builder.generate({ prompt: 'A counter app: a heading and a button that counts clicks', kind: 'web' });
    await collectEvents(run);
    const { previewUrl } = await run.result;
    expect(previewUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    await new Promise((resolve) => setTimeout(resolve, 5_000));
    const left = await leftovers();
    expect(left.some((line) => line.includes('static-server.mjs'))).toBe(true);
    expect(left.filter((line) => line.includes('worker/main.mjs') || /chrom/i.test(line))).toEqual([]);
    expect((await fetch(previewUrl!)).status).toBe(200);
  }, 240_000);
});
