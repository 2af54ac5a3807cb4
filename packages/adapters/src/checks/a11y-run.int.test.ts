import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { BuildwrightEvent, EventOf } from '@buildwright/core';
import { memoryStorage } from '../memory/index.js';
import { checkOutcomes, collectEvents, webRuns } from './web-run.test-support.js';

// End to end through createBuilder: scripted model, local sandbox, the react-vite template, a real
// Vite build, real Chromium and axe-core at the default level 'critical' of webChecks().
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const runs = webRuns();
afterAll(() => runs.cleanup());

const ofType = <T extends BuildwrightEvent['type']>(events: BuildwrightEvent[], type: T) => events.filter((event): event is EventOf<T> => event.type === type);
const checksUpToBuild = ['imports:passed', 'install:passed', 'validate:passed', 'build-app:passed'];

describe('accessibility scan in a web run', () => {
  it('error: an image without alt and an icon button without a name fail the browser check with image-alt and button-name; the fix adds alt and aria-label and the run ends verified', async () => {
    const storage = memoryStorage();
    const { builder, requests } = runs.builder(fixture('a11y-missing-names.json'), { storage, limits: { maxFixAttempts: 2 } });
    const run = builder.generate({ prompt: 'A photo of the day with a next button', kind: 'web' });
    const events = await collectEvents(run);
    const result = await run.result;

    expect(checkOutcomes(events)).toEqual([...checksUpToBuild, 'browser:failed', ...checksUpToBuild, 'browser:passed']);
    const [failure, ...moreFailures] = ofType(events, 'check.failed');
    expect(moreFailures).toEqual([]);
    expect(failure!.check).toBe('browser');
    expect(failure!.report).toContain('Browser check failed: the app has accessibility violations');
    expect(failure!.report).toMatch(/\/: accessibility image-alt \(critical\) at img: Images must have alternative text/);
    expect(failure!.report).toMatch(/\/: accessibility button-name \(critical\) at #next: Buttons must have discernible text/);
    expect(failure!.issues.map((issue) => /accessibility ([\w-]+)/.exec(issue.message)?.[1]).sort()).toEqual(['button-name', 'image-alt']);

    // The fix turn is told both rule ids, in the report the check gave.
    const fixRequests = requests.filter((request) => request.node === 'fix');
    expect(fixRequests.length).toBeGreaterThan(0);
    const fixPrompt = fixRequests[0]!.messages.find((message) => message.role === 'user')!.content;
    expect(fixPrompt).toContain(failure!.report);
    expect(fixPrompt).toContain('image-alt');
    expect(fixPrompt).toContain('button-name');

    expect(ofType(events, 'fix.started')).toHaveLength(1);
    expect(events.at(-1)).toMatchObject({ type: 'run.completed', versionNumber: 1 });
    // The verified version is the fixed one: alt text on the image, an aria-label on the button.
    const stored = await storage.getVersionFiles({ ownerId: 'local', projectId: run.projectId });
    expect(stored?.files['src/App.tsx']).toContain('alt="Today\'s photo: a lighthouse at dusk"');
    expect(stored?.files['src/App.tsx']).toContain('aria-label="Next photo"');
    expect(result.previewUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  }, 600_000);
});
