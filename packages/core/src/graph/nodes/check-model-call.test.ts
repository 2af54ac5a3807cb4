import { describe, expect, it } from 'vitest';
import { createBuilder } from '../../builder/create-builder.js';
import type { Check, CheckContext } from '../../spec/check.js';
import { memorySandbox } from '../../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../../testing/doubles/memory-storage.js';
import { call, collect, finish, recordingLlm, transcript, turn, write } from './phase-node.test-support.js';

// A check that asks the run's model (CheckContext.callModel) and reads what the run changed
// (CheckContext.changedFiles), through createBuilder with the vendor-free doubles.
const plan = (id: string) => turn('plan', call('submit_plan', { title: 'App', summary: 'app', steps: [{ id, title: 'Write it', files: ['src/a.ts'] }] }));

function askingCheck(): Check & { seen: Array<{ changed: CheckContext['changedFiles']; answer: unknown }> } {
  const seen: Array<{ changed: CheckContext['changedFiles']; answer: unknown }> = [];
  return {
    name: 'asks-model',
    seen,
    async run(context) {
      const answer = await context.callModel!({
        node: 'review',
        messages: [{ role: 'user', content: `Review ${context.changedFiles?.join(', ')}` }],
        tools: [{ name: 'verdict', description: 'verdict', parameters: { type: 'object' } }],
      });
      seen.push({ changed: context.changedFiles, answer: answer.toolCalls.map((toolCall) => toolCall.arguments) });
      return { status: 'passed' };
    },
  };
}

describe('CheckContext.callModel and changedFiles in a run', () => {
  it("default: the check's model call takes its node's turn and is counted in the run's usage; changedFiles are the paths the run changed", async () => {
    const script = transcript(
      plan('first'),
      turn('build', write('src/a.ts', 'export const a = 1;'), write('src/b.ts', 'export const b = 1;'), finish()),
      turn('review', call('verdict', { ok: 1 })),
      plan('second'),
      turn('build', write('src/a.ts', 'export const a = 2;'), finish()),
      turn('review', call('verdict', { ok: 2 })),
    );
    const { llm, requests } = recordingLlm(script);
    const check = askingCheck();
    const builder = createBuilder({ llm, sandbox: memorySandbox(), storage: memoryStorage(), checks: [check] });
    const first = builder.generate({ prompt: 'an app', kind: 'web' });
    const events = await collect(first);
    await first.result;
    const { projectId } = first;
    const edited = builder.edit(projectId, { prompt: 'change a' });
    await collect(edited);
    await edited.result;

    expect(check.seen).toEqual([
      { changed: ['src/a.ts', 'src/b.ts'], answer: [{ ok: 1 }] },
      // The edit starts from the first version: only the file it changed.
      { changed: ['src/a.ts'], answer: [{ ok: 2 }] },
    ]);
    const review = requests.filter((request) => request.node === 'review');
    expect(review.map((request) => request.context)).toEqual([expect.objectContaining({ node: 'review', projectId }), expect.objectContaining({ node: 'review', projectId })]);
    expect(events.filter((event) => event.type === 'usage').map((event) => (event.type === 'usage' ? event.node : ''))).toEqual(['plan', 'build', 'review']);
  });

  it('error: the run token budget counts the check’s call: over it, the run fails with BUDGET_EXCEEDED', async () => {
    const script = transcript(plan('first'), turn('build', write('src/a.ts', 'export const a = 1;'), finish()), {
      node: 'review',
      toolCalls: [call('verdict', {})],
      usage: { inputTokens: 50_000, outputTokens: 10 },
    });
    const { llm } = recordingLlm(script);
    const builder = createBuilder({ llm, sandbox: memorySandbox(), storage: memoryStorage(), checks: [askingCheck()], limits: { maxTokens: 20_000 } });
    const run = builder.generate({ prompt: 'an app', kind: 'web' });
    const events = await collect(run);
    await run.result.catch(() => {});
    expect(events.at(-1)).toMatchObject({ type: 'run.failed', code: 'BUDGET_EXCEEDED' });
  });
});
