import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pgliteStorage } from '@buildwright/adapters/pglite';
import type { ProjectRecord, StorageAdapter } from '@buildwright/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli, temporaryDirectory, transcriptsDirectory } from './run-cli.test-support.js';

// The embedded database (.buildwright/data) is held open by this test process, as a running
// `buildwright generate` would hold it: every other buildwright process must refuse it cleanly.
const cwd = temporaryDirectory();
let holder: StorageAdapter | undefined;
let project: ProjectRecord;

beforeAll(async () => {
  holder = pgliteStorage({ dataDir: join(cwd, '.buildwright/data') });
  project = await holder.createProject({ ownerId: 'local', name: 'Held app', kind: 'web' });
  await holder.createVersion({ ownerId: 'local', projectId: project.id, runId: null, message: 'v1', files: { 'index.html': '<h1>held</h1>\n' } });
}, 120_000);
afterAll(async () => {
  await holder?.close();
  rmSync(cwd, { recursive: true, force: true });
});

/** Exit 2 and one line on stderr naming the holding process and the code, never a WebAssembly abort. */
function expectLocked(result: { code: number | null; stdout: string; stderr: string }) {
  expect(result.stderr).not.toMatch(/Aborted/);
  const lines = result.stderr.trimEnd().split('\n');
  expect(lines, result.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^buildwright: /);
  expect(lines[0]).toContain(`process ${process.pid}`);
  expect(lines[0]).toMatch(/\[STORAGE_LOCKED\]$/);
  expect(lines[0]).toMatch(/one buildwright .*at a time|Postgres/);
  expect(result.code).toBe(2);
}

describe('a PGlite directory held by another process', () => {
  it.each([
    ['list', () => ['list']],
    ['show', () => ['show', project.id]],
    ['versions', () => ['versions', project.id]],
    ['diff', () => ['diff', project.id, '1']],
    ['export', () => ['export', project.id, '--dir', 'exported']],
  ])(
    'error: %s prints the one-line STORAGE_LOCKED error and exits 2',
    async (_name, args) => {
      const result = await runCli(args(), { cwd });
      expectLocked(result);
      expect(result.stdout).toBe('');
      expect(existsSync(join(cwd, 'exported'))).toBe(false);
    },
    120_000,
  );

  it('error: generate is refused before anything is written', async () => {
    const result = await runCli(['generate', 'a second app', '--llm', `script:${join(transcriptsDirectory, 'counter-app.json')}`, '--json'], { cwd });
    expectLocked(result);
    expect(result.stdout).toBe('');
    expect((await holder!.listProjects({ ownerId: 'local' })).map((listed) => listed.id)).toEqual([project.id]);
  }, 120_000);

  it('behavior: once the holder closes, list works', async () => {
    await holder!.close();
    holder = undefined;
    const result = await runCli(['list', '--json'], { cwd });
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(
      result.stdout
        .trim()
        .split('\n')
        .map((line) => (JSON.parse(line) as ProjectRecord).id),
    ).toEqual([project.id]);
  }, 120_000);
});
