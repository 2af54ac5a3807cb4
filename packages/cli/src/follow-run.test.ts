import { BuildwrightError, type BuildwrightEvent, type RunHandle, type RunResult } from '@buildwright/core';
import { describe, expect, it } from 'vitest';
import { followRun } from './follow-run.js';
import type { Renderer } from './render/renderer.js';

const base = { runId: 'run-1', projectId: 'project-1', at: '2026-12-02T00:00:00.000Z' };
const started = { ...base, seq: 1, type: 'run.started', mode: 'generate', prompt: 'a counter', kind: 'web' } as BuildwrightEvent;
const completed = { ...base, seq: 2, type: 'run.completed', versionNumber: 1, summary: 'Done.' } as BuildwrightEvent;

/**
 * A run whose listed events are all out and whose result settles when the test says so; Ctrl-C
 * comes in between. Cancelling it publishes run.cancelled (a terminal event) and then rejects, as
 * the engine does.
 */
function pausedRun(events: BuildwrightEvent[]) {
  let settle!: { resolve: (result: RunResult) => void; reject: (error: Error) => void };
  const result = new Promise<RunResult>((resolve, reject) => (settle = { resolve, reject }));
  const settled = result.then(
    () => undefined,
    () => undefined,
  );
  const published = [...events];
  let wake = () => {};
  const cancels: string[] = [];
  const handle = {
    runId: base.runId,
    projectId: base.projectId,
    result,
    cancel: (reason?: string) => {
      cancels.push(reason ?? '');
      published.push({ ...base, seq: published.length + 1, type: 'run.cancelled', reason: `The run was cancelled: ${reason}.` } as BuildwrightEvent);
      wake();
      setTimeout(() => settle.reject(new BuildwrightError({ code: 'RUN_CANCELLED', message: `The run was cancelled: ${reason}.` })), 10);
    },
    async *[Symbol.asyncIterator]() {
      let done = false;
      void settled.then(() => {
        done = true;
        wake();
      });
      for (let index = 0; ; ) {
        while (index < published.length) yield published[index++]!;
        if (done) return;
        await new Promise<void>((resolve) => (wake = resolve));
      }
    },
  } as unknown as RunHandle;
  return { handle, settle, cancels };
}

function recordingRenderer(): Renderer & { notes: string[]; events: BuildwrightEvent[] } {
  const notes: string[] = [];
  const events: BuildwrightEvent[] = [];
  return { notes, events, event: (event) => events.push(event), note: (message) => notes.push(message), close: () => {} };
}

const until = async (done: () => boolean) => {
  while (!done()) await new Promise((resolve) => setTimeout(resolve, 5));
};

describe('followRun and Ctrl-C', () => {
  it('behavior: a Ctrl-C after run.completed does not cancel the run: exit 0, the stop is reported for the caller', async () => {
    const run = pausedRun([started, completed]);
    const renderer = recordingRenderer();
    const followed = followRun(run.handle, renderer);
    await until(() => renderer.events.length === 2);
    process.emit('SIGINT', 'SIGINT');
    run.settle.resolve({ runId: base.runId } as RunResult);
    const result = await followed;
    expect(run.cancels).toEqual([]);
    expect(result.exitCode).toBe(0);
    expect(result.stoppedBy).toBe('SIGINT');
    expect(renderer.notes.join('\n')).not.toContain('Cancelling');
  });

  it('behavior: a Ctrl-C before the last event cancels the run: exit 130, also though run.cancelled (a terminal event) arrives before the result rejects', async () => {
    const run = pausedRun([started]);
    const renderer = recordingRenderer();
    const followed = followRun(run.handle, renderer);
    await until(() => renderer.events.length === 1);
    process.emit('SIGINT', 'SIGINT');
    const result = await followed;
    expect(run.cancels).toEqual(['interrupted by Ctrl-C']);
    expect(renderer.events.at(-1)?.type).toBe('run.cancelled');
    expect(result.exitCode).toBe(130);
    expect(renderer.notes.join('\n')).toContain('Cancelling the run (Ctrl-C)');
  });
});
