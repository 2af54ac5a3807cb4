import { createBuilderClient } from '@buildwright/client';
import { createBuilder, type Builder, type Check, type Transcript } from '@buildwright/core';
import { memorySandbox, memoryStorage, scriptedLlm } from '@buildwright/core/doubles';
import { createBuilderHandler } from '@buildwright/core/http';
import { afterEach, describe, expect, it } from 'vitest';
import { createFileDraftsStore } from './file-drafts-store.js';

const builders: Builder[] = [];
afterEach(async () => {
  await Promise.all(builders.splice(0).map((builder) => builder.close()));
});

/** An edit run that changes `search` to `replace` in `path` (scripted model, memory sandbox, no checks). */
const editTranscript = (path: string, search: string, replace: string): Transcript => ({
  format: 'buildwright.transcript/v1',
  turns: [
    { node: 'plan', toolCalls: [{ name: 'submit_plan', arguments: { title: 'Edit', summary: path, steps: [{ id: 'edit', title: `Change ${path}`, files: [path] }] } }] },
    {
      node: 'build',
      toolCalls: [
        { name: 'edit_file', arguments: { path, edits: [{ search, replace }] } },
        { name: 'finish', arguments: { summary: `changed ${path}` } },
      ],
    },
  ],
});

/** A drafts store over a real client of a real handler (memory storage) on a project at version 1, as `alice`. */
async function setup(runTranscript: Transcript = { format: 'buildwright.transcript/v1', turns: [] }, checks: Check[] = []) {
  const builder = createBuilder({ llm: scriptedLlm({ transcript: runTranscript }), sandbox: memorySandbox(), storage: memoryStorage(), ownerId: 'alice', checks });
  builders.push(builder);
  const handler = createBuilderHandler(builder, { authorize: () => 'alice' });
  const client = createBuilderClient({ baseUrl: 'http://test', fetch: async (input, init) => handler(new Request(input, init)) });
  const files = { 'src/App.tsx': 'export const App = () => <h1>Hello</h1>;\n', 'src/note.ts': 'export const note = "a";\n' };
  const { project } = await builder.importFiles({ ownerId: 'alice', name: 'Editor', kind: 'web', files });
  await client.loadProject(project.id);
  return { builder, client, store: createFileDraftsStore(client), projectId: project.id, files };
}

describe('createFileDraftsStore', () => {
  it('default: edits are drafts until saved; editing back to the content drops the draft; save stores one version with every draft', async () => {
    const { builder, store, projectId, files, client } = await setup();
    store.edit('src/App.tsx', files['src/App.tsx'].replace('Hello', 'Hi'), files['src/App.tsx'], 1);
    store.edit('src/note.ts', 'export const note = "b";\n', files['src/note.ts'], 1);
    store.edit('src/note.ts', files['src/note.ts'], files['src/note.ts'], 1);
    expect(Object.keys(store.getSnapshot().drafts)).toEqual(['src/App.tsx']);
    store.edit('src/note.ts', 'export const note = "c";\n', files['src/note.ts'], 1);

    await store.save();
    expect(store.getSnapshot()).toMatchObject({ drafts: {}, saving: false, savedVersion: 2, conflict: null, error: null });
    const stored = await builder.files(projectId, { ownerId: 'alice' });
    expect(stored.version).toMatchObject({ number: 2, parent: 1 });
    expect(stored.files).toEqual({ 'src/App.tsx': files['src/App.tsx'].replace('Hello', 'Hi'), 'src/note.ts': 'export const note = "c";\n' });
    // The client's snapshot follows the save.
    expect(client.getSnapshot().files.version).toBe(2);
  });

  it('behavior: a run that lands a version after editing started makes the save a conflict that keeps the drafts; saving over the current version keeps both changes', async () => {
    const { builder, store, projectId, files } = await setup(editTranscript('src/App.tsx', 'Hello', 'Welcome'));
    const edited = 'export const note = "mine";\n';
    store.edit('src/note.ts', edited, files['src/note.ts'], 1);
    // A run of the project stores version 2 meanwhile.
    await builder.edit(projectId, { prompt: 'say Welcome', ownerId: 'alice' }).result;

    await store.save();
    expect(store.getSnapshot()).toMatchObject({ savedVersion: null, conflict: { currentVersion: 2, changedPaths: [] }, error: null });
    expect(store.getSnapshot().drafts['src/note.ts']?.text).toBe(edited);
    expect((await builder.files(projectId, { ownerId: 'alice' })).version.number).toBe(2);

    await store.save({ overwrite: true });
    expect(store.getSnapshot()).toMatchObject({ drafts: {}, savedVersion: 3, conflict: null });
    const stored = await builder.files(projectId, { ownerId: 'alice' });
    expect(stored.files['src/note.ts']).toBe(edited);
    expect(stored.files['src/App.tsx']).toContain('Welcome');
  });

  it('behavior: a conflict names the drafted files the new version changed', async () => {
    const { builder, store, projectId, files } = await setup(editTranscript('src/App.tsx', 'Hello', 'Welcome'));
    store.edit('src/App.tsx', files['src/App.tsx'].replace('Hello', 'Hey'), files['src/App.tsx'], 1);
    await builder.edit(projectId, { prompt: 'say Welcome', ownerId: 'alice' }).result;
    await store.save();
    expect(store.getSnapshot().conflict).toEqual({ currentVersion: 2, changedPaths: ['src/App.tsx'] });
    store.discard('src/App.tsx');
    expect(store.getSnapshot()).toMatchObject({ drafts: {}, conflict: null });
  });

  it('error: a save the server refuses for another reason shows its code and loses nothing', async () => {
    const { store, files } = await setup();
    store.edit('../outside.ts', 'x', '', 1);
    store.edit('src/note.ts', 'export const note = "kept";\n', files['src/note.ts'], 1);
    await store.save();
    expect(store.getSnapshot().error?.code).toMatch(/PATH/);
    expect(store.getSnapshot().conflict).toBeNull();
    expect(Object.keys(store.getSnapshot().drafts).sort()).toEqual(['../outside.ts', 'src/note.ts']);
    store.dismissError();
    expect(store.getSnapshot().error).toBeNull();
  });

  it('behavior: a store made with check: true saves, then the client follows the check run of the saved version (PUT /projects/:id/files with check)', async () => {
    const seen: string[] = [];
    const check: Check = { name: 'app', run: async ({ sandbox }) => (seen.push((await sandbox.readFile('src/note.ts')) ?? ''), { status: 'passed' }) };
    const { builder, client, projectId, files } = await setup(undefined, [check]);
    const store = createFileDraftsStore(client, { check: true });
    store.edit('src/note.ts', 'export const note = "checked";\n', files['src/note.ts'], 1);
    await store.save();
    expect(store.getSnapshot()).toMatchObject({ drafts: {}, savedVersion: 2, error: null });
    const run = client.getSnapshot().run;
    expect(run).toMatchObject({ mode: 'check' });
    for await (const _event of builder.watch(run!.id, { ownerId: 'alice' }));
    expect((await builder.events(run!.id, { ownerId: 'alice' })).map((event) => event.type)).toEqual(['run.started', 'check.started', 'check.passed', 'run.completed']);
    expect(seen).toEqual(['export const note = "checked";\n']);
    expect(await builder.versions(projectId, { ownerId: 'alice' })).toHaveLength(2);
  });
});
