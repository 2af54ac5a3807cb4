import { describe, expect, it } from 'vitest';
import { createBuilder } from '../builder/create-builder.js';
import type { Check } from '../spec/check.js';
import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../testing/doubles/scripted-llm.js';
import { resumeTranscript } from './resume-transcript.test-support.js';

/** A check that "serves" the app at `url` and returns it as the run's preview. Named `preview`: the run's state channels do not take node names users pick. */
function previewCheck(url: string, calls: { count: number } = { count: 0 }): Check {
  return {
    name: 'preview',
    async run() {
      calls.count += 1;
      return { status: 'passed', preview: { url, screenshotPath: '/artifacts/shot.png' } };
    },
  };
}

const laterCheck: Check = { name: 'version', run: async () => ({ status: 'passed' }) };

describe('run preview', () => {
  it("default: a check's preview is announced as preview.ready before its check.passed and is the run's result", async () => {
    const storage = memoryStorage();
    const builder = createBuilder({ llm: scriptedLlm({ transcript: resumeTranscript }), sandbox: memorySandbox(), storage, checks: [previewCheck('http://127.0.0.1:4000/')] });
    const run = builder.generate({ prompt: 'notes' });
    const result = await run.result;
    expect(result).toMatchObject({ previewUrl: 'http://127.0.0.1:4000/', screenshotPath: '/artifacts/shot.png' });
    const types = (await storage.readEvents({ ownerId: 'local', runId: run.runId })).map((event) => event.type);
    const ready = types.indexOf('preview.ready');
    expect(types.slice(ready - 1, ready + 2)).toEqual(['check.started', 'preview.ready', 'check.passed']);
  });

  it('behavior: a run resumed after its preview check keeps the preview from its checkpoint, without checking again', async () => {
    const storage = memoryStorage();
    const first = createBuilder({ llm: scriptedLlm({ transcript: resumeTranscript }), sandbox: memorySandbox(), storage, checks: [previewCheck('http://127.0.0.1:4000/'), laterCheck] });
    const run = first.generate({ prompt: 'notes' });
    run.on('check.started', (event) => event.check === 'version' && run.cancel('cut after the preview'));
    await expect(run.result).rejects.toMatchObject({ code: 'RUN_CANCELLED' });

    const calls = { count: 0 };
    const second = createBuilder({ llm: scriptedLlm({ transcript: resumeTranscript }), sandbox: memorySandbox(), storage, checks: [previewCheck('http://127.0.0.1:5000/', calls), laterCheck] });
    const resumed = await second.resume(run.runId).result;
    expect(calls.count).toBe(0);
    expect(resumed).toMatchObject({ previewUrl: 'http://127.0.0.1:4000/', screenshotPath: '/artifacts/shot.png' });
  });

  it('error: a check that emits preview.ready itself fails the run with INVALID_INPUT saying to return it', async () => {
    const emitting: Check = {
      name: 'browser',
      async run(context) {
        await context.emit({ type: 'preview.ready', url: 'http://127.0.0.1:4000/', screenshotPath: null } as never);
        return { status: 'passed' };
      },
    };
    const builder = createBuilder({ llm: scriptedLlm({ transcript: resumeTranscript }), sandbox: memorySandbox(), storage: memoryStorage(), checks: [emitting] });
    await expect(builder.generate({ prompt: 'notes' }).result).rejects.toMatchObject({
      code: 'INVALID_INPUT',
      message: expect.stringContaining("{ status: 'passed', preview: { url, screenshotPath } }"),
    });
  });
});
