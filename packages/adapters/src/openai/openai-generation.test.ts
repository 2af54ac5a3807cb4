import { createBuilder, type BuildwrightEvent, type LlmAdapter, type Transcript, type TranscriptTurn } from '@buildwright/core';
import { memorySandbox, memoryStorage } from '@buildwright/adapters/memory';
import { scriptedLlm } from '@buildwright/adapters/scripted';
import { openAiFaults, startOpenAiTestServer, type OpenAiTestServer } from '@buildwright/adapters/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { openaiLlm } from './index.js';

const threeFiles = {
  'index.html': '<div id="root"></div><script type="module" src="/src/main.js"></script>',
  'src/main.js': "import { greet } from './greet.js';\ndocument.getElementById('root').textContent = greet('world');\n",
  'src/greet.js': 'export const greet = (name) => `Hello, ${name}!`;\n',
};
const turns: TranscriptTurn[] = [
  { node: 'plan', toolCalls: [{ name: 'submit_plan', arguments: { title: 'App', summary: 'A small app', steps: [{ id: 'files', title: 'Write the files', files: Object.keys(threeFiles) }] } }] },
  { node: 'build', text: 'Writing the app.', toolCalls: Object.entries(threeFiles).map(([path, content]) => ({ name: 'write_file', arguments: { path, content } })) },
  { node: 'build', toolCalls: [{ name: 'finish', arguments: { summary: 'Wrote a three-file app.' } }] },
];
const transcript: Transcript = { format: 'buildwright.transcript/v1', turns };

async function generate(llm: LlmAdapter) {
  const storage = memoryStorage();
  const builder = createBuilder({ llm, sandbox: memorySandbox(), storage });
  const run = builder.generate({ prompt: 'a greeting page', kind: 'web' });
  const events: BuildwrightEvent[] = [];
  for await (const event of run) events.push(event);
  const result = await run.result;
  const usage = await storage.listUsage({ ownerId: 'local', runId: run.runId });
  return { result, events, usage };
}

let server: OpenAiTestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('a whole generation through openaiLlm over HTTP', () => {
  for (const toolMode of ['native', 'text'] as const) {
    it(`behavior: stores the same version as scriptedLlm (toolMode ${toolMode}), despite a 500, a 429 and a cut connection`, async () => {
      const scripted = await generate(scriptedLlm({ transcript }));
      server = await startOpenAiTestServer({ transcript, deltaSize: 4, argumentsDeltaSize: 6 });
      server.fail(openAiFaults.serverError(), openAiFaults.rateLimited({ retryAfter: '0' }), openAiFaults.cut(5));
      const llm = openaiLlm({ model: 'gpt-4.1-mini', apiKey: 'sk-test', baseURL: server.baseURL, retryDelayMs: 5, maxRetries: 3, toolMode });
      const overHttp = await generate(llm);

      expect(overHttp.result.files).toEqual(threeFiles);
      expect(overHttp.result.files).toEqual(scripted.result.files);
      expect(overHttp.result.version.number).toBe(scripted.result.version.number);
      const retried = overHttp.events.filter((event) => event.type === 'llm.retried');
      expect(retried.map((event) => event.type === 'llm.retried' && event.code)).toEqual(['LLM_UNAVAILABLE', 'LLM_RATE_LIMITED', 'LLM_UNAVAILABLE']);
      const usageEvents = overHttp.events.filter((event) => event.type === 'usage');
      expect(usageEvents).toHaveLength(turns.length);
      const sum = usageEvents.reduce((total, event) => total + (event.type === 'usage' ? event.costUsd : 0), 0);
      expect(sum).toBeGreaterThan(0);
      expect(overHttp.result.costUsd).toBeCloseTo(sum, 12);
      expect(overHttp.usage.reduce((total, record) => total + record.costUsd, 0)).toBeCloseTo(sum, 12);
      expect(server.requests).toHaveLength(turns.length + 3);
    });
  }
});
