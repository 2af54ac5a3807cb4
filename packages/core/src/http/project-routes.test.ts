import { createBuilderClient } from '@buildwright/client';
import { afterEach, describe, expect, it } from 'vitest';
import { createBuilder, type Builder } from '../builder/create-builder.js';
import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../testing/doubles/scripted-llm.js';
import { createBuilderHandler } from './create-builder-handler.js';
import { appTranscript, ownerHeaderHandler, serve } from './http.test-support.js';

const builders: Builder[] = [];
afterEach(async () => {
  await Promise.all(builders.splice(0).map((builder) => builder.close()));
});

function setup() {
  const builder = createBuilder({ llm: scriptedLlm({ transcript: appTranscript() }), sandbox: memorySandbox(), storage: memoryStorage() });
  builders.push(builder);
  const { call } = ownerHeaderHandler(builder);
  const imported = async (name: string, owner = 'alice') => (await builder.importFiles({ ownerId: owner, name, kind: 'web', files: { 'index.html': `<h1>${name}</h1>`, 'old.css': 'old' } })).project;
  return { builder, call, imported };
}

const errorOf = async (response: Response) => ((await response.json()) as { error: { code: string; message: string } }).error;

describe('project routes', () => {
  it('default: PUT /projects/:id/files saves hand edits as version 2 (201), GET files shows them', async () => {
    const { call, imported } = setup();
    const project = await imported('Landing');
    const saved = await call('PUT', `/projects/${project.id}/files`, { files: { 'index.html': '<h1>Edited</h1>' }, deleted: ['old.css'], baseVersion: 1, message: 'Edit the title' });
    expect(saved.status).toBe(201);
    expect(await saved.json()).toMatchObject({ created: true, written: ['index.html'], deleted: ['old.css'], version: { number: 2, parent: 1, message: 'Edit the title' } });
    expect(await (await call('GET', `/projects/${project.id}/files`)).json()).toMatchObject({ version: { number: 2 }, files: { 'index.html': '<h1>Edited</h1>' } });
    const unchanged = await call('PUT', `/projects/${project.id}/files`, { files: { 'index.html': '<h1>Edited</h1>' }, baseVersion: 2 });
    expect(unchanged.status).toBe(200);
    expect(await unchanged.json()).toMatchObject({ created: false, version: { number: 2 } });
  });

  it('error: a stale baseVersion is 409 VERSION_CONFLICT naming the current version; a bad path is 400', async () => {
    const { call, imported } = setup();
    const project = await imported('Landing');
    expect((await call('PUT', `/projects/${project.id}/files`, { files: { 'index.html': 'first' }, baseVersion: 1 })).status).toBe(201);
    const conflict = await call('PUT', `/projects/${project.id}/files`, { files: { 'index.html': 'second' }, baseVersion: 1 });
    expect(conflict.status).toBe(409);
    const error = await errorOf(conflict);
    expect(error.code).toBe('VERSION_CONFLICT');
    expect(error.message).toContain('baseVersion: 2');
    for (const [path, code] of [
      ['../up.txt', 'PATH_OUTSIDE_PROJECT'],
      ['.git/hooks/pre-commit', 'PATH_PROTECTED'],
    ] as const) {
      const refused = await call('PUT', `/projects/${project.id}/files`, { files: { [path]: 'x' }, baseVersion: 2 });
      expect(refused.status).toBe(400);
      expect((await errorOf(refused)).code).toBe(code);
    }
    const missingBase = await call('PUT', `/projects/${project.id}/files`, { files: {} });
    expect(missingBase.status).toBe(400);
    expect((await errorOf(missingBase)).message).toContain('baseVersion');
  });

  it('default: PATCH renames, GET /projects pages with a cursor and searches, DELETE removes (204)', async () => {
    const { call, imported } = setup();
    const first = await imported('Weather station');
    const second = await imported('Todo list');
    await imported('Recipes');
    await imported('Not yours', 'bob');
    const renamed = await call('PATCH', `/projects/${first.id}`, { name: 'Weather dashboard' });
    expect(await renamed.json()).toMatchObject({ project: { id: first.id, name: 'Weather dashboard' } });

    const page = (await (await call('GET', '/projects?limit=2')).json()) as { projects: { name: string }[]; nextCursor: string };
    expect(page.projects.map((project) => project.name)).toEqual(['Recipes', 'Todo list']);
    const next = (await (await call('GET', `/projects?limit=2&cursor=${page.nextCursor}`)).json()) as { projects: { name: string }[]; nextCursor: null };
    expect(next).toMatchObject({ projects: [{ name: 'Weather dashboard' }], nextCursor: null });
    const found = (await (await call('GET', '/projects?query=DASHBOARD')).json()) as { projects: { id: string }[] };
    expect(found.projects.map((project) => project.id)).toEqual([first.id]);

    const deleted = await call('DELETE', `/projects/${second.id}`);
    expect(deleted.status).toBe(204);
    expect((await call('GET', `/projects/${second.id}`)).status).toBe(404);
    expect((await call('DELETE', `/projects/${second.id}`)).status).toBe(404);
  });

  it('error: another owner cannot rename, delete or save; bad limits, cursors and names are 400', async () => {
    const { call, imported } = setup();
    const project = await imported('Mine');
    expect((await call('PATCH', `/projects/${project.id}`, { name: 'Taken' }, 'bob')).status).toBe(404);
    expect((await call('DELETE', `/projects/${project.id}`, undefined, 'bob')).status).toBe(404);
    expect((await call('PUT', `/projects/${project.id}/files`, { files: { 'a.txt': 'a' }, baseVersion: 1 }, 'bob')).status).toBe(404);
    for (const path of ['/projects?limit=0', '/projects?limit=101', '/projects?limit=ten', '/projects?cursor=abc']) expect((await call('GET', path)).status).toBe(400);
    expect((await call('PATCH', `/projects/${project.id}`, { name: '' })).status).toBe(400);
    expect((await call('PATCH', `/projects/${project.id}`, { name: 'x', extra: true })).status).toBe(400);
  });

  it('error: DELETE of a project with a run in progress is 409 PROJECT_BUSY', async () => {
    const { builder, call, imported } = setup();
    const project = await imported('Busy');
    const storage = builder.options.storage;
    const run = await storage.createRun({ ownerId: 'alice', projectId: project.id, mode: 'edit', prompt: 'p', budgets: { maxFixAttempts: 1, maxTokens: 1, maxWallTimeMs: 1 }, status: 'queued' });
    const refused = await call('DELETE', `/projects/${project.id}`);
    expect(refused.status).toBe(409);
    expect(await errorOf(refused)).toMatchObject({ code: 'PROJECT_BUSY' });
    await storage.updateRun({ runId: run.id, status: 'cancelled' });
    expect((await call('DELETE', `/projects/${project.id}`)).status).toBe(204);
  });

  it("behavior: PUT /projects/:id/files with check: true answers the check run's id; its events show the saved version checked; 409 PROJECT_BUSY while a run is in progress", async () => {
    const builder = createBuilder({
      llm: scriptedLlm({ transcript: appTranscript() }),
      sandbox: memorySandbox(),
      storage: memoryStorage(),
      checks: [
        { name: 'title', run: async ({ sandbox }) => ((await sandbox.readFile('index.html'))?.includes('Edited') ? { status: 'passed' } : { status: 'failed', report: 'no title', issues: [] }) },
      ],
    });
    builders.push(builder);
    const { call } = ownerHeaderHandler(builder);
    const { project } = await builder.importFiles({ ownerId: 'alice', name: 'Checked', kind: 'web', files: { 'index.html': '<h1>Old</h1>' } });
    const saved = await call('PUT', `/projects/${project.id}/files`, { files: { 'index.html': '<h1>Edited</h1>' }, baseVersion: 1, check: true });
    expect(saved.status).toBe(201);
    const { runId, version } = (await saved.json()) as { runId: string; version: { number: number } };
    expect(version.number).toBe(2);
    for await (const _event of builder.watch(runId, { ownerId: 'alice' }));
    expect((await builder.events(runId, { ownerId: 'alice' })).map((event) => event.type)).toEqual(['run.started', 'check.started', 'check.passed', 'run.completed']);
    expect(await (await call('GET', `/runs/${runId}`)).json()).toMatchObject({ run: { mode: 'check', status: 'completed' } });
    await builder.options.storage.createRun({ ownerId: 'alice', projectId: project.id, mode: 'edit', prompt: 'p', budgets: { maxFixAttempts: 1, maxTokens: 1, maxWallTimeMs: 1 } });
    const refused = await call('PUT', `/projects/${project.id}/files`, { files: { 'index.html': '<h1>Edited again</h1>' }, baseVersion: 2, check: true });
    expect(refused.status).toBe(409);
    expect(await errorOf(refused)).toMatchObject({ code: 'PROJECT_BUSY' });
    expect((await builder.files(project.id, { ownerId: 'alice' })).version.number).toBe(2);
  });

  it('behavior: the client saves, renames, searches and deletes over real HTTP; a conflict is recorded and thrown', async () => {
    const { builder } = setup();
    const handler = createBuilderHandler(builder, { authorize: () => 'carol' });
    const server = await serve(handler);
    try {
      const { project } = await builder.importFiles({ ownerId: 'carol', name: 'Site', kind: 'web', files: { 'index.html': 'v1' } });
      const client = createBuilderClient({ baseUrl: server.url });
      await client.loadProject(project.id);
      expect(client.getSnapshot().files.version).toBe(1);
      const saved = await client.saveFiles({ files: { 'index.html': 'by hand' } });
      expect(saved.version.number).toBe(2);
      expect(client.getSnapshot().files).toMatchObject({ version: 2, contents: { 'index.html': 'by hand' } });
      // A concurrent writer stores version 3; a save made on version 2 conflicts and nothing is lost.
      await builder.saveFiles(project.id, { ownerId: 'carol', baseVersion: 2, files: { 'index.html': 'concurrent' } });
      await expect(client.saveFiles({ files: { 'index.html': 'mine' } })).rejects.toMatchObject({ code: 'VERSION_CONFLICT' });
      expect(client.getSnapshot().errors.at(-1)).toMatchObject({ code: 'VERSION_CONFLICT', source: 'save' });
      expect((await builder.files(project.id, { ownerId: 'carol' })).files['index.html']).toBe('concurrent');

      expect(await client.renameProject(project.id, 'Site v2')).toMatchObject({ name: 'Site v2' });
      expect(client.getSnapshot().project?.name).toBe('Site v2');
      expect((await client.searchProjects({ query: 'v2' })).projects.map((listed) => listed.id)).toEqual([project.id]);
      expect((await client.listProjects()).map((listed) => listed.id)).toEqual([project.id]);
      await client.deleteProject(project.id);
      expect(client.getSnapshot().project).toBeNull();
      expect(await client.listProjects()).toEqual([]);
      client.close();
    } finally {
      await server.close();
    }
  });
});
