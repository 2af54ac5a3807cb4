import { describe, expect, it } from 'vitest';
import { createBuilder } from '../builder/create-builder.js';
import type { Transcript } from '../protocol/transcript.js';
import type { Check } from '../spec/check.js';
import type { SandboxAdapter } from '../spec/sandbox.js';
import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../testing/doubles/scripted-llm.js';

const transcript: Transcript = {
  format: 'buildwright.transcript/v1',
  turns: [
    { node: 'plan', toolCalls: [{ name: 'submit_plan', arguments: { title: 'App', summary: 'App', steps: [{ id: 'one', title: 'Write one', files: ['one.js'] }] } }] },
    { node: 'build', toolCalls: [{ name: 'write_file', arguments: { path: 'one.js', content: 'export const one = 1;\n' } }] },
    { node: 'build', toolCalls: [{ name: 'finish', arguments: { summary: 'one' } }] },
  ],
};

describe('CheckContext.openNeutralSandbox in a run', () => {
  it("default: a check's context (run and prepare) opens a neutral sandbox through the builder's adapter, apart from the project's, without its files", async () => {
    const inner = memorySandbox();
    const opened: string[] = [];
    const sandbox: SandboxAdapter = { ...inner, open: (options) => (opened.push(options.projectId), inner.open(options)) };
    let neutralFiles: string[] | undefined;
    let inPrepare = false;
    const check: Check = {
      name: 'neutral',
      async prepare(context) {
        inPrepare = typeof context.openNeutralSandbox === 'function';
      },
      async run(context) {
        const neutral = await context.openNeutralSandbox!({ name: 'probe' });
        neutralFiles = await neutral.listFiles();
        await neutral.kill();
        return { status: 'passed' };
      },
    };
    const builder = createBuilder({
      llm: scriptedLlm({ transcript }),
      sandbox,
      storage: memoryStorage(),
      checks: [check],
      templates: { base: { name: 'base', kind: 'web', description: 'one file', files: { 'package.json': '{}\n' } } },
    });
    const run = builder.generate({ prompt: 'x', kind: 'web' });
    for await (const _event of run);
    const result = await run.result;
    expect(inPrepare).toBe(true);
    expect(opened).toEqual([result.project.id, 'buildwright.neutral.probe']);
    expect(neutralFiles).toEqual([]);
  });
});
