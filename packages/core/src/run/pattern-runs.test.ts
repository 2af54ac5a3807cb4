import { describe, expect, it } from 'vitest';
import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../testing/doubles/scripted-llm.js';
import { createBuilder } from '../builder/create-builder.js';
import type { BuildwrightEvent } from '../events/events.js';
import type { Transcript } from '../protocol/transcript.js';
import type { EmbeddingAdapter } from '../spec/embedding.js';
import type { LlmAdapter } from '../spec/llm.js';
import type { Pattern } from '../spec/pattern.js';

const finish = { node: 'build', toolCalls: [{ name: 'finish', arguments: { summary: 'done' } }] };
const twoSteps: Transcript = {
  format: 'buildwright.transcript/v1',
  turns: [
    {
      node: 'plan',
      toolCalls: [
        {
          name: 'submit_plan',
          arguments: {
            title: 'Shop admin',
            summary: 'Orders and settings',
            steps: [
              { id: 'orders', title: 'Show the orders in a table sortable by column', files: ['src/Orders.tsx'] },
              { id: 'title', title: 'Set the page title', files: ['index.html'] },
            ],
          },
        },
      ],
    },
    { node: 'build', toolCalls: [{ name: 'write_file', arguments: { path: 'src/Orders.tsx', content: 'export const Orders = () => null;\n' } }] },
    finish,
    { node: 'build', toolCalls: [{ name: 'write_file', arguments: { path: 'index.html', content: '<title>Shop</title>\n' } }] },
    finish,
  ],
};

const pattern = (name: string, description: string, tags: string[], code: string, kinds: Pattern['kinds'] = ['web']): Pattern => ({ name, kinds, category: 'component', description, tags, code });
const patterns = {
  'sortable-table': pattern('sortable-table', 'A table whose columns sort when their header is clicked', ['table', 'sort', 'columns', 'orders'], 'export function SortableTable() { /* sorts */ }'),
  'bar-chart': pattern('bar-chart', 'An SVG bar chart', ['chart', 'graph'], 'export function BarChart() {}'),
  'api-table': pattern('api-table', 'A table of rows served as JSON, sortable by column', ['table', 'sort', 'columns'], 'app.get("/rows")', ['api']),
};

/** The scripted model, recording the user message of each build request. */
function recording(script: Transcript) {
  const inner = scriptedLlm({ transcript: script });
  const prompts: string[] = [];
  const llm: LlmAdapter = {
    ...inner,
    stream(request) {
      if (request.node === 'build') prompts.push(request.messages.find((message) => message.role === 'user')?.content ?? '');
      return inner.stream(request);
    },
  };
  return { llm, prompts };
}

async function collect(run: AsyncIterable<BuildwrightEvent>): Promise<BuildwrightEvent[]> {
  const events: BuildwrightEvent[] = [];
  for await (const event of run) events.push(event);
  return events;
}

describe('code patterns in build steps', () => {
  it('default: a step gets the patterns of its kind similar to it in its prompt, announced by patterns.selected; a step like none gets none', async () => {
    const { llm, prompts } = recording(twoSteps);
    const builder = createBuilder({ llm, sandbox: memorySandbox(), storage: memoryStorage(), patterns });
    const events = await collect(builder.generate({ prompt: 'an admin page for a shop', kind: 'web' }));
    expect(events.at(-1)?.type).toBe('run.completed');
    const selected = events.filter((event) => event.type === 'patterns.selected');
    expect(selected).toHaveLength(1);
    expect(selected[0]).toMatchObject({ stepId: 'orders', patterns: [{ name: 'sortable-table', score: expect.any(Number), tokens: expect.any(Number) }] });
    // Right after its step started, before the step's model call.
    expect(events[events.indexOf(selected[0]!) - 1]).toMatchObject({ type: 'step.started', stepId: 'orders' });
    expect(prompts[0]).toContain('Patterns that may help with this step');
    expect(prompts[0]).toContain('### sortable-table: A table whose columns sort');
    expect(prompts[0]).not.toContain('app.get("/rows")'); // another kind
    const secondStep = prompts.filter((prompt) => prompt.includes('Now do step 2 of 2'));
    expect(secondStep.length).toBeGreaterThan(0);
    expect(secondStep.some((prompt) => prompt.includes('Patterns that may help'))).toBe(false);
  });

  it('behavior: patternLimits caps the count and the tokens; without patterns nothing is searched', async () => {
    let embedded = 0;
    const counting: EmbeddingAdapter = { specificationVersion: 'v1', model: 'counting', dimensions: 2, embed: async (texts) => texts.map(() => (embedded++, [1, 0])) };
    const none = createBuilder({ llm: scriptedLlm({ transcript: twoSteps }), sandbox: memorySandbox(), storage: memoryStorage(), embeddings: counting });
    const events = await collect(none.generate({ prompt: 'an admin page', kind: 'web' }));
    expect(events.some((event) => event.type === 'patterns.selected')).toBe(false);
    expect(embedded).toBe(0);
    // Every pattern is equally similar under this model: the cap decides.
    const capped = createBuilder({ llm: scriptedLlm({ transcript: twoSteps }), sandbox: memorySandbox(), storage: memoryStorage(), embeddings: counting, patterns, patternLimits: { perStep: 1 } });
    const picked = (await collect(capped.generate({ prompt: 'an admin page', kind: 'web' }))).filter((event) => event.type === 'patterns.selected');
    expect(picked.map((event) => event.type === 'patterns.selected' && event.patterns.length)).toEqual([1, 1]);
    const tiny = createBuilder({ llm: scriptedLlm({ transcript: twoSteps }), sandbox: memorySandbox(), storage: memoryStorage(), embeddings: counting, patterns, patternLimits: { maxTokens: 10 } });
    expect((await collect(tiny.generate({ prompt: 'an admin page', kind: 'web' }))).some((event) => event.type === 'patterns.selected')).toBe(false);
  });

  it('error: a failing embedding model does not fail the run: each step goes on without patterns, with a warning', async () => {
    const broken: EmbeddingAdapter = { specificationVersion: 'v1', model: 'broken', dimensions: 2, embed: async () => Promise.reject(new Error('connection refused')) };
    const { llm, prompts } = recording(twoSteps);
    const builder = createBuilder({ llm, sandbox: memorySandbox(), storage: memoryStorage(), patterns, embeddings: broken });
    const events = await collect(builder.generate({ prompt: 'an admin page', kind: 'web' }));
    expect(events.at(-1)?.type).toBe('run.completed');
    const warnings = events.filter((event) => event.type === 'notice.posted' && event.level === 'warn' && event.message.startsWith('No code patterns'));
    expect(warnings.map((event) => event.type === 'notice.posted' && event.message)).toEqual([
      expect.stringContaining('No code patterns for step "Show the orders in a table sortable by column": The embedding model broken failed: connection refused.'),
      expect.stringContaining('No code patterns for step "Set the page title"'),
    ]);
    expect(prompts.some((prompt) => prompt.includes('Patterns that may help'))).toBe(false);
  });
});
