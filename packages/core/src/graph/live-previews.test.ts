import { checksRunEvents } from '../run/checks-run.test-support.js';
import { describe, expect, it } from 'vitest';
import type { BuildwrightEvent } from '../events/events.js';
import type { Transcript } from '../protocol/transcript.js';
import type { Check, CheckContext } from '../spec/check.js';

const steps = ['one', 'two', 'three'];
const transcript: Transcript = {
  format: 'buildwright.transcript/v1',
  turns: [
    { node: 'plan', toolCalls: [{ name: 'submit_plan', arguments: { title: 'App', summary: 'App', steps: steps.map((id) => ({ id, title: `Write ${id}`, files: [`${id}.js`] })) } }] },
    ...steps.flatMap((id) => [
      { node: 'build', toolCalls: [{ name: 'write_file', arguments: { path: `${id}.js`, content: `export const ${id} = 1;\n` } }] },
      { node: 'build', toolCalls: [{ name: 'finish', arguments: { summary: id } }] },
    ]),
  ],
};

function runWith(checks: Check[]) {
  return checksRunEvents(checks, transcript);
}

const index = (events: BuildwrightEvent[], test: (event: BuildwrightEvent) => boolean) => events.findIndex(test);
const passing = {
  name: 'serves',
  async run() {
    return { status: 'passed' as const };
  },
};

