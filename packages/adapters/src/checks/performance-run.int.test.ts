import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { BuildwrightEvent, EventOf } from '@buildwright/core';
import { checkOutcomes, collectEvents, webRuns } from './web-run.test-support.js';
import { webChecks } from './web-checks.js';

// End to end through createBuilder: scripted model, local sandbox, the react-vite template, a real
// install of lodash, a real Vite build with hidden source maps, real Chromium, and the performance check.
const fixture = (name: string) => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));
const runs = webRuns();
afterAll(() => runs.cleanup());

const ofType = <T extends BuildwrightEvent['type']>(events: BuildwrightEvent[], type: T) => events.filter((event): event is EventOf<T> => event.type === type);
const beforeGroup = ['imports:passed', 'install:passed', 'validate:passed', 'build-app:passed'];

describe('performance check in a web run', () => {
  it('behavior: all of lodash in the page is over a 75 kB budget, the report names lodash among the largest modules with its share, and the per-function fix ends verified', async () => {
    const { builder, requests } = runs.builder(fixture('lodash-budget.json'), { checks: webChecks({ performance: { budgetKb: 75 } }), limits: { maxFixAttempts: 2 } });
    const run = builder.generate({ prompt: 'A tag cloud: the distinct tags, capitalized', kind: 'web' });
    const events = await collectEvents(run);
    const result = await run.result;

    // Browser and performance run side by side (the after-build group): their outcomes come in either order.
    const outcomes = checkOutcomes(events);
    expect([...outcomes.slice(0, 4), ...outcomes.slice(4, 6).sort(), ...outcomes.slice(6, 10), ...outcomes.slice(10).sort()]).toEqual([
      ...beforeGroup,
      'browser:passed',
      'performance:failed',
      ...beforeGroup,
      'browser:passed',
      'performance:passed',
    ]);
    const [failure, ...moreFailures] = ofType(events, 'check.failed');
    expect(moreFailures).toEqual([]);
    expect(failure!.check).toBe('performance');
    expect(failure!.report).toMatch(/^Performance check failed: largest chunk dist\/assets\/index-[\w-]+\.js \d+\.\d kB gzip \(budget 75 kB/);
    expect(failure!.issues).toHaveLength(1);
    // The largest modules by their bytes in the chunk: react-dom (every React app's), then lodash, the one that tipped it over.
    expect(failure!.issues[0]!.message).toMatch(/over the 75 kB budget; largest modules: react-dom \d+% \(\d+\.\d kB\), lodash (\d+)% \(\d+\.\d kB\), react /);
    expect(Number(/lodash (\d+)%/.exec(failure!.issues[0]!.message)![1])).toBeGreaterThan(15);
    expect(failure!.report).toContain('lodash/debounce');

    const fixPrompt = requests.find((request) => request.node === 'fix')!.messages.find((message) => message.role === 'user')!.content;
    expect(fixPrompt).toContain(failure!.report);

    const notice = ofType(events, 'notice.posted').find((event) => event.message.startsWith('Performance check:'));
    expect(notice!.message).toMatch(/^Performance check: largest chunk dist\/assets\/index-[\w-]+\.js (\d+\.\d) kB gzip \(budget 75 kB, 2 chunks\)$/);
    expect(Number(/(\d+\.\d) kB gzip/.exec(notice!.message)![1])).toBeLessThan(75);
    expect(events.at(-1)).toMatchObject({ type: 'run.completed' });
    expect(result.previewUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  }, 600_000);

  it('behavior: the accessibility scan (in the browser check), the security check and the performance check run at the same time after the build: each starts before any of them ends', async () => {
    const { builder } = runs.builder(fixture('counter-app.json'), { checks: webChecks({ depth: 'full', security: { audit: false }, performance: { budgetKb: 170 } }) });
    const events = await collectEvents(builder.generate({ prompt: 'A counter app', kind: 'web' }));
    expect(events.at(-1)).toMatchObject({ type: 'run.completed' });
    const group = ['browser', 'security', 'performance'];
    const started = ofType(events, 'check.started').filter((event) => group.includes(event.check));
    const ended = ofType(events, 'check.passed').filter((event) => group.includes(event.check));
    expect(started.map((event) => event.check).sort()).toEqual([...group].sort());
    expect(ended.map((event) => event.check).sort()).toEqual([...group].sort());
    const lastStart = Math.max(...started.map((event) => Date.parse(event.at)));
    const firstEnd = Math.min(...ended.map((event) => Date.parse(event.at)));
    expect(lastStart).toBeLessThanOrEqual(firstEnd);
    expect(Math.max(...started.map((event) => event.seq))).toBeLessThan(Math.min(...ended.map((event) => event.seq)));
  }, 600_000);
});
