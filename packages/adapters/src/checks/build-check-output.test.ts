import { afterAll, describe, expect, it } from 'vitest';
import { buildCheck } from './build-check.js';
import { templateProjects } from './template-projects.test-support.js';

// The build must leave the page where the browser check loads it; a build that exits 0 and writes
// it elsewhere (vite.config's root or build.outDir) fails here, not later as a blank preview.
const projects = templateProjects();
afterAll(() => projects.cleanup());

describe('buildCheck output', () => {
  it('error: a build that writes its page under src/dist (vite root: "src") fails naming dist/index.html', async () => {
    const { context } = await projects.open();
    const result = await buildCheck({ command: 'mkdir -p src/dist && echo "<div id=root></div>" > src/dist/index.html' }).run(context);
    expect(result).toMatchObject({ status: 'failed', issues: [{ file: 'vite.config.ts', message: expect.stringContaining('dist/index.html at the project root') }] });
    expect(result.status === 'failed' && result.report).toMatch(/^Build check failed: the build finished but wrote no dist\/index\.html/);
  });

  it('default: a build that writes dist/index.html passes; outputDirectory follows the browser check', async () => {
    const { context } = await projects.open();
    expect((await buildCheck({ command: 'mkdir -p dist && echo "<div id=root></div>" > dist/index.html' }).run(context)).status).toBe('passed');
    expect((await buildCheck({ command: 'mkdir -p out && echo "<div id=root></div>" > out/index.html', outputDirectory: 'out' }).run(context)).status).toBe('passed');
  });
});
