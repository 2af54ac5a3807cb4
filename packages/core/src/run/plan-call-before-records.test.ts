import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../testing/doubles/scripted-llm.js';
import { describe, expect, it } from 'vitest';
import { BuildwrightError } from '@buildwright/client';
import { createBuilder } from '../builder/create-builder.js';
import type { Transcript } from '../protocol/transcript.js';
import type { LlmAdapter, LlmRequest } from '../spec/llm.js';
import type { RunRecord } from '../spec/storage.js';
import { gateWithFallback, onePageTranscript } from './first-model-call.test-support.js';

// Issue 14: a new project's plan call goes out before its project and run records are stored.

/**
 * Memory storage whose project and run records are stored only once `release` is called (or fail
 * with `fail`); after 2 s they are stored anyway, so that a run that waits for them before its
 * first model call fails the assertions, not the timeout.
 */
function gatedRecordsStorage() {
  const inner = memoryStorage();
  const gate = gateWithFallback();
  const state = { stored: 0 };
  const storage: typeof inner = {
    ...inner,
    async createProject(input) {
      await gate.opened;
      const project = await inner.createProject(input);
      state.stored++;
      return project;
    },
    async createRun(input) {
      await gate.opened;
      const run = await inner.createRun(input);
      state.stored++;
      return run;
    },
  };
  return { storage, state, release: gate.release, fail: gate.fail };
}

/** The scripted model, recording each call: its request and how many records were stored then; the first call runs `onFirstCall`. */
function watchedLlm(transcript: Transcript, state: { stored: number }, onFirstCall: (request: LlmRequest) => void) {
  const inner = scriptedLlm({ transcript });
  const calls: Array<{ storedRecords: number; request: LlmRequest }> = [];
  const llm: LlmAdapter = {
    ...inner,
    stream(request) {
      calls.push({ storedRecords: state.stored, request });
      if (calls.length === 1) onFirstCall(request);
      return inner.stream(request);
    },
  };
  return { llm, calls };
}

describe('a new project’s plan call before its records', () => {
  it('default: the plan’s call goes out while the records are being stored; the run and its events are as before', async () => {
    const gated = gatedRecordsStorage();
    // Released only once the plan's call is under way: a run that stored its records first would wait the full 2 s.
    const { llm, calls } = watchedLlm(onePageTranscript, gated.state, () => setTimeout(gated.release, 10));
    const builder = createBuilder({ llm, sandbox: memorySandbox(), storage: gated.storage });
    const run = builder.generate({ prompt: 'a page', kind: 'web' });
    const result = await run.result;
    expect(calls[0]?.storedRecords).toBe(0);
    expect(calls[0]?.request.node).toBe('plan');
    // One plan call (the early one was taken), then the build's two.
    expect(calls.length).toBe(3);
    expect(result.files['index.html']).toBe('<h1>Hi</h1>');
    const events = await gated.storage.readEvents({ ownerId: 'local', runId: run.runId });
    expect(events[0]?.type).toBe('run.started');
    expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
    expect(events.filter((event) => event.type === 'plan.created')).toHaveLength(1);
    expect(events.at(-1)?.type).toBe('run.completed');
  });

  it('behavior: a cancel while the records are being stored stops the call and stores run.cancelled', async () => {
    const gated = gatedRecordsStorage();
    let cancel = () => {};
    const { llm, calls } = watchedLlm(onePageTranscript, gated.state, () => {
      cancel();
      setTimeout(gated.release, 10);
    });
    const builder = createBuilder({ llm, sandbox: memorySandbox(), storage: gated.storage });
    const run = builder.generate({ prompt: 'a page', kind: 'web' });
    cancel = () => run.cancel('the user changed their mind');
    await expect(run.result).rejects.toMatchObject({ code: 'RUN_CANCELLED' });
    expect(calls).toHaveLength(1);
    expect(calls[0]?.storedRecords).toBe(0);
    expect(calls[0]?.request.signal?.aborted).toBe(true);
    const events = await gated.storage.readEvents({ ownerId: 'local', runId: run.runId });
    expect(events.map((event) => event.type)).toEqual(['run.cancelled']);
    expect(events[0]).toMatchObject({ seq: 1, reason: expect.stringContaining('the user changed their mind') });
    expect(await gated.storage.getRun({ ownerId: 'local', runId: run.runId })).toMatchObject({ status: 'cancelled' });
  });

  it('error: records that cannot be stored fail the run with their error and stop the plan’s call', async () => {
    const gated = gatedRecordsStorage();
    const refused = new BuildwrightError({ code: 'STORAGE_ERROR', message: 'the project was refused' });
    const { llm, calls } = watchedLlm(onePageTranscript, gated.state, () => setTimeout(() => gated.fail(refused), 10));
    const builder = createBuilder({ llm, sandbox: memorySandbox(), storage: gated.storage });
    const run = builder.generate({ prompt: 'a page', kind: 'web' });
    await expect(run.result).rejects.toMatchObject({ code: 'STORAGE_ERROR', message: 'the project was refused' });
    expect(calls).toHaveLength(1);
    // No model work keeps running for a run that never existed.
    expect(calls[0]?.request.signal?.aborted).toBe(true);
    expect(gated.state.stored).toBe(0);
    expect(await gated.storage.readEvents({ ownerId: 'local', runId: run.runId })).toEqual([]);
  });

  it('behavior: an existing project’s run (edit) and a run that starts with requirements store their records before the first call', async () => {
    const storage = memoryStorage();
    const first = createBuilder({ llm: scriptedLlm({ transcript: onePageTranscript }), sandbox: memorySandbox(), storage });
    const { project } = await first.generate({ prompt: 'a page', kind: 'web' }).result;
    await first.close();

    // At each first call: whether the model could read the run's record.
    const recordAtCall = async (request: LlmRequest): Promise<RunRecord | undefined> => storage.getRun({ ownerId: 'local', runId: request.context!.runId });
    const editFound: Array<Promise<RunRecord | undefined>> = [];
    const { llm } = watchedLlm(onePageTranscript, { stored: 0 }, (request) => editFound.push(recordAtCall(request)));
    const editing = createBuilder({ llm, sandbox: memorySandbox(), storage });
    await editing.edit(project.id, { prompt: 'say hello' }).result;
    expect(await editFound[0]).toMatchObject({ mode: 'edit' });
    await editing.close();

    const analysed: Transcript = {
      format: 'buildwright.transcript/v1',
      turns: [{ node: 'requirements', toolCalls: [{ name: 'submit_requirements', arguments: {} }] }],
    };
    const generateFound: Array<Promise<RunRecord | undefined>> = [];
    const watched = watchedLlm(analysed, { stored: 0 }, (request) => generateFound.push(recordAtCall(request)));
    const analysing = createBuilder({ llm: watched.llm, sandbox: memorySandbox(), storage, requirements: true });
    const run = analysing.generate({ prompt: 'a page', kind: 'web' });
    await run.result.catch(() => undefined);
    expect(watched.calls[0]?.request.node).toBe('requirements');
    expect(await generateFound[0]).toMatchObject({ id: run.runId, mode: 'generate' });
  });
});
