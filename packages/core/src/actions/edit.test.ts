import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../testing/doubles/scripted-llm.js';
import { describe, expect, it } from 'vitest';
import { createBuilder } from '../builder/create-builder.js';
import type { BuildwrightError } from '@buildwright/client';
import { StorageCheckpointSaver } from '../graph/storage-checkpointer.js';
import type { Transcript } from '../protocol/transcript.js';
import type { LlmAdapter, LlmMessage } from '../spec/llm.js';

const files = {
  'src/greet.js': 'export const greet = (name) => `Hello, ${name}!`;\n',
  ...Object.fromEntries(Array.from({ length: 12 }, (_, index) => [`src/widgets/widget-${index}.js`, `export const widget${index} = 'unrelated ${index}';\n`])),
};

const transcript: Transcript = {
  format: 'buildwright.transcript/v1',
  turns: [
    { node: 'plan', toolCalls: [{ name: 'submit_plan', arguments: { title: 'App', summary: 'files', steps: [{ id: 'all', title: 'Write', files: Object.keys(files) }] } }] },
    { node: 'build', toolCalls: [...Object.entries(files).map(([path, content]) => ({ name: 'write_file', arguments: { path, content } })), { name: 'finish', arguments: { summary: 'written' } }] },
    { node: 'plan', toolCalls: [{ name: 'submit_plan', arguments: { title: 'Edit', summary: 'greeting', steps: [{ id: 'greet', title: 'Change greeting', files: ['src/greet.js'] }] } }] },
    {
      node: 'build',
      toolCalls: [
        { name: 'edit_file', arguments: { path: 'src/greet.js', edits: [{ search: 'Hello', replace: 'Welcome' }] } },
        { name: 'finish', arguments: { summary: 'changed the greeting' } },
      ],
    },
  ],
};

describe('edit', () => {
  it('default: a follow-up edit starts from the current version, sends only relevant files and stores version 2', async () => {
    const storage = memoryStorage();
    const requests: LlmMessage[][] = [];
    const inner = scriptedLlm({ transcript });
    const llm: LlmAdapter = { ...inner, stream: (request) => (requests.push(request.messages), inner.stream(request)) };
    const builder = createBuilder({ llm, sandbox: memorySandbox(), storage });
    const first = await builder.generate({ prompt: 'a greeting app with widgets' }).result;

    const run = builder.edit(first.project.id, { prompt: 'change the greet message to say Welcome' });
    const result = await run.result;
    expect(result.version).toMatchObject({ number: 2, parent: 1 });
    expect(result.files['src/greet.js']).toBe('export const greet = (name) => `Welcome, ${name}!`;\n');
    expect(Object.keys(result.files)).toHaveLength(13);

    const editPlanPrompt = requests[2]!.find((message) => message.role === 'user')!.content;
    expect(editPlanPrompt).toContain('- src/widgets/widget-11.js');
    expect(editPlanPrompt).toContain('--- src/greet.js');
    expect(editPlanPrompt).not.toContain('unrelated 11');

    const messages = await storage.listMessages({ ownerId: 'local', projectId: first.project.id });
    expect(messages.map((message) => `${message.role}:${message.content}`)).toEqual([
      'user:a greeting app with widgets',
      'assistant:written',
      'user:change the greet message to say Welcome',
      'assistant:changed the greeting',
    ]);
  });

  it('error: two concurrent edits of one version: one stores version 2, the other ends with run.failed VERSION_CONFLICT and its work stays in its events', async () => {
    const storage = memoryStorage();
    const base = transcript.turns.slice(0, 2);
    const generated = await createBuilder({ llm: scriptedLlm({ transcript: { ...transcript, turns: base } }), sandbox: memorySandbox(), storage }).generate({ prompt: 'a greeting app' }).result;
    const projectId = generated.project.id;

    const editTurns = (path: string, search: string, replace: string): Transcript => ({
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
    const winnerLlm = scriptedLlm({ transcript: editTurns('src/greet.js', 'Hello', 'Welcome') });
    // The loser's model answers its build step only once the winner's run has ended, so both runs
    // read version 1 and the loser tries to store its version on a head that moved.
    let winnerDone!: Promise<unknown>;
    const loserInner = scriptedLlm({ transcript: editTurns('src/widgets/widget-3.js', 'unrelated 3', 'changed 3') });
    const loserLlm: LlmAdapter = {
      ...loserInner,
      async *stream(request) {
        if (request.node === 'build') await winnerDone.catch(() => undefined);
        yield* loserInner.stream(request);
      },
    };
    const winnerBuilder = createBuilder({ llm: winnerLlm, sandbox: memorySandbox(), storage });
    const loserBuilder = createBuilder({ llm: loserLlm, sandbox: memorySandbox(), storage });
    const loser = loserBuilder.edit(projectId, { prompt: 'change widget 3' });
    const winner = winnerBuilder.edit(projectId, { prompt: 'say Welcome' });
    winnerDone = winner.result;

    const won = await winner.result;
    expect(won.version).toMatchObject({ number: 2, parent: 1 });
    const refused = await loser.result.then(
      () => undefined,
      (error: unknown) => error as BuildwrightError,
    );
    expect(refused?.code).toBe('VERSION_CONFLICT');
    expect(refused?.message).toContain('version 1');
    expect(refused?.message).toContain('re-run the edit on version 2');

    const loserEvents = await storage.readEvents({ ownerId: 'local', runId: loser.runId });
    const failed = loserEvents.at(-1);
    expect(failed).toMatchObject({ type: 'run.failed', code: 'VERSION_CONFLICT' });
    expect(failed?.type === 'run.failed' && failed.message).toMatch(/version 1.*version 2|version 2.*version 1/s);
    expect(loserEvents.map((event) => event.type)).not.toContain('version.created');
    expect(loserEvents.find((event) => event.type === 'file.edited' && event.path === 'src/widgets/widget-3.js')).toBeDefined();
    // The loser's files stay in its run record: the last checkpoint holds its working tree.
    const checkpoint = await new StorageCheckpointSaver(storage).getTuple({ configurable: { thread_id: loser.runId } });
    const workingFiles = (checkpoint!.checkpoint.channel_values as { workingFiles?: Record<string, string> }).workingFiles;
    expect(workingFiles?.['src/widgets/widget-3.js']).toBe("export const widget3 = 'changed 3';\n");
    expect((await storage.getRun({ ownerId: 'local', runId: loser.runId }))?.status).toBe('failed');

    expect((await storage.listVersions({ ownerId: 'local', projectId })).map((version) => version.number)).toEqual([1, 2]);
    const head = await storage.getVersionFiles({ ownerId: 'local', projectId });
    expect(head?.version.number).toBe(2);
    expect(head?.files['src/greet.js']).toBe('export const greet = (name) => `Welcome, ${name}!`;\n');
    expect(head?.files['src/widgets/widget-3.js']).toBe("export const widget3 = 'unrelated 3';\n");
  });

  it("error: editing another owner's project is refused with PROJECT_NOT_FOUND", async () => {
    const builder = createBuilder({ llm: scriptedLlm({ transcript }), sandbox: memorySandbox(), storage: memoryStorage() });
    const first = await builder.generate({ prompt: 'x', ownerId: 'alice' }).result;
    await expect(builder.edit(first.project.id, { prompt: 'y', ownerId: 'mallory' }).result).rejects.toMatchObject({ code: 'PROJECT_NOT_FOUND' });
  });
});
