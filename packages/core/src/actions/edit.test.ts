import { memorySandbox, memoryStorage } from '@buildwright/adapters/memory';
import { scriptedLlm } from '@buildwright/adapters/scripted';
import { describe, expect, it } from 'vitest';
import { createBuilder } from '../builder/create-builder.js';
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
    { node: 'build', toolCalls: [{ name: 'edit_file', arguments: { path: 'src/greet.js', edits: [{ search: 'Hello', replace: 'Welcome' }] } }, { name: 'finish', arguments: { summary: 'changed the greeting' } }] },
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

  it("error: editing another owner's project is refused with PROJECT_NOT_FOUND", async () => {
    const builder = createBuilder({ llm: scriptedLlm({ transcript }), sandbox: memorySandbox(), storage: memoryStorage() });
    const first = await builder.generate({ prompt: 'x', ownerId: 'alice' }).result;
    await expect(builder.edit(first.project.id, { prompt: 'y', ownerId: 'mallory' }).result).rejects.toMatchObject({ code: 'PROJECT_NOT_FOUND' });
  });
});
