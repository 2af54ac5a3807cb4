import { describe, expect, it } from 'vitest';
import { expectCode } from '../testing/expect-code.js';
import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../testing/doubles/scripted-llm.js';
import type { Transcript } from '../protocol/transcript.js';
import type { SandboxAdapter } from '../spec/sandbox.js';
import { createBuilder } from './create-builder.js';

const transcript: Transcript = {
  format: 'buildwright.transcript/v1',
  turns: [
    { node: 'plan', toolCalls: [{ name: 'submit_plan', arguments: { title: 'App', summary: 'files', steps: [{ id: 'all', title: 'Write', files: ['src/App.js', 'src/old.js'] }] } }] },
    {
      node: 'build',
      toolCalls: [
        { name: 'write_file', arguments: { path: 'src/App.js', content: 'export default "v1";\n' } },
        { name: 'write_file', arguments: { path: 'src/old.js', content: 'old\n' } },
        { name: 'finish', arguments: { summary: 'written' } },
      ],
    },
  ],
};

describe('builder: editing by hand and managing projects', () => {
  it('default: saveFiles after a run stores version 2 and the open sandbox follows the save', async () => {
    const opened: string[] = [];
    const inner = memorySandbox();
    const sandbox: SandboxAdapter = { ...inner, open: (input) => (opened.push(input.projectId), inner.open(input)) };
    const builder = createBuilder({ llm: scriptedLlm({ transcript }), sandbox, storage: memoryStorage() });
    const { project, version } = await builder.generate({ prompt: 'an app' }).result;
    const saved = await builder.saveFiles(project.id, { baseVersion: version.number, files: { 'src/App.js': 'export default "by hand";\n' }, deleted: ['src/old.js'] });
    expect(saved).toMatchObject({ created: true, sandbox: 'updated', version: { number: 2, parent: 1, message: 'Edit by hand' } });
    const box = await inner.open({ projectId: project.id });
    expect(await box.readFile('src/App.js')).toBe('export default "by hand";\n');
    expect(await box.listFiles()).not.toContain('src/old.js');
    expect((await builder.files(project.id)).files).toEqual({ 'src/App.js': 'export default "by hand";\n' });
    expect(opened).toEqual([project.id]);
    await builder.close();
  });

  it('behavior: a save on a project without an open sandbox opens none', async () => {
    const storage = memoryStorage();
    const builder = createBuilder({ llm: scriptedLlm({ transcript }), sandbox: memorySandbox(), storage });
    const { project } = await builder.importFiles({ name: 'Imported', kind: 'web', files: { 'index.html': '<h1>Hi</h1>' } });
    expect(await builder.saveFiles(project.id, { baseVersion: 1, files: { 'index.html': '<h1>Hello</h1>' } })).toMatchObject({ sandbox: 'none', version: { number: 2 } });
  });

  it('default: renameProject, searchProjects and deleteProject', async () => {
    const builder = createBuilder({ llm: scriptedLlm({ transcript }), sandbox: memorySandbox(), storage: memoryStorage(), ownerId: 'owner-a' });
    const { project } = await builder.generate({ prompt: 'a counter with a big red button' }).result;
    await builder.importFiles({ name: 'Weather', kind: 'web', files: { 'index.html': 'sun' } });
    expect(await builder.renameProject(project.id, { name: '  Counter  ' })).toMatchObject({ id: project.id, name: 'Counter' });
    expect((await builder.searchProjects({ query: 'RED BUTTON' })).projects.map((listed) => listed.name)).toEqual(['Counter']);
    const page = await builder.searchProjects({ limit: 1 });
    expect(page.projects.map((listed) => listed.name)).toEqual(['Weather']);
    expect((await builder.searchProjects({ limit: 1, cursor: page.nextCursor! })).projects.map((listed) => listed.name)).toEqual(['Counter']);
    await builder.deleteProject(project.id);
    await expectCode(builder.getProject(project.id), 'PROJECT_NOT_FOUND');
    expect((await builder.searchProjects()).projects.map((listed) => listed.name)).toEqual(['Weather']);
  });

  it("behavior: deleteProject kills the project's open sandbox and removes what the sandbox adapter keeps of it", async () => {
    const sandbox = memorySandbox();
    const removed: string[] = [];
    const builder = createBuilder({ llm: scriptedLlm({ transcript }), sandbox: { ...sandbox, remove: async (options) => void removed.push(options.projectId) }, storage: memoryStorage() });
    const { project } = await builder.generate({ prompt: 'a counter' }).result;
    const opened = await builder.openedSandbox(project.id);
    expect(await opened?.listFiles()).toContain('src/App.js');
    await builder.deleteProject(project.id);
    expect(removed).toEqual([project.id]);
    await expectCode(opened!.run({ command: 'ls' }), 'SANDBOX_UNAVAILABLE');
    expect(await builder.openedSandbox(project.id)).toBeUndefined();
    await expectCode(builder.deleteProject(project.id), 'PROJECT_NOT_FOUND');
    expect(removed).toEqual([project.id]);
    await builder.close();
  });

  it('error: renameProject refuses an empty, long or multi-line name', async () => {
    const builder = createBuilder({ llm: scriptedLlm({ transcript }), sandbox: memorySandbox(), storage: memoryStorage() });
    const { project } = await builder.importFiles({ name: 'Imported', kind: 'web', files: { 'index.html': 'x' } });
    await expectCode(builder.renameProject(project.id, { name: '   ' }), 'INVALID_INPUT');
    await expectCode(builder.renameProject(project.id, { name: 'x'.repeat(201) }), 'INVALID_INPUT');
    await expectCode(builder.renameProject(project.id, { name: 'two\nlines' }), 'INVALID_INPUT');
    expect((await builder.getProject(project.id)).name).toBe('Imported');
  });

  it('error: deleteProject while its run is running is PROJECT_BUSY (its sandbox kept); after the run ends it deletes', async () => {
    const removed: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const inner = scriptedLlm({ transcript });
    const builder = createBuilder({
      llm: {
        ...inner,
        stream: (request) => ({
          async *[Symbol.asyncIterator]() {
            await gate;
            yield* inner.stream(request);
          },
        }),
      },
      sandbox: { ...memorySandbox(), remove: async (options) => void removed.push(options.projectId) },
      storage: memoryStorage(),
    });
    const run = builder.generate({ prompt: 'an app' });
    await new Promise<void>((resolve) => run.on('run.started', () => resolve()));
    const error = await expectCode(builder.deleteProject(run.projectId), 'PROJECT_BUSY');
    expect(error.details.runIds).toEqual([run.runId]);
    expect(removed).toEqual([]);
    release();
    await run.result;
    await builder.deleteProject(run.projectId);
    expect(removed).toEqual([run.projectId]);
    await expectCode(builder.getProject(run.projectId), 'PROJECT_NOT_FOUND');
    await builder.close();
  });
});