describe('Check.livePreview', () => {
  it("default: after each step but the last, with that step's files in the sandbox; preview.updated follows its step and precedes the checks; stopped once the run ended", async () => {
    const seen: Array<{ stepId: string; files: string[] }> = [];
    let stops = 0;
    const live = { url: 'http://127.0.0.1:5999', stop: async () => void (stops += 1) };
    const check: Check = {
      ...passing,
      async livePreview(context) {
        seen.push({ stepId: context.stepId, files: (await Promise.all(steps.map(async (id) => ((await context.sandbox.readFile(`${id}.js`)) ? id : '')))).filter(Boolean) });
        return live;
      },
    };
    const events = await runWith([check]);
    // Calls run in the background: each sees at least its own step's files.
    expect(seen.map((call) => call.stepId)).toEqual(expect.arrayContaining(['one']));
    expect(seen.every((call) => call.stepId !== 'three')).toBe(true);
    for (const call of seen) expect(call.files).toEqual(expect.arrayContaining(steps.slice(0, steps.indexOf(call.stepId) + 1)));
    const updates = events.filter((event) => event.type === 'preview.updated');
    expect(updates.map((event) => event.type === 'preview.updated' && event.afterStep)).toEqual(seen.map((call) => call.stepId));
    for (const update of updates) {
      if (update.type !== 'preview.updated') continue;
      expect(update.url).toBe('http://127.0.0.1:5999');
      expect(index(events, (event) => event.type === 'step.completed' && event.stepId === update.afterStep)).toBeLessThan(events.indexOf(update));
    }
    expect(events.indexOf(updates.at(-1)!)).toBeLessThan(index(events, (event) => event.type === 'check.started'));
    expect(events.at(-1)?.type).toBe('run.completed');
    // The same server from step to step: stopped once, when the run ended.
    expect(stops).toBe(1);
  });

  it("behavior: one update at a time; the build's end aborts the one under way (its signal), emits nothing more and starts no other", async () => {
    let active = 0;
    let most = 0;
    const calls: string[] = [];
    let abortedAtBuildEnd = false;
    let stopped = 0;
    const check: Check = {
      ...passing,
      async livePreview(context: CheckContext & { stepId: string }) {
        active += 1;
        most = Math.max(most, active);
        calls.push(context.stepId);
        // A server that takes long to start: the scripted model finishes the build meanwhile.
        await new Promise((resolve) => context.signal.addEventListener('abort', resolve, { once: true }));
        abortedAtBuildEnd = true;
        active -= 1;
        return { url: `http://127.0.0.1:5999/${context.stepId}`, stop: async () => void (stopped += 1) };
      },
    };
    const events = await runWith([check]);
    expect(most).toBe(1);
    expect(calls).toEqual(['one']);
    expect(abortedAtBuildEnd).toBe(true);
    expect(events.some((event) => event.type === 'preview.updated')).toBe(false);
    // What it started is still stopped at the run's end.
    expect(stopped).toBe(1);
  });

  it('error: a live preview that throws is posted once as a notice and the run completes without it', async () => {
    let calls = 0;
    const check: Check = {
      ...passing,
      async livePreview() {
        calls += 1;
        throw new Error('dev server exited: port in use');
      },
    };
    const events = await runWith([check]);
    expect(calls).toBe(1);
    const notices = events.filter((event) => event.type === 'notice.posted' && event.message.includes('live preview'));
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ level: 'warn', message: expect.stringContaining('dev server exited: port in use') });
    expect(events.some((event) => event.type === 'preview.updated')).toBe(false);
    expect(events.at(-1)?.type).toBe('run.completed');
  });

  it('behavior: a check of another kind is never asked, and nothing to show yet emits nothing', async () => {
    const asked: string[] = [];
    const apiOnly: Check = { ...passing, name: 'api-only', kinds: ['api'], livePreview: async () => void asked.push('api') as undefined };
    const notYet: Check = { ...passing, name: 'not-yet', livePreview: async () => void asked.push('web') as undefined };
    const events = await runWith([apiOnly, notYet]);
    expect(asked).not.toContain('api');
    expect(asked).toContain('web');
    expect(events.some((event) => event.type === 'preview.updated')).toBe(false);
  });

  it("behavior: a fix attempt's files reach a live preview that is serving: preview.updated { afterStep: 'fix-1' } after fix.started, with the fixed file in the sandbox", async () => {
    const fixed: Transcript = {
      ...transcript,
      turns: [
        ...transcript.turns,
        { node: 'fix', toolCalls: [{ name: 'write_file', arguments: { path: 'three.js', content: 'export const three = 3;\n' } }] },
        { node: 'fix', toolCalls: [{ name: 'finish', arguments: { summary: 'fixed' } }] },
      ],
    };
    const seen: Array<{ stepId: string; three: string | undefined }> = [];
    let checked = 0;
    const check: Check = {
      name: 'fails-once',
      async run() {
        checked += 1;
        return checked === 1 ? { status: 'failed' as const, report: 'three is 1', issues: [{ file: 'three.js', message: 'three is 1' }] } : { status: 'passed' as const };
      },
      async livePreview(context) {
        seen.push({ stepId: context.stepId, three: await context.sandbox.readFile('three.js') });
        return { url: 'http://127.0.0.1:5999', stop: async () => {} };
      },
    };
    const events = await checksRunEvents([check], fixed);
    expect(events.at(-1)?.type).toBe('run.completed');
    const fixUpdate = index(events, (event) => event.type === 'preview.updated' && event.afterStep === 'fix-1');
    expect(fixUpdate).toBeGreaterThan(index(events, (event) => event.type === 'fix.started'));
    expect(seen.find((call) => call.stepId === 'fix-1')?.three).toBe('export const three = 3;\n');
  });

  it('behavior: a fix attempt starts no live preview that was not serving (a one-step plan never served one)', async () => {
    const oneStep: Transcript = {
      format: 'buildwright.transcript/v1',
      turns: [
        { node: 'plan', toolCalls: [{ name: 'submit_plan', arguments: { title: 'App', summary: 'App', steps: [{ id: 'one', title: 'Write one', files: ['one.js'] }] } }] },
        { node: 'build', toolCalls: [{ name: 'write_file', arguments: { path: 'one.js', content: 'export const one = 0;\n' } }] },
        { node: 'build', toolCalls: [{ name: 'finish', arguments: { summary: 'one' } }] },
        { node: 'fix', toolCalls: [{ name: 'write_file', arguments: { path: 'one.js', content: 'export const one = 1;\n' } }] },
        { node: 'fix', toolCalls: [{ name: 'finish', arguments: { summary: 'fixed' } }] },
      ],
    };
    const asked: string[] = [];
    let checked = 0;
    const check: Check = {
      name: 'fails-once',
      async run() {
        checked += 1;
        return checked === 1 ? { status: 'failed' as const, report: 'one is 0', issues: [] } : { status: 'passed' as const };
      },
      livePreview: async (context) => void asked.push(context.stepId) as undefined,
    };
    const events = await checksRunEvents([check], oneStep);
    expect(events.some((event) => event.type === 'fix.started')).toBe(true);
    expect(events.at(-1)?.type).toBe('run.completed');
    expect(asked).toEqual([]);
  });
});
