import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SqlDatabase } from './sql-database.js';
import { sqlStorage, type SqlStorage } from './sql-storage.js';

let database: PGlite;
let storage: SqlStorage;
beforeAll(async () => {
  database = await PGlite.create();
  storage = sqlStorage({ db: database as unknown as SqlDatabase, provider: 'pglite' });
});
afterAll(async () => {
  await storage.close();
  await database.close();
});

describe('sqlStorage', () => {
  it('default: migrates on first use', async () => {
    await storage.listProjects({ ownerId: 'owner-1' });
    expect((await database.query<{ id: string }>('SELECT id FROM buildwright_migrations')).rows.map((row) => row.id)).toContain('0001-initial');
  });

  it('behavior: a version whose write fails midway leaves no version and no blob', async () => {
    const project = await storage.createProject({ ownerId: 'owner-1', name: 'Atomic', kind: 'web' });
    const blobsBefore = await storage.countBlobs();
    // Postgres text cannot hold U+0000: the entries insert fails after the blobs were inserted.
    const files = { 'fine.txt': `fresh content ${Date.now()}`, 'bad\u0000name.txt': 'x' };
    await expect(storage.createVersion({ ownerId: 'owner-1', projectId: project.id, runId: null, message: 'broken', files })).rejects.toMatchObject({ code: 'STORAGE_ERROR' });
    expect(await storage.countBlobs()).toBe(blobsBefore);
    expect(await storage.listVersions({ ownerId: 'owner-1', projectId: project.id })).toEqual([]);
    expect((await storage.getProject({ ownerId: 'owner-1', projectId: project.id }))?.currentVersion).toBeNull();
  });

  it('behavior: file contents with U+0000 round-trip (blobs are bytes)', async () => {
    const project = await storage.createProject({ ownerId: 'owner-1', name: 'Binary-ish', kind: 'web' });
    const files = { 'weird.txt': 'before\u0000after' };
    await storage.createVersion({ ownerId: 'owner-1', projectId: project.id, runId: null, message: 'nul', files });
    expect((await storage.getVersionFiles({ ownerId: 'owner-1', projectId: project.id }))?.files).toEqual(files);
  });

  it('behavior: U+0000 in an event payload is stored as U+FFFD (jsonb cannot hold it)', async () => {
    const project = await storage.createProject({ ownerId: 'owner-1', name: 'Output', kind: 'api' });
    const run = await storage.createRun({ ownerId: 'owner-1', projectId: project.id, mode: 'generate', prompt: 'x', budgets: { maxFixAttempts: 1, maxTokens: 1, maxWallTimeMs: 1 } });
    const base = { runId: run.id, projectId: project.id, at: new Date().toISOString(), commandId: 'c1', stream: 'stdout' as const };
    await storage.appendEvent({ ...base, type: 'command.output', seq: 1, text: 'a\u0000b' });
    await storage.appendEvent({ ...base, type: 'command.output', seq: 2, text: 'a literal \\u0000 stays' });
    const [first, second] = await storage.readEvents({ ownerId: 'owner-1', runId: run.id });
    expect(first).toMatchObject({ text: 'a\ufffdb' });
    expect(second).toMatchObject({ text: 'a literal \\u0000 stays' });
  });
});
