import { describe, expect, it } from 'vitest';
import { createCheckContext, memorySandbox } from '@buildwright/core/testing';
import { auditsWithFixedMeta } from './lighthouse-audits.js';
import { loadLighthouse } from './lighthouse-run.js';
import { performanceCheck } from './performance-check.js';

describe('performanceCheck prepare', () => {
  it("behavior: with Lighthouse on, prepare loads Lighthouse's module and its audits while the model works (the run then finds them loaded)", async () => {
    const check = performanceCheck({ lighthouse: true });
    expect(check.prepare).toBeTypeOf('function');
    const sandbox = await memorySandbox().open({ projectId: 'performance-prepare' });
    await check.prepare!((await createCheckContext({ sandbox, files: {} })).context);
    // The same module promise the run uses: already settled, nothing imported again.
    const settled = await Promise.race([loadLighthouse().then(() => 'loaded'), new Promise((resolve) => setImmediate(() => resolve('pending')))]);
    expect(settled).toBe('loaded');
    expect((await loadLighthouse()).default).toBeTypeOf('function');
    const audits = await Promise.race([
      auditsWithFixedMeta(['metrics/first-contentful-paint', 'errors-in-console']).then(() => 'loaded'),
      new Promise((resolve) => setImmediate(() => resolve('pending'))),
    ]);
    expect(audits).toBe('loaded');
  }, 60_000);

  it('default: without Lighthouse there is nothing to prepare', () => {
    expect(performanceCheck().prepare).toBeUndefined();
    expect(performanceCheck({ lighthouse: false }).prepare).toBeUndefined();
  });
});
