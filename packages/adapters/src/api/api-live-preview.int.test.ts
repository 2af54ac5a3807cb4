import { afterAll, describe, expect, it } from 'vitest';
import type { EventOf, Transcript } from '@buildwright/core';
import { gatedModel } from '../checks/gated-model.test-support.js';
import { watchedEvents } from '../checks/watched-events.test-support.js';
import { warmDependencyCache } from '../checks/template-projects.test-support.js';
import { checkOutcomes, webRuns } from '../checks/web-run.test-support.js';
import { honoApiTemplate } from '../templates/index.js';
import { apiChecks } from './index.js';

// The API kind's live server end to end: the hono-api template's server started in the local
// sandbox (bubblewrap when present) after step one, restarted on step two's files, reached over HTTP.
const runs = webRuns();
afterAll(() => runs.cleanup());

/** The template's app with one route, GET /step, answering which step wrote it. */
const app = (step: number) => `import { Hono } from 'hono';

export const app = new Hono();

app.get('/health', (c) => c.json({ status: 'ok' }));
app.get('/step', (c) => c.json({ step: ${step} }));
`;
const steps = [1, 2, 3];
const threeSteps: Transcript = {
  format: 'buildwright.transcript/v1',
  turns: [
    {
      node: 'plan',
      toolCalls: [{ name: 'submit_plan', arguments: { title: 'Steps', summary: 'Three steps', steps: steps.map((step) => ({ id: `s${step}`, title: `Step ${step}`, files: ['src/app.ts'] })) } }],
    },
    ...steps.flatMap((step) => [
      { node: 'build', toolCalls: [{ name: 'write_file', arguments: { path: 'src/app.ts', content: app(step) } }] },
      { node: 'build', toolCalls: [{ name: 'finish', arguments: { summary: `step ${step}` } }] },
    ]),
  ],
};
// The checks that judge a server without a spec: what this test is about is the live server before them.
const checks = () => apiChecks({ spec: false, client: false, contract: false, tests: false, docs: false });

async function stepOf(url: string): Promise<unknown> {
  const response = await fetch(`${url}/step`, { signal: AbortSignal.timeout(5_000) });
  return ((await response.json()) as { step: unknown }).step;
}

describe("apiLivePreview (the API's server in the sandbox, restarted as steps land)", () => {
  it("default: after step one the live URL answers with step one's route before step two runs; after step two with step two's; the run is verified by the checks, and the live server stops when it ends", {
    timeout: 300_000,
  }, async () => {
    // The live server starts once dependencies are in place: the template's (the only API one) must be in the machine's dependency cache.
    await warmDependencyCache(honoApiTemplate);

    // Calls: plan, then per step a write and a finish; steps two and three start with calls 4 and 6.
    const model = gatedModel(threeSteps, [4, 6]);
    const { builder } = runs.builder(threeSteps, { llm: model.llm, checks: checks() });
    const run = builder.generate({ prompt: 'Three steps, each changing GET /step', kind: 'api' });
    const { events, seen, done } = watchedEvents(run);
    let urls: string[] = [];
    try {
      const first = (await seen((event) => event.type === 'preview.updated')) as EventOf<'preview.updated'>;
      expect(first.afterStep).toBe('s1');
      expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect(await stepOf(first.url)).toBe(1);
      expect(events.some((event) => event.type === 'step.completed' && event.stepId === 's2')).toBe(false);

      model.open(4);
      const second = (await seen((event) => event.type === 'preview.updated' && event.afterStep === 's2')) as EventOf<'preview.updated'>;
      expect(await stepOf(second.url)).toBe(2);
      expect(events.some((event) => event.type === 'check.started' || event.type === 'preview.ready')).toBe(false);
      urls = [first.url, second.url];
    } finally {
      model.open(4);
      model.open(6);
    }
    await done;
    const result = await run.result;
    expect(events.filter((event) => event.type === 'preview.updated').map((event) => (event as EventOf<'preview.updated'>).afterStep)).toEqual(['s1', 's2']);
    expect(checkOutcomes(events)).toEqual(['imports:passed', 'install:passed', 'validate:passed', 'start:passed']);
    expect(result.version.number).toBe(1);
    // Once the run has ended no live server answers: neither step one's (restarted) nor step two's.
    for (const url of urls) await expect(fetch(`${url}/step`, { signal: AbortSignal.timeout(2_000) })).rejects.toThrow();
  });
});
