import { describe, expect, it } from 'vitest';
import { checksRunEvents } from './checks-run.test-support.js';
import type { Transcript } from '../protocol/transcript.js';
import type { Check, CheckRunEnd } from '../spec/check.js';

const transcript = (finish: boolean): Transcript => ({
  format: 'buildwright.transcript/v1',
  turns: [
    { node: 'plan', toolCalls: [{ name: 'submit_plan', arguments: { title: 'App', summary: 'App', steps: [{ id: 'a', title: 'Write a', files: ['a.js'] }] } }] },
    { node: 'build', toolCalls: [{ name: 'write_file', arguments: { path: 'a.js', content: 'export const a = 1;\n' } }] },
    ...(finish ? [{ node: 'build', toolCalls: [{ name: 'finish', arguments: { summary: 'done' } }] }] : []),
  ],
});

/** A check that records each run end it is told about, and when (after the run's last event or not). */
function recording(kinds?: Check['kinds']) {
  const ends: Array<CheckRunEnd & { sandboxFile: string | undefined }> = [];
  let told: () => void = () => {};
  const afterRunCalled = new Promise<void>((resolve) => (told = resolve));
  const check: Check = {
    name: 'recording',
    ...(kinds ? { kinds } : {}),
    run: async () => ({ status: 'passed' }),
    async afterRun(run) {
      ends.push({ ...run, sandboxFile: await run.sandbox?.readFile('a.js') });
      told();
    },
  };
  return { check, ends, afterRunCalled };
}

describe('Check.afterRun', () => {
  it('default: called once after a completed run, with its ids and the project sandbox it opened', async () => {
    const { check, ends, afterRunCalled } = recording();
    const events = await checksRunEvents([check], transcript(true));
    await afterRunCalled;
    expect(events.at(-1)).toMatchObject({ type: 'run.completed' });
    expect(ends).toEqual([{ runId: events[0]!.runId, projectId: events[0]!.projectId, kind: 'web', sandbox: expect.anything(), sandboxFile: 'export const a = 1;\n' }]);
  });

  it('behavior: called after a failed run too, and a throwing afterRun changes nothing', async () => {
    const { check, ends, afterRunCalled } = recording();
    const throwing: Check = { name: 'throwing', run: async () => ({ status: 'passed' }), afterRun: async () => Promise.reject(new Error('boom')) };
    const events = await checksRunEvents([throwing, check], transcript(false));
    await afterRunCalled;
    expect(events.at(-1)).toMatchObject({ type: 'run.failed' });
    expect(ends).toHaveLength(1);
  });

  it('behavior: not called for a check of other kinds', async () => {
    const { check, ends } = recording(['api']);
    const { check: web, afterRunCalled } = recording(['web']);
    await checksRunEvents([web, check], transcript(true));
    await afterRunCalled;
    expect(ends).toEqual([]);
  });
});
