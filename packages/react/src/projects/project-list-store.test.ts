import { createBuilderClient } from '@buildwright/client';
import { createBuilder, type Builder } from '@buildwright/core';
import { memorySandbox, memoryStorage, scriptedLlm } from '@buildwright/core/doubles';
import { createBuilderHandler } from '@buildwright/core/http';
import { afterEach, describe, expect, it } from 'vitest';
import { createProjectListStore } from './project-list-store.js';

const builders: Builder[] = [];
afterEach(async () => {
  await Promise.all(builders.splice(0).map((builder) => builder.close()));
});

/** A store over a real client talking to a real handler (memory storage), as user `alice`. */
async function setup(names: string[], options: { delay?(url: string): number } = {}) {
  const builder = createBuilder({ llm: scriptedLlm({ transcript: { format: 'buildwright.transcript/v1', turns: [] } }), sandbox: memorySandbox(), storage: memoryStorage() });
  builders.push(builder);
  const handler = createBuilderHandler(builder, { authorize: () => 'alice' });
  const client = createBuilderClient({
    baseUrl: 'http://test',
    fetch: async (input, init) => {
      await new Promise((resolve) => setTimeout(resolve, options.delay?.(String(input)) ?? 0));
      return handler(new Request(input, init));
    },
  });
  const projects = [];
  for (const name of names) projects.push((await builder.importFiles({ ownerId: 'alice', name, kind: 'web', files: { 'index.html': `<h1>${name}</h1>` } })).project);
  return { builder, client, store: createProjectListStore(client, { pageSize: 2 }), projects };
}

const names = (store: { getSnapshot(): { projects: readonly { name: string }[] } }) => store.getSnapshot().projects.map((project) => project.name);

describe('createProjectListStore', () => {
  it('default: pages newest first with a cursor; search restarts from the first page', async () => {
    const { store } = await setup(['Weather station', 'Todo list', 'Recipes']);
    const searching = store.search('');
    expect(store.getSnapshot().status).toBe('loading');
    await searching;
    expect(names(store)).toEqual(['Recipes', 'Todo list']);
    expect(store.getSnapshot().nextCursor).not.toBeNull();
    await store.loadMore();
    expect(names(store)).toEqual(['Recipes', 'Todo list', 'Weather station']);
    expect(store.getSnapshot()).toMatchObject({ nextCursor: null, status: 'ready' });
    await store.search('  todo ');
    expect(store.getSnapshot()).toMatchObject({ query: 'todo', nextCursor: null });
    expect(names(store)).toEqual(['Todo list']);
  });

  it('behavior: a slow earlier search does not overwrite a later one', async () => {
    const { store } = await setup(['Alpha', 'Beta'], { delay: (url) => (url.includes('alpha') ? 60 : 0) });
    const first = store.search('alpha');
    const second = store.search('beta');
    await Promise.all([first, second]);
    expect(store.getSnapshot().query).toBe('beta');
    expect(names(store)).toEqual(['Beta']);
  });

  it('behavior: rename edits one row in place; delete after confirmation removes it from the list and the server', async () => {
    const { store, client, projects } = await setup(['Old name', 'Other']);
    await store.search('');
    store.startRename(projects[0]!.id);
    expect(store.getSnapshot().renaming).toBe(projects[0]!.id);
    await store.rename(projects[0]!.id, ' ');
    expect(store.getSnapshot().error).toMatchObject({ code: 'INVALID_INPUT', projectId: projects[0]!.id });
    await store.rename(projects[0]!.id, 'New name');
    expect(store.getSnapshot()).toMatchObject({ renaming: null, error: null, busy: null });
    expect(names(store)).toEqual(['Other', 'New name']);

    store.askDelete(projects[1]!.id);
    expect(store.getSnapshot().confirmingDelete).toBe(projects[1]!.id);
    await store.remove(projects[1]!.id);
    expect(names(store)).toEqual(['New name']);
    expect((await client.searchProjects()).projects.map((project) => project.name)).toEqual(['New name']);
  });

  it('error: deleting a project whose run is in progress shows PROJECT_BUSY and keeps the row', async () => {
    const { store, builder, projects } = await setup(['Busy']);
    await builder.options.storage.createRun({
      ownerId: 'alice',
      projectId: projects[0]!.id,
      mode: 'edit',
      prompt: 'p',
      budgets: { maxFixAttempts: 1, maxTokens: 1, maxWallTimeMs: 1 },
      status: 'queued',
    });
    await store.search('');
    store.askDelete(projects[0]!.id);
    await store.remove(projects[0]!.id);
    const { error, confirmingDelete } = store.getSnapshot();
    expect(error).toMatchObject({ code: 'PROJECT_BUSY', projectId: projects[0]!.id });
    expect(error?.message).toMatch(/run/i);
    expect(confirmingDelete).toBeNull();
    expect(names(store)).toEqual(['Busy']);
  });

  it('error: a failed page load is shown, not swallowed', async () => {
    const client = createBuilderClient({ baseUrl: 'http://test', fetch: async () => Response.json({ error: { code: 'TOO_MANY_REQUESTS', message: 'Slow down: retry in 3 s.' } }, { status: 429 }) });
    const store = createProjectListStore(client);
    await store.search('');
    expect(store.getSnapshot()).toMatchObject({ status: 'idle', error: { code: 'TOO_MANY_REQUESTS', message: 'Slow down: retry in 3 s.', projectId: null } });
  });
});
