import { checksRunEvents } from './checks-run.test-support.js';
import { describe, expect, it } from 'vitest';
import { createBuilder } from '../builder/create-builder.js';
import { createWorker } from '../builder/create-worker.js';
import { inProcessQueue } from './in-process-queue.js';
import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../testing/doubles/scripted-llm.js';
import type { Transcript } from '../protocol/transcript.js';
import type { Check, CheckContext } from '../spec/check.js';

const transcript: Transcript = {
  format: 'buildwright.transcript/v1',
  turns: [
    { node: 'plan', toolCalls: [{ name: 'submit_plan', arguments: { title: 'App', summary: 'App', steps: [{ id: 'a', title: 'Write a', files: ['a.js'] }] } }] },
    { node: 'build', toolCalls: [{ name: 'write_file', arguments: { path: 'a.js', content: 'export const a = 1;\n' } }] },
    { node: 'build', toolCalls: [{ name: 'finish', arguments: { summary: 'done' } }] },
  ],
};

function runWith(checks: Check[]) {
  return checksRunEvents(checks, transcript);
}

describe('Check.prepare', () => {
  it('default: runs once per run when the sandbox holds the starting files, before the model builds', async () => {
    const seen: Array<{ files: string[]; sandboxFile: string | undefined; built: boolean }> = [];
    let built = false;
    const check: Check = {
      name: 'prepared',
      async prepare(context) {
        seen.push({ files: Object.keys(context.files), sandboxFile: await context.sandbox.readFile('package.json'), built });
      },
      async run() {
        built = true;
        return { status: 'passed' };
      },
    };
    const events = await runWith([check]);
    expect(seen).toEqual([{ files: ['package.json'], sandboxFile: '{}\n', built: false }]);
    expect(events.filter((event) => event.type === 'check.passed')).toHaveLength(1);
  });

  it('behavior: its context emits nothing and cannot change files; a failing prepare changes nothing', async () => {
    let context: CheckContext | undefined;
    const quiet: Check = {
      name: 'quiet',
      async prepare(given) {
        context = given;
        await given.emit({ type: 'notice.posted', level: 'info', message: 'from prepare' });
        await expect(given.writeFiles({ 'b.js': 'x' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
      },
      run: async () => ({ status: 'passed' }),
    };
    const failing: Check = { name: 'failing', kinds: ['web'], prepare: async () => Promise.reject(new Error('boom')), run: async () => ({ status: 'passed' }) };
    const skipped: Check = { name: 'api-only', kinds: ['api'], prepare: async () => Promise.reject(new Error('never called')), run: async () => ({ status: 'passed' }) };
    const events = await runWith([quiet, failing, skipped]);
    expect(context?.kind).toBe('web');
    expect(events.some((event) => event.type === 'notice.posted' && event.message === 'from prepare')).toBe(false);
    expect(events.filter((event) => event.type === 'check.passed').map((event) => (event.type === 'check.passed' ? event.check : ''))).toEqual(['quiet', 'failing']);
    expect(events.at(-1)).toMatchObject({ type: 'run.completed' });
  });

  it.each(['builder', 'worker'] as const)("behavior: the %s's close() aborts its signal and waits for it to return", async (closer) => {
    let aborted: unknown;
    let returned = false;
    const slow: Check = {
      name: 'slow-prepare',
      // Work that outlives the run unless stopped (a dependency restore still copying), with a cleanup that takes a while.
      async prepare({ signal }) {
        await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
        aborted = signal.reason;
        await new Promise((resolve) => setTimeout(resolve, 300));
        returned = true;
      },
      run: async () => ({ status: 'passed' }),
    };
    const storage = memoryStorage();
    const adapters = () => ({
      llm: scriptedLlm({ transcript }),
      sandbox: memorySandbox(),
      storage,
      templates: { base: { name: 'base', kind: 'web' as const, description: 'one file', files: { 'package.json': '{}\n' } } },
    });
    // The worker's case: the builder queues the run and the worker runs it, with the check.
    const queue = inProcessQueue();
    const builder = createBuilder({ ...adapters(), ...(closer === 'builder' ? { checks: [slow] } : { queue }) });
    const worker = closer === 'worker' ? createWorker({ ...adapters(), queue, checks: [slow] }) : undefined;
    const run = builder.generate({ prompt: 'x', kind: 'web' });
    await run.result;
    // The run's end leaves it alone (it may be warming what the project's next run uses).
    expect(aborted).toBeUndefined();
    await (worker ?? builder).close();
    expect(aborted).toMatchObject({ code: 'RUN_CANCELLED', message: expect.stringContaining('The builder closed') });
    expect(returned).toBe(true);
    if (worker) await builder.close();
  });
});
