import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../testing/doubles/scripted-llm.js';
import { describe, expect, it } from 'vitest';
import { createBuilder } from '../builder/create-builder.js';
import type { BuildwrightEvent } from '../events/events.js';
import type { Transcript } from '../protocol/transcript.js';

const app: Transcript = {
  format: 'buildwright.transcript/v1',
  turns: [
    { node: 'plan', toolCalls: [{ name: 'submit_plan', arguments: { title: 'A', summary: 'B', steps: [{ id: 's', title: 'S', files: ['a.txt'] }] } }] },
    {
      node: 'build',
      toolCalls: [
        { name: 'write_file', arguments: { path: 'a.txt', content: 'a' } },
        { name: 'finish', arguments: { summary: 'ok' } },
      ],
    },
  ],
};

describe('builder.watch', () => {
  it('behavior: a watcher that joins mid-run from a seq gets every later event once, in order', async () => {
    const builder = createBuilder({ llm: scriptedLlm({ transcript: app }), sandbox: memorySandbox(), storage: memoryStorage() });
    const run = builder.generate({ prompt: 'x' });
    const watched: BuildwrightEvent[] = [];
    let watching: Promise<void> | undefined;
    run.on('plan.created', (event) => {
      watching ??= (async () => {
        for await (const seen of builder.watch(run.runId, { afterSeq: event.seq - 1 })) watched.push(seen);
      })();
    });
    await run.result;
    await watching;
    const all = await builder.events(run.runId);
    const planSeq = all.find((event) => event.type === 'plan.created')!.seq;
    expect(watched).toEqual(all.filter((event) => event.seq >= planSeq));
  });

  it('behavior: watching a finished run replays the stored events and ends', async () => {
    const builder = createBuilder({ llm: scriptedLlm({ transcript: app }), sandbox: memorySandbox(), storage: memoryStorage() });
    const run = builder.generate({ prompt: 'x' });
    await run.result;
    const replayed: BuildwrightEvent[] = [];
    for await (const event of builder.watch(run.runId, { afterSeq: 2 })) replayed.push(event);
    expect(replayed).toEqual((await builder.events(run.runId)).slice(2));
  });

  it('error: another owner cannot watch a run', async () => {
    const builder = createBuilder({ llm: scriptedLlm({ transcript: app }), sandbox: memorySandbox(), storage: memoryStorage() });
    const run = builder.generate({ prompt: 'x', ownerId: 'alice' });
    await run.result;
    const iterator = builder.watch(run.runId, { ownerId: 'mallory' })[Symbol.asyncIterator]();
    await expect(iterator.next()).rejects.toMatchObject({ code: 'RUN_NOT_FOUND' });
  });
});
