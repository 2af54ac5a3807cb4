import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { parseEvent, readZip, type BuildwrightEvent } from '@buildwright/core';
import { chromium } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { runCli, startCli, temporaryDirectory, transcriptsDirectory } from './run-cli.test-support.js';

const cwd = temporaryDirectory('buildwright-demo-');
afterAll(() => rmSync(cwd, { recursive: true, force: true }));
const chromiumArgs = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

const events = (stdout: string): BuildwrightEvent[] =>
  stdout
    .trim()
    .split('\n')
    .map((line) => parseEvent(JSON.parse(line)));
let projectId = '';

/** Loads a URL in Chromium and returns the text of #root and the page errors. */
async function loadInChromium(url: string): Promise<{ rootText: string; errors: string[] }> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: chromiumArgs });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url, { waitUntil: 'networkidle' });
    return { rootText: (await page.textContent('#root')) ?? '', errors };
  } finally {
    await browser.close();
  }
}

describe.sequential('buildwright demo, then the project commands on what it made', () => {
  it('default: the demo generates the habit tracker on the embedded defaults, fixes its type error, and serves it until Ctrl-C', async () => {
    const demo = startCli(['demo', '--serve', '--json'], { cwd });
    await demo.waitForLine((line) => line.includes('"run.completed"'), 300_000);
    // The app is still served: load it in Chromium through the printed URL.
    const soFar = events(demo.lines().join('\n'));
    const ready = soFar.find((event) => event.type === 'preview.ready');
    if (ready?.type !== 'preview.ready') throw new Error('no preview.ready event');
    const { rootText, errors } = await loadInChromium(ready.url);
    expect(errors).toEqual([]);
    expect(rootText).toContain('Habit Tracker');
    expect(rootText).toContain('Drink water');
    demo.child.kill('SIGINT');
    const result = await demo.done;
    expect(result.code, `stderr:\n${result.stderr}`).toBe(0);

    const all = events(result.stdout);
    projectId = all[0]!.projectId;
    const notice = all.find((event) => event.type === 'notice.posted' && event.message.includes('recorded transcript'));
    expect(notice).toBeDefined();
    const failed = all.find((event) => event.type === 'check.failed');
    expect(failed?.type === 'check.failed' && failed.check).toBe('validate');
    expect(failed?.type === 'check.failed' && failed.report).toContain("Type 'string' is not assignable to type 'number'");
    expect(all.some((event) => event.type === 'fix.started' && event.attempt === 1)).toBe(true);
    expect(all.at(-1)?.type).toBe('run.completed');
    expect(ready.screenshotPath).toMatch(/\.png$/);
    const png = readFileSync(join(cwd, ready.screenshotPath!));
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    expect(existsSync(join(cwd, '.buildwright/data/PG_VERSION'))).toBe(true);
  }, 400_000);

  it('behavior: edit applies the follow-up transcript with edit_file and stores version 2', async () => {
    const result = await runCli(['edit', projectId, 'Add a Reset today button and a weekly total', '--llm', `script:${join(transcriptsDirectory, 'counter-app-edit.json')}`, '--json'], { cwd });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const all = events(result.stdout);
    expect(
      all
        .filter((event) => event.type === 'file.edited')
        .map((event) => (event.type === 'file.edited' ? event.path : ''))
        .sort(),
    ).toEqual(['src/App.tsx', 'src/components/HabitCard.tsx', 'src/hooks/useHabits.ts', 'src/types.ts']);
    expect(all.some((event) => event.type === 'file.written')).toBe(false);
    expect(all.find((event) => event.type === 'run.completed')).toMatchObject({ versionNumber: 2 });
  }, 300_000);

  it('behavior: list, show, versions and diff report the stored history', async () => {
    const list = await runCli(['list', '--json'], { cwd });
    expect(list.code).toBe(0);
    expect(
      list.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line) as { id: string; currentVersion: number }),
    ).toEqual([expect.objectContaining({ id: projectId, currentVersion: 2 })]);

    const versions = await runCli(['versions', projectId], { cwd });
    expect(versions.code).toBe(0);
    expect(versions.stdout).toMatch(/^VERSION\s+PARENT\s+FILES/);
    expect(versions.stdout).toMatch(/\n2\s+1\s+\d+\s+/);

    const diff = await runCli(['diff', projectId, '1', '2', '--json'], { cwd });
    expect(diff.code).toBe(0);
    const patches = diff.stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as { path: string; status: string; patch: string });
    expect(patches.map((patch) => `${patch.status} ${patch.path}`)).toEqual([
      'modified src/App.tsx',
      'modified src/components/HabitCard.tsx',
      'modified src/hooks/useHabits.ts',
      'modified src/types.ts',
    ]);
    expect(patches.find((patch) => patch.path === 'src/types.ts')?.patch).toContain("+  | { type: 'reset'; id: string; day: string }");

    const show = await runCli(['show', projectId, '--json'], { cwd });
    const shown = JSON.parse(show.stdout) as { project: { id: string }; runs: { mode: string; status: string }[]; versions: unknown[] };
    expect(shown.project.id).toBe(projectId);
    expect(shown.runs.map((run) => `${run.mode}:${run.status}`).sort()).toEqual(['edit:completed', 'generate:completed']);
    expect(shown.versions).toHaveLength(2);
  }, 300_000);

  it('behavior: export writes a ZIP and a directory, restore makes version 3 equal to version 1', async () => {
    const zip = await runCli(['export', projectId, '--out', 'out/habits.zip'], { cwd });
    expect(zip.code).toBe(0);
    const files = await readZip(new Uint8Array(readFileSync(join(cwd, 'out/habits.zip'))));
    expect(files['src/components/HabitCard.tsx']).toContain('Reset today');

    const directory = await runCli(['export', projectId, '1', '--dir', 'out/v1'], { cwd });
    expect(directory.code).toBe(0);
    expect(readFileSync(join(cwd, 'out/v1/src/components/HabitCard.tsx'), 'utf8')).not.toContain('Reset today');
    expect(readdirSync(join(cwd, 'out/v1/src/components')).sort()).toEqual(['AddHabitForm.tsx', 'HabitCard.tsx', 'ProgressBar.tsx', 'StatsBar.tsx', 'WeekStrip.tsx']);

    const restore = await runCli(['restore', projectId, '1', '--json'], { cwd });
    expect(restore.code).toBe(0);
    expect(JSON.parse(restore.stdout)).toMatchObject({ number: 3, parent: 2 });
    const same = await runCli(['diff', projectId, '1', '3'], { cwd });
    expect(same.stdout).toContain('Versions 1 and 3 have the same files.');
  }, 300_000);

  it('behavior: preview rebuilds a stored version in the sandbox and serves it until Ctrl-C', async () => {
    const preview = startCli(['preview', projectId, '2', '--json'], { cwd });
    const { url, version } = JSON.parse(await preview.waitForLine((line) => line.startsWith('{'), 240_000)) as { url: string; version: number };
    expect(version).toBe(2);
    const { rootText, errors } = await loadInChromium(url);
    expect(errors).toEqual([]);
    expect(rootText).toContain('Reset today');
    preview.child.kill('SIGINT');
    expect((await preview.done).code).toBe(0);
  }, 300_000);
});
