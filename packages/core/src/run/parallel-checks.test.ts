import { checksRunEvents } from './checks-run.test-support.js';
import { describe, expect, it } from 'vitest';
import type { Transcript } from '../protocol/transcript.js';
import type { Check } from '../spec/check.js';

const plan = { node: 'plan', toolCalls: [{ name: 'submit_plan', arguments: { title: 'App', summary: 'App', steps: [{ id: 'a', title: 'Write a', files: ['a.js'] }] } }] };
const build = [
  { node: 'build', toolCalls: [{ name: 'write_file', arguments: { path: 'a.js', content: 'export const a = 1;\n' } }] },
  { node: 'build', toolCalls: [{ name: 'finish', arguments: { summary: 'done' } }] },
];
const fix = [
  { node: 'fix', toolCalls: [{ name: 'write_file', arguments: { path: 'a.js', content: 'export const a = 2;\n' } }] },
  { node: 'fix', toolCalls: [{ name: 'finish', arguments: { summary: 'fixed' } }] },
];

async function runWith(checks: Check[], turns: Transcript['turns']) {
  return { events: await checksRunEvents(checks, { format: 'buildwright.transcript/v1', turns }) };
}

/** Two checks that each pass only once the other has started: run one after the other, the first one waits forever (the test times out). */
function rendezvous(): [Check, Check] {
  const started: Record<string, () => void> = {};
  const signals = { a: new Promise<void>((resolve) => (started.a = resolve)), b: new Promise<void>((resolve) => (started.b = resolve)) };
  const check = (name: 'a' | 'b', other: 'a' | 'b'): Check => ({
    name: `check-${name}`,
    parallel: 'after-build',
    async run() {
      started[name]!();
      await signals[other];
      return { status: 'passed' };
    },
  });
  return [check('a', 'b'), check('b', 'a')];
}

describe('Check.parallel', () => {
  it('behavior: consecutive checks of one group run at the same time, after the checks before them passed', async () => {
    const order: string[] = [];
    const first: Check = { name: 'first', run: async () => (order.push('first'), { status: 'passed' }) };
    const [a, b] = rendezvous();
    const { events } = await runWith([first, a, b], [plan, ...build]);
    expect(events.at(-1)).toMatchObject({ type: 'run.completed' });
    const checkEvents = events.filter((event) => event.type === 'check.started' || event.type === 'check.passed').map((event) => `${event.type} ${'check' in event ? event.check : ''}`);
    expect(checkEvents).toEqual(['check.started first', 'check.passed first', 'check.started check-a', 'check.started check-b', 'check.passed check-a', 'check.passed check-b']);
  }, 10_000);

  it('behavior: failures of a group go to one fix turn, the report split by check; the group runs again after the fix', async () => {
    let runs = 0;
    const failing = (name: string, message: string): Check => ({
      name,
      parallel: 'after-build',
      async run({ files }) {
        runs += 1;
        return files['a.js']?.includes('2') ? { status: 'passed' } : { status: 'failed', report: `${name} failed: ${message}`, issues: [{ file: 'a.js', line: 1, message }] };
      },
    });
    const { events } = await runWith([failing('security', 'secret in source'), failing('browser', 'blank page')], [plan, ...build, ...fix]);
    expect(events.at(-1)).toMatchObject({ type: 'run.completed' });
    const fixes = events.filter((event) => event.type === 'fix.started');
    expect(fixes).toHaveLength(1);
    expect(fixes[0]).toMatchObject({ check: 'security + browser', report: '[security check]\nsecurity failed: secret in source\n\n[browser check]\nbrowser failed: blank page' });
    expect(events.filter((event) => event.type === 'check.failed').map((event) => (event.type === 'check.failed' ? event.check : ''))).toEqual(['security', 'browser']);
    expect(runs).toBe(4);
  });

  it('behavior: a check outside the group still runs alone, after the group', async () => {
    const [a, b] = rendezvous();
    const last: Check = { name: 'last', run: async () => ({ status: 'failed', report: 'last failed', issues: [] }) };
    const { events } = await runWith([a, b, last], [plan, ...build]);
    const started = events.filter((event) => event.type === 'check.started').map((event) => (event.type === 'check.started' ? event.check : ''));
    expect(started.slice(0, 3)).toEqual(['check-a', 'check-b', 'last']);
    expect(events.find((event) => event.type === 'fix.started')).toMatchObject({ check: 'last', report: 'last failed' });
  }, 10_000);
});
