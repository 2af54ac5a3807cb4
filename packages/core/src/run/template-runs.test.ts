import { describe, expect, it } from 'vitest';
import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../testing/doubles/scripted-llm.js';
import { templateSelectionThreshold } from '../actions/select-template.js';
import { createBuilder } from '../builder/create-builder.js';
import type { BuildwrightEvent } from '../events/events.js';
import type { Transcript, TranscriptTurn } from '../protocol/transcript.js';
import type { EmbeddingAdapter } from '../spec/embedding.js';
import type { LlmAdapter, LlmMessage } from '../spec/llm.js';
import type { Template } from '../spec/template.js';

const write = (path: string, content: string) => ({ name: 'write_file', arguments: { path, content } });
const app = (...calls: ReturnType<typeof write>[]): Transcript => ({
  format: 'buildwright.transcript/v1',
  turns: [
    { node: 'plan', toolCalls: [{ name: 'submit_plan', arguments: { title: 'App', summary: 'An app', steps: [{ id: 'one', title: 'Write it', files: ['src/App.tsx'] }] } }] },
    { node: 'build', toolCalls: calls },
    { node: 'build', toolCalls: [{ name: 'finish', arguments: { summary: 'done' } }] } satisfies TranscriptTurn,
  ],
});

const charts: Template = {
  name: 'charts-dashboard',
  kind: 'web',
  description: 'A dashboard with charts and data tables',
  tags: ['dashboard', 'chart', 'analytics', 'metrics', 'table'],
  guidance: 'Charts: use the <Chart/> of src/chart.tsx; never edit src/generated/.',
  protectedPaths: ['src/generated/', 'tsconfig.json'],
  files: { 'src/App.tsx': 'export default () => null;\n', 'src/generated/data.ts': 'export const data = [];\n', 'tsconfig.json': '{}\n' },
};
const game: Template = {
  name: 'canvas-game',
  kind: 'web',
  description: 'A canvas game loop with keyboard input',
  tags: ['game', 'canvas', 'arcade', 'sprite', 'score'],
  files: { 'src/App.tsx': 'export default () => <canvas />;\n', 'src/loop.ts': 'export {};\n' },
};
const api: Template = { name: 'api', kind: 'api', description: 'An HTTP API', files: { 'openapi.yaml': 'openapi: 3.1.0\n' } };

/** The scripted model, recording the system prompt and the tool results of the last request. */
function recording(script: Transcript) {
  const inner = scriptedLlm({ transcript: script });
  const seen: { system: string; tools: string[] } = { system: '', tools: [] };
  const llm: LlmAdapter = {
    ...inner,
    stream(request) {
      seen.system = request.messages.find((message: LlmMessage) => message.role === 'system')?.content ?? '';
      seen.tools = request.messages.flatMap((message) => (message.role === 'tool' ? [message.content] : []));
      return inner.stream(request);
    },
  };
  return { llm, seen };
}

async function collect(run: AsyncIterable<BuildwrightEvent>): Promise<BuildwrightEvent[]> {
  const events: BuildwrightEvent[] = [];
  for await (const event of run) events.push(event);
  return events;
}

