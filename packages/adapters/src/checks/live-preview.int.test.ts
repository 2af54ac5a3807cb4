import { afterAll, describe, expect, it } from 'vitest';
import type { BuildwrightEvent, EventOf, Transcript } from '@buildwright/core';
import { gatedModel } from './gated-model.test-support.js';
import { watchedEvents } from './watched-events.test-support.js';
import { chromiumArgs, launchChromium } from './chromium-launch.js';
import { reactViteTemplate } from '../templates/index.js';
import { warmDependencyCache } from './template-projects.test-support.js';
import { checkOutcomes, webRuns } from './web-run.test-support.js';

// The live preview end to end: the react-vite template's Vite dev server in the local sandbox
// (bubblewrap when present), reached through the sandbox's bridge, hot-reloading in real Chromium.
const runs = webRuns();
afterAll(() => runs.cleanup());

const app = (label: string) => `export default function App() {
  return <h1 className="text-3xl font-bold">${label}</h1>;
}
`;
const steps = [
  { id: 'one', label: 'Step one landed' },
  { id: 'two', label: 'Step two landed' },
  { id: 'three', label: 'Step three landed' },
];
const threeSteps: Transcript = {
  format: 'buildwright.transcript/v1',
  turns: [
    { node: 'plan', toolCalls: [{ name: 'submit_plan', arguments: { title: 'Steps', summary: 'Three steps', steps: steps.map(({ id, label }) => ({ id, title: label, files: ['src/App.tsx'] })) } }] },
    ...steps.flatMap(({ label }) => [
      { node: 'build', toolCalls: [{ name: 'write_file', arguments: { path: 'src/App.tsx', content: app(label) } }] },
      { node: 'build', toolCalls: [{ name: 'finish', arguments: { summary: label } }] },
    ]),
  ],
};

/** The scripted model, holding each build step after the first until the test lets it go: steps two and three start with calls 4 and 6. */
function stepGatedModel(transcript: Transcript) {
  const { llm, open } = gatedModel(transcript, [4, 6]);
  return { llm, release: (step: 2 | 3) => open(step === 2 ? 4 : 6) };
}

describe('live preview (Vite dev server in the sandbox, hot reload in Chromium)', () => {
  it("default: after step one the live URL shows step one's app; step two reaches the open page by hot reload, before the run is verified; the dev server stops when the run ends", {
    timeout: 240_000,
  }, async () => {
    // The live preview starts once dependencies are in place: the template's must be in the machine's dependency cache.
    await warmDependencyCache(reactViteTemplate);

    const model = stepGatedModel(threeSteps);
    const { builder } = runs.builder(threeSteps, { llm: model.llm });
    const run = builder.generate({ prompt: 'Three steps, each changing the heading', kind: 'web' });
    const { events, seen, done: collecting } = watchedEvents(run);

    // A live preview that fails says so in a notice: the test ends there with its reason, instead of waiting out its timeout (the model is held).
    const updateOrStop = (afterStep: string) => (event: BuildwrightEvent) =>
      (event.type === 'preview.updated' && event.afterStep === afterStep) || (event.type === 'notice.posted' && event.message.startsWith('The live preview stopped'));
    const first = (await seen(updateOrStop('one'))) as EventOf<'preview.updated'>;
    expect(first).toMatchObject({ type: 'preview.updated' });
    expect(events.find((event) => event.type === 'template.selected')).toMatchObject({ name: reactViteTemplate.name });
    expect(first.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(events.some((event) => event.type === 'check.started')).toBe(false);

    const browser = await launchChromium({ adapter: 'browserCheck', executablePath: process.env.BUILDWRIGHT_CHROMIUM ?? '/usr/bin/chromium', args: chromiumArgs });
    try {
      const page = await browser.newPage();
      await page.goto(first.url, { waitUntil: 'load' });
      await page.getByText('Step one landed').waitFor({ timeout: 20_000 });
      // A mark on the page: still there after the update means hot reload, not a new page load.
      await page.evaluate(() => Object.assign(window, { liveMark: 'kept' }));

      model.release(2);
      const second = (await seen(updateOrStop('two'))) as EventOf<'preview.updated'>;
      expect(second).toMatchObject({ type: 'preview.updated', url: first.url });
      await page.getByText('Step two landed').waitFor({ timeout: 20_000 });
      expect(await page.evaluate(() => (window as unknown as { liveMark?: string }).liveMark)).toBe('kept');
      expect(events.some((event) => event.type === 'preview.ready')).toBe(false);
    } finally {
      model.release(3);
      await browser.close();
    }

    await collecting;
    const result = await run.result;
    // The last step has no live update: the verified preview follows it.
    expect(events.filter((event) => event.type === 'preview.updated').map((event) => (event as EventOf<'preview.updated'>).afterStep)).toEqual(['one', 'two']);
    expect(checkOutcomes(events)).toEqual(['imports:passed', 'install:passed', 'validate:passed', 'build-app:passed', 'browser:passed']);
    expect(result.previewUrl).not.toBe(first.url);
    const verified = await fetch(result.previewUrl!);
    expect(verified.status).toBe(200);
    await verified.body?.cancel();
    await expect(fetch(first.url, { signal: AbortSignal.timeout(2_000) })).rejects.toThrow();
  });
});
