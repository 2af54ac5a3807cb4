import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../testing/doubles/scripted-llm.js';
import { describe, expect, it } from 'vitest';
import { BuildwrightError } from '@buildwright/client';
import { createBuilder } from '../builder/create-builder.js';
import type { LlmAdapter } from '../spec/llm.js';
import type { SandboxAdapter } from '../spec/sandbox.js';
import { gateWithFallback, onePageTranscript } from './first-model-call.test-support.js';

// Issue 14: the first model call of a new run (the plan's) does not wait for the project's sandbox to open.

/**
 * A memory sandbox whose `open` waits until `release` is called (or fails with `fail`); after 2 s it
 * opens anyway, so that a run that waits for it before its first model call fails the assertions, not the timeout.
 */
function gatedSandbox() {
  const inner = memorySandbox();
  const gate = gateWithFallback();
  const state = { opened: false };
  const adapter: SandboxAdapter = {
    ...inner,
    async open(options) {
      await gate.opened;
      const sandbox = await inner.open(options);
      state.opened = true;
      return sandbox;
    },
  };
  return { adapter, state, release: gate.release, fail: gate.fail };
}

/** The scripted model, recording at each call whether the sandbox was open; the first call runs `onFirstCall`. */
function watchedLlm(state: { opened: boolean }, onFirstCall: () => void) {
  const inner = scriptedLlm({ transcript: onePageTranscript });
  const calls: Array<{ sandboxOpen: boolean }> = [];
  const llm: LlmAdapter = {
    ...inner,
    stream(request) {
      calls.push({ sandboxOpen: state.opened });
      if (calls.length === 1) onFirstCall();
      return inner.stream(request);
    },
  };
  return { llm, calls };
}

describe('the first model call and the sandbox', () => {
  it('the plan’s model call goes out while the sandbox is still opening; the build waits for it', async () => {
    const sandbox = gatedSandbox();
    // Released only once the plan's call is under way: a run that waited for the sandbox first would never call the model.
    const { llm, calls } = watchedLlm(sandbox.state, () => setTimeout(sandbox.release, 10));
    const builder = createBuilder({ llm, sandbox: sandbox.adapter, storage: memoryStorage() });
    const result = await builder.generate({ prompt: 'a page', kind: 'web' }).result;
    expect(calls[0]).toEqual({ sandboxOpen: false });
    // The build's calls come after the open (the plan node ends only once it has).
    expect(calls.slice(1).every((call) => call.sandboxOpen)).toBe(true);
    expect(calls.length).toBe(3);
    expect(result.files['index.html']).toBe('<h1>Hi</h1>');
  });

  it('a sandbox that fails to open still fails the run with its error, after the plan', async () => {
    const sandbox = gatedSandbox();
    const refused = new BuildwrightError({ code: 'SANDBOX_UNAVAILABLE', message: 'no sandbox here' });
    const { llm, calls } = watchedLlm(sandbox.state, () => setTimeout(() => sandbox.fail(refused), 10));
    const storage = memoryStorage();
    const builder = createBuilder({ llm, sandbox: sandbox.adapter, storage });
    const run = builder.generate({ prompt: 'a page', kind: 'web' });
    await expect(run.result).rejects.toMatchObject({ code: 'SANDBOX_UNAVAILABLE' });
    expect(calls.length).toBe(1);
    const events = await storage.readEvents({ ownerId: 'local', runId: run.runId });
    expect(events.at(-1)).toMatchObject({ type: 'run.failed', code: 'SANDBOX_UNAVAILABLE' });
  });
});

/**
 * Memory storage recording its writes in order, whose first `putCheckpoint` waits until `release`
 * is called (or fails with `fail`); after 2 s it goes on anyway, so that a run that waits for it
 * before its first model call fails the assertions, not the timeout.
 */
function heldCheckpointStorage() {
  const inner = memoryStorage();
  const writes: string[] = [];
  const gate = gateWithFallback();
  const state = { held: true };
  gate.opened.then(
    () => (state.held = false),
    () => (state.held = false),
  );
  const storage: typeof inner = {
    ...inner,
    async putCheckpoint(input, options) {
      writes.push('putCheckpoint');
      await gate.opened;
      return inner.putCheckpoint(input, options);
    },
    async appendEvent(event, options) {
      writes.push(`event ${event.type}`);
      return inner.appendEvent(event, options);
    },
    async appendMessage(input) {
      writes.push(`message ${input.role}`);
      return inner.appendMessage(input);
    },
    async recordUsage(input) {
      writes.push(`usage ${input.node}`);
      return inner.recordUsage(input);
    },
  };
  return { storage, state, writes, release: gate.release, fail: gate.fail };
}

describe('the first model call and the run’s first writes', () => {
  it('the plan’s model call goes out while the first checkpoint is being stored; the writes and events keep their order', async () => {
    const held = heldCheckpointStorage();
    const heldAtCall: boolean[] = [];
    const inner = scriptedLlm({ transcript: onePageTranscript });
    const llm: LlmAdapter = {
      ...inner,
      stream(request) {
        heldAtCall.push(held.state.held);
        if (heldAtCall.length === 1) setTimeout(held.release, 10);
        return inner.stream(request);
      },
    };
    const builder = createBuilder({ llm, sandbox: memorySandbox(), storage: held.storage });
    const run = builder.generate({ prompt: 'a page', kind: 'web' });
    await run.result;
    expect(heldAtCall[0]).toBe(true);
    // One plan call (the early one was taken), then the build's two.
    expect(heldAtCall.length).toBe(3);
    // The checkpoint before the first event; the plan's usage after the run's first events and the user's message.
    expect(held.writes[0]).toBe('putCheckpoint');
    expect(held.writes.filter((write) => write !== 'putCheckpoint').slice(0, 4)).toEqual(['event run.started', 'message user', 'event notice.posted', 'usage plan']);
    const events = await held.storage.readEvents({ ownerId: 'local', runId: run.runId });
    expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
    expect(events.at(-1)?.type).toBe('run.completed');
  });

  it('error: a failed checkpoint write still fails the run with its error, and the early model call is stopped', async () => {
    const held = heldCheckpointStorage();
    const refused = new BuildwrightError({ code: 'STORAGE_ERROR', message: 'the checkpoint was refused' });
    const signals: AbortSignal[] = [];
    const inner = scriptedLlm({ transcript: onePageTranscript });
    const llm: LlmAdapter = {
      ...inner,
      stream(request) {
        signals.push(request.signal!);
        if (signals.length === 1) setTimeout(() => held.fail(refused), 10);
        return inner.stream(request);
      },
    };
    const builder = createBuilder({ llm, sandbox: memorySandbox(), storage: held.storage });
    const run = builder.generate({ prompt: 'a page', kind: 'web' });
    await expect(run.result).rejects.toMatchObject({ code: 'STORAGE_ERROR' });
    expect(signals.length).toBe(1);
    expect(signals[0]!.aborted).toBe(true);
    expect(held.writes).not.toContain('event run.started');
    const events = await held.storage.readEvents({ ownerId: 'local', runId: run.runId });
    expect(events.map((event) => event.type)).toEqual(['run.failed']);
  });
});
