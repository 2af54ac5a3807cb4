import { describe, expect, it } from 'vitest';
import { createBuilder } from '../builder/create-builder.js';
import type { Transcript } from '../protocol/transcript.js';
import type { Check } from '../spec/check.js';
import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../testing/doubles/scripted-llm.js';

const plan = (files: string[]) => ({ node: 'plan' as const, toolCalls: [{ name: 'submit_plan', arguments: { title: 'App', summary: 'files', steps: [{ id: 'one', title: 'Write', files }] } }] });
const transcript: Transcript = {
  format: 'buildwright.transcript/v1',
  turns: [
    // generate: version 1
    plan(['src/main.js']),
    {
      node: 'build',
      toolCalls: [
        { name: 'write_file', arguments: { path: 'src/main.js', content: 'export const main = 1;\n' } },
        { name: 'finish', arguments: { summary: 'written' } },
      ],
    },
    // an edit cut short after it wrote a file: no version
    plan(['src/draft.js']),
    {
      node: 'build',
      toolCalls: [
        { name: 'write_file', arguments: { path: 'src/draft.js', content: 'export const draft = broken(\n' } },
        { name: 'finish', arguments: { summary: 'drafted' } },
      ],
    },
    // the next edit: version 2, from version 1
    plan(['src/main.js']),
    {
      node: 'build',
      toolCalls: [
        { name: 'write_file', arguments: { path: 'src/main.js', content: 'export const main = 2;\n' } },
        { name: 'finish', arguments: { summary: 'changed' } },
      ],
    },
  ],
};

describe('the sandbox a run checks', () => {
  it('behavior: holds the files of the version the run starts from, and no file an earlier run left there without storing it', async () => {
    const seen: string[][] = [];
    const check: Check = {
      name: 'listing',
      async run(context) {
        seen.push(await context.sandbox.listFiles());
        return { status: 'passed' };
      },
    };
    const builder = createBuilder({ llm: scriptedLlm({ transcript }), sandbox: memorySandbox(), storage: memoryStorage(), checks: [check] });
    const first = await builder.generate({ prompt: 'an app' }).result;

    const cut = builder.edit(first.project.id, { prompt: 'draft a module' });
    for await (const event of cut) if (event.type === 'file.written' && event.path === 'src/draft.js') cut.cancel('stopped by the user');
    await expect(cut.result).rejects.toMatchObject({ code: 'RUN_CANCELLED' });

    const next = await builder.edit(first.project.id, { prompt: 'change main' }).result;
    expect(Object.keys(next.files)).toEqual(['src/main.js']);
    expect(seen.at(-1)).toEqual(['src/main.js']);
    await builder.close();
  });
});
