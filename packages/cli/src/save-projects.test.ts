import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pgliteStorage } from '@buildwright/adapters/pglite';
import { beforeAll, describe, expect, it } from 'vitest';
import { freshDirectories, runCli } from './run-cli.test-support.js';

const freshDirectory = freshDirectories();

/**
 * A data directory holding one project at version 1, as `export --dir` would leave it in `app/`,
 * made once and copied into each test's directory (creating an embedded database costs seconds).
 */
let template = '';
let templateProjectId = '';
beforeAll(async () => {
  template = join(freshDirectory(), 'data');
  const storage = pgliteStorage({ dataDir: template });
  try {
    const project = await storage.createProject({ ownerId: 'local', name: 'Habit tracker', kind: 'web' });
    await storage.createRun({ ownerId: 'local', projectId: project.id, mode: 'generate', prompt: 'a habit tracker with streaks', budgets: { maxFixAttempts: 1, maxTokens: 1, maxWallTimeMs: 1 } });
    // The run is left `running`: a delete is refused until it ends.
    await storage.createVersion({ ownerId: 'local', projectId: project.id, runId: null, message: 'v1', files: { 'index.html': '<h1>Habits</h1>', 'src/old.js': 'old', '.github/ci.yml': 'kept' } });
    await storage.createProject({ ownerId: 'local', name: 'Weather', kind: 'web' });
    templateProjectId = project.id;
  } finally {
    await storage.close();
  }
}, 60_000);

/** Copies the template's data into `cwd`'s `.buildwright/data` and returns its project's id. */
function projectWithExport(cwd: string): string {
  cpSync(template, join(cwd, '.buildwright/data'), { recursive: true });
  return templateProjectId;
}

async function readBack(cwd: string, projectId: string) {
  const storage = pgliteStorage({ dataDir: join(cwd, '.buildwright/data') });
  try {
    return { versions: await storage.listVersions({ ownerId: 'local', projectId }), current: await storage.getVersionFiles({ ownerId: 'local', projectId }) };
  } finally {
    await storage.close();
  }
}

describe('buildwright save and projects', () => {
  it('default: save stores the edited directory as version 2; a save on an old base conflicts and stores nothing', { timeout: 120_000 }, async () => {
    const cwd = freshDirectory();
    const projectId = projectWithExport(cwd);
    const app = join(cwd, 'app');
    mkdirSync(join(app, 'node_modules/react'), { recursive: true });
    writeFileSync(join(app, 'index.html'), '<h1>My habits</h1>');
    writeFileSync(join(app, 'new.css'), 'h1 { color: teal; }');
    writeFileSync(join(app, 'node_modules/react/index.js'), 'skipped');

    const saved = await runCli(['save', projectId, 'app', '-m', 'Bigger title', '--json'], { cwd });
    expect(saved.stderr).toBe('');
    expect(saved.code).toBe(0);
    expect(JSON.parse(saved.stdout)).toMatchObject({ created: true, written: ['index.html', 'new.css'], deleted: ['src/old.js'], version: { number: 2, message: 'Bigger title' } });
    const { versions, current } = await readBack(cwd, projectId);
    expect(versions.map((version) => version.number)).toEqual([1, 2]);
    // The dot-directory file of the base is kept: save skips dot-directories on both sides.
    expect(current?.files).toEqual({ 'index.html': '<h1>My habits</h1>', 'new.css': 'h1 { color: teal; }', '.github/ci.yml': 'kept' });

    writeFileSync(join(app, 'index.html'), '<h1>Made on version 1</h1>');
    const conflict = await runCli(['save', projectId, 'app', '--base', '1'], { cwd });
    expect(conflict.code).not.toBe(0);
    expect(conflict.stderr).toMatch(/VERSION_CONFLICT|moved from version 1 to version 2/);
    expect(conflict.stderr).toContain('baseVersion: 2');
    expect((await readBack(cwd, projectId)).versions).toHaveLength(2);
  });

  it("default: projects list searches by prompt, rename renames, delete deletes (with the project's sandbox directory)", { timeout: 120_000 }, async () => {
    const cwd = freshDirectory();
    const projectId = projectWithExport(cwd);
    const listed = await runCli(['projects', 'list', '--query', 'STREAKS', '--json'], { cwd });
    expect(listed.code).toBe(0);
    expect(
      listed.stdout
        .trim()
        .split('\n')
        .map((line) => JSON.parse(line).id),
    ).toEqual([projectId]);
    const renamed = await runCli(['projects', 'rename', projectId, 'Streaks'], { cwd });
    expect(renamed.stdout).toContain('Renamed');
    const busy = await runCli(['projects', 'delete', projectId], { cwd });
    expect(busy.code).not.toBe(0);
    expect(busy.stderr).toMatch(/has a run in progress .*Cancel it/);
    const storage = pgliteStorage({ dataDir: join(cwd, '.buildwright/data') });
    try {
      for (const run of await storage.listRuns({ ownerId: 'local', projectId })) await storage.updateRun({ runId: run.id, status: 'cancelled' });
    } finally {
      await storage.close();
    }
    const sandboxDirectory = join(cwd, '.buildwright/sandboxes', projectId);
    mkdirSync(join(sandboxDirectory, 'src'), { recursive: true });
    writeFileSync(join(sandboxDirectory, 'src/App.tsx'), 'the project code');
    const deleted = await runCli(['projects', 'delete', projectId], { cwd });
    expect(deleted.stderr).toBe('');
    expect(deleted.code).toBe(0);
    expect(existsSync(sandboxDirectory)).toBe(false);
    const after = await runCli(['projects', 'list'], { cwd });
    expect(after.stdout).toContain('Weather');
    expect(after.stdout).not.toContain('Streaks');
  });

  it('error: a projects action that does not exist is bad usage', async () => {
    const result = await runCli(['projects', 'archive'], { cwd: freshDirectory() });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Unknown projects action "archive": use list, rename or delete/);
  });
});
