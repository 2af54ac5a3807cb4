import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../testing/doubles/scripted-llm.js';
import { describe, expect, it } from 'vitest';
import { createBuilder } from '../builder/create-builder.js';
import type { StorageAdapter } from '../spec/storage.js';
import { resumeTranscript } from './resume-transcript.test-support.js';

// Resuming in a new process after a SIGKILL needs storage that outlives the process: those cases
// run on PGlite in packages/adapters/src/pglite/pglite-resume.test.ts.
describe('resume', () => {
  it('behavior: a run cut off after its finalize checkpoint resumes to run.completed with its one version', async () => {
    const storage = memoryStorage();
    // The first process "dies" where it would mark the run completed: after the finalize node's checkpoint.
    const dying: StorageAdapter = new Proxy(storage, {
      get(target, key, receiver) {
        if (key === 'updateRun') {
          return (input: Parameters<StorageAdapter['updateRun']>[0]) => (input.status === 'completed' ? new Promise<void>(() => undefined) : target.updateRun(input));
        }
        const value = Reflect.get(target, key, receiver);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const cut = createBuilder({ llm: scriptedLlm({ transcript: resumeTranscript }), sandbox: memorySandbox(), storage: dying }).generate({ prompt: 'resume me' });
    while (!(await storage.readEvents({ ownerId: 'local', runId: cut.runId })).some((event) => event.type === 'version.created')) await new Promise((resolve) => setTimeout(resolve, 10));
    await new Promise((resolve) => setTimeout(resolve, 50));

    const resumed = await createBuilder({ llm: scriptedLlm({ transcript: resumeTranscript }), sandbox: memorySandbox(), storage }).resume(cut.runId).result;
    expect(resumed.version).toMatchObject({ number: 1, runId: cut.runId });
    expect(await storage.listVersions({ ownerId: 'local', projectId: resumed.project.id })).toHaveLength(1);
    const types = (await storage.readEvents({ ownerId: 'local', runId: cut.runId })).map((event) => event.type);
    expect(types.filter((type) => type === 'version.created')).toHaveLength(1);
    expect(types.at(-1)).toBe('run.completed');
    expect((await storage.getRun({ ownerId: 'local', runId: cut.runId }))?.status).toBe('completed');
  });

  it('behavior: a cancelled run resumes to completion', async () => {
    const storage = memoryStorage();
    const builder = createBuilder({ llm: scriptedLlm({ transcript: resumeTranscript }), sandbox: memorySandbox(), storage });
    const run = builder.generate({ prompt: 'resume me' });
    run.on('step.completed', () => run.cancel('stop after the first step'));
    await expect(run.result).rejects.toMatchObject({ code: 'RUN_CANCELLED' });

    const resumed = await createBuilder({ llm: scriptedLlm({ transcript: resumeTranscript }), sandbox: memorySandbox(), storage }).resume(run.runId).result;
    expect(Object.keys(resumed.files).sort()).toEqual(['index.html', 'main.js']);
    const events = await storage.readEvents({ ownerId: 'local', runId: run.runId });
    expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
    expect(events.map((event) => event.type)).toContain('run.cancelled');
    expect(events.at(-1)?.type).toBe('run.completed');
  });

  it('error: a completed run cannot be resumed', async () => {
    const builder = createBuilder({ llm: scriptedLlm({ transcript: resumeTranscript }), sandbox: memorySandbox(), storage: memoryStorage() });
    const run = builder.generate({ prompt: 'x' });
    await run.result;
    await expect(builder.resume(run.runId).result).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('already completed') });
  });
});
