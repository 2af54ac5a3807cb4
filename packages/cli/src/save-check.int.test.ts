import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pgliteStorage } from '@buildwright/adapters/pglite';
import { describe, expect, it } from 'vitest';
import { freshDirectories, runCli } from './run-cli.test-support.js';

const freshDirectory = freshDirectories();

describe('buildwright save --check', () => {
  it("behavior: stores the edited directory as version 2, then checks it in a local sandbox with no model: a failing check exits 1 with the check run's events, nothing fixed, no other version", {
    timeout: 300_000,
  }, async () => {
    const cwd = freshDirectory();
    const storage = pgliteStorage({ dataDir: join(cwd, '.buildwright/data') });
    let projectId: string;
    try {
      const project = await storage.createProject({ ownerId: 'local', name: 'Page', kind: 'web' });
      // A web project without package.json: the install check cannot pass.
      await storage.createVersion({ ownerId: 'local', projectId: project.id, runId: null, message: 'v1', files: { 'index.html': '<h1>Old</h1>' } });
      projectId = project.id;
    } finally {
      await storage.close();
    }
    mkdirSync(join(cwd, 'app'));
    writeFileSync(join(cwd, 'app/index.html'), '<h1>New</h1>');

    const checked = await runCli(['save', projectId, 'app', '--check', '--sandbox', 'local:none', '--json'], { cwd, env: { OPENAI_API_KEY: undefined, OPENAI_BASE_URL: undefined } });
    const events = checked.stdout
      .trim()
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as { type: string; mode?: string; prompt?: string; code?: string });
    expect(events[0]).toMatchObject({ type: 'run.started', mode: 'check', prompt: 'Check version 2' });
    expect(events.some((event) => event.type === 'check.failed')).toBe(true);
    expect(events.some((event) => event.type === 'fix.started' || event.type === 'version.created')).toBe(false);
    expect(events.at(-1)).toMatchObject({ type: 'run.failed', code: 'CHECK_FAILED' });
    expect(checked.code).toBe(1);

    const after = pgliteStorage({ dataDir: join(cwd, '.buildwright/data') });
    try {
      expect((await after.listVersions({ ownerId: 'local', projectId })).map((version) => version.number)).toEqual([1, 2]);
      expect((await after.getVersionFiles({ ownerId: 'local', projectId }))?.files).toEqual({ 'index.html': '<h1>New</h1>' });
      expect((await after.listRuns({ ownerId: 'local', projectId })).map((run) => [run.mode, run.status])).toEqual([['check', 'failed']]);
    } finally {
      await after.close();
    }
  });
});