describe('generate with templates', () => {
  it('behavior: without a template, the one of the kind most similar to the prompt is used and template.selected says so', async () => {
    const builder = createBuilder({
      llm: scriptedLlm({ transcript: app(write('src/App.tsx', 'export default () => <p>hi</p>;\n')) }),
      sandbox: memorySandbox(),
      storage: memoryStorage(),
      templates: { 'charts-dashboard': charts, 'canvas-game': game, api },
    });
    const run = builder.generate({ prompt: 'an arcade game on a canvas with a high score', kind: 'web' });
    const events = await collect(run);
    const result = await run.result;

    const selected = events.find((event) => event.type === 'template.selected');
    expect(selected).toMatchObject({ type: 'template.selected', name: 'canvas-game' });
    expect(selected?.type === 'template.selected' && selected.score).toBeGreaterThan(0.2);
    expect(selected?.type === 'template.selected' && selected.reason).toMatch(/most similar to the prompt of the 2 web templates .*next: charts-dashboard at/);
    expect(events.findIndex((event) => event.type === 'template.selected')).toBe(events.findIndex((event) => event.type === 'run.started') + 1);
    expect(Object.keys(result.files).sort()).toEqual(['src/App.tsx', 'src/loop.ts']);
  });

  it("behavior: the kind's default (first) template is kept unless another is clearly closer to the prompt (templateSelectionThreshold)", async () => {
    // Fixed vectors: the prompt is [1, 0]; the game template's text leans towards it by `lean`, the charts one not at all.
    const leaning = (lean: number): EmbeddingAdapter => ({
      specificationVersion: 'v1',
      model: 'fixed',
      dimensions: 2,
      embed: async (texts) => texts.map((text) => (text.includes('canvas') ? [lean, 1] : text.includes('dashboard') ? [0, 1] : [1, 0])),
    });
    const selectedWith = async (lean: number) => {
      const builder = createBuilder({
        llm: scriptedLlm({ transcript: app(write('src/App.tsx', 'x')) }),
        sandbox: memorySandbox(),
        storage: memoryStorage(),
        templates: { 'charts-dashboard': charts, 'canvas-game': game },
        embeddings: leaning(lean),
      });
      return (await collect(builder.generate({ prompt: 'a counter page', kind: 'web' }))).find((event) => event.type === 'template.selected');
    };
    expect(templateSelectionThreshold).toEqual({ minScore: 0.05, minLead: 0.02 });
    // cos ≈ 0.03: noise, the default stays.
    expect(await selectedWith(0.03)).toMatchObject({
      name: 'charts-dashboard',
      score: 0,
      reason: expect.stringMatching(/^the default web template: the most similar of the 2, canvas-game at 0\.03\d*, is not clearly closer/),
    });
    // cos ≈ 0.45: clearly closer, picked.
    expect(await selectedWith(0.5)).toMatchObject({ name: 'canvas-game', reason: expect.stringMatching(/^most similar to the prompt of the 2 web templates/) });
  });

  it('behavior: generate({ template }) forces one (no template.selected), and the only template of a kind needs no search', async () => {
    let embedded = 0;
    const counting: EmbeddingAdapter = { specificationVersion: 'v1', model: 'counting', dimensions: 2, embed: async (texts) => texts.map(() => (embedded++, [1, 0])) };
    const options = { sandbox: memorySandbox(), storage: memoryStorage(), templates: { 'charts-dashboard': charts, 'canvas-game': game, api }, embeddings: counting };
    const forced = createBuilder({ ...options, llm: scriptedLlm({ transcript: app(write('src/App.tsx', 'x')) }) }).generate({ prompt: 'an arcade game', kind: 'web', template: 'charts-dashboard' });
    expect((await collect(forced)).some((event) => event.type === 'template.selected')).toBe(false);
    expect(Object.keys((await forced.result).files)).toContain('src/generated/data.ts');
    const only = createBuilder({ ...options, llm: scriptedLlm({ transcript: app(write('openapi.yaml', 'openapi: 3.1.0\n')) }) }).generate({ prompt: 'a todo api', kind: 'api' });
    expect((await collect(only)).some((event) => event.type === 'template.selected')).toBe(false);
    expect(embedded).toBe(0);
  });

  it('behavior: a failing embedding model does not fail the run: the first template of the kind is taken and the reason says why', async () => {
    const broken: EmbeddingAdapter = { specificationVersion: 'v1', model: 'broken', dimensions: 2, embed: async () => Promise.reject(new Error('connection refused')) };
    const builder = createBuilder({
      llm: scriptedLlm({ transcript: app(write('src/App.tsx', 'x')) }),
      sandbox: memorySandbox(),
      storage: memoryStorage(),
      templates: { 'charts-dashboard': charts, 'canvas-game': game },
      embeddings: broken,
    });
    const events = await collect(builder.generate({ prompt: 'an arcade game', kind: 'web' }));
    expect(events.find((event) => event.type === 'template.selected')).toMatchObject({
      name: 'charts-dashboard',
      score: 0,
      reason: expect.stringMatching(/search failed \(The embedding model broken failed: connection refused\.\)/),
    });
    expect(events.at(-1)?.type).toBe('run.completed');
  });

  it("behavior: the template's guidance and protected paths are in every step's system prompt", async () => {
    const { llm, seen } = recording(app(write('src/App.tsx', 'x')));
    const builder = createBuilder({ llm, sandbox: memorySandbox(), storage: memoryStorage(), templates: { charts } });
    await builder.generate({ prompt: 'a sales dashboard', kind: 'web' }).result;
    expect(seen.system).toContain('Template guidance:\nCharts: use the <Chart/> of src/chart.tsx');
    expect(seen.system).toContain('Do not write, delete or rename these paths (the template protects them): src/generated/, tsconfig.json.');
  });

  it("error: a model write to a template's protected path is refused with a PATH_PROTECTED tool error and a warning; the run completes", async () => {
    const { llm, seen } = recording(app(write('src/generated/data.ts', 'export const data = [1];\n'), write('TSConfig.json', '{ "strict": false }'), write('src/App.tsx', 'ok\n')));
    const builder = createBuilder({ llm, sandbox: memorySandbox(), storage: memoryStorage(), templates: { charts } });
    const run = builder.generate({ prompt: 'a dashboard', kind: 'web' });
    const events = await collect(run);
    const result = await run.result;

    expect(seen.tools.filter((content) => content.startsWith('Error: '))).toEqual([
      'Error: Path "src/generated/data.ts" is protected: the "charts-dashboard" template protects src/generated/ (its checks or generated code rely on it as it is). Remove this change and do the work in other files.',
      'Error: Path "TSConfig.json" is protected: the "charts-dashboard" template protects tsconfig.json (its checks or generated code rely on it as it is). Remove this change and do the work in other files.',
    ]);
    expect(events.filter((event) => event.type === 'notice.posted' && event.level === 'warn' && event.message.startsWith('Refused write_file: Path'))).toHaveLength(2);
    expect(result.files['src/generated/data.ts']).toBe('export const data = [];\n');
    expect(result.files['src/App.tsx']).toBe('ok\n');
    expect(events.at(-1)?.type).toBe('run.completed');
  });
});
