import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { processTree } from '../local/process-tree.js';
import { reactViteTemplate } from '../templates/index.js';
import { warmDependencyCache } from './template-projects.test-support.js';
import { webChecks } from './web-checks.js';
import { checkOutcomes, collectEvents, webRuns } from './web-run.test-support.js';

// createBuilder({ spareSandboxes }) with the real local sandbox, webChecks() and Chromium: the spare's
// check worker, started and warmed on the template alone, is the one the new project's checks use.
const fixture = fileURLToPath(new URL('./fixtures/counter-app.json', import.meta.url));
const runs = webRuns();
afterAll(() => runs.cleanup());

/** Process ids of the check workers running now (each with its sandbox's wrapping processes), started by this process in any sandbox. */
async function checkWorkers(): Promise<number[]> {
  return (await processTree()).filter((entry) => entry.commandLine.includes('worker/main.mjs')).map((entry) => entry.pid);
}

describe('spare sandboxes with the web checks', () => {
  it("default: a new react-vite project takes the spare and its checks use the spare's warm worker, started before the run and kept while it waited", async () => {
    // A spare restores the template's dependencies from the cache (it installs nothing): an earlier project filled it.
    await warmDependencyCache(reactViteTemplate);
    // Workers idle out after 5 s here; the spare's is prepared again every second, which keeps it (a ping) rather than starting another.
    const { builder } = runs.builder(fixture, { checks: webChecks({ workerIdleMs: 5_000 }), spareSandboxes: { templates: ['react-vite'], refreshMs: 1_000 } });
    await builder.warmSpares();
    const warmed = await checkWorkers();
    expect(warmed).not.toEqual([]);
    // Two idle times and more: a worker that was not pinged would be gone (it checks every 5 s).
    await new Promise((resolve) => setTimeout(resolve, 12_000));
    expect(await checkWorkers()).toEqual(warmed);

    const run = builder.generate({ prompt: 'A counter app: a heading and a button that counts clicks', kind: 'web', template: 'react-vite' });
    const events = await collectEvents(run);
    const { previewUrl } = await run.result;
    expect(checkOutcomes(events)).toEqual(['imports:passed', 'install:passed', 'validate:passed', 'build-app:passed', 'browser:passed']);
    expect(previewUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await builder.openedSandbox(run.projectId))?.id).toMatch(/^spare-/);
    // The run started no worker of its own: the spare's, warmed before the run, did its checks (it stays until the run's grace ends).
    expect(await checkWorkers()).toEqual(warmed);
    // The build the browser verified is the project's (its counter), not the template's the spare was warmed on.
    const page = await (await fetch(previewUrl!)).text();
    const script = /<script type="module" crossorigin src="([^"]+)"/.exec(page)?.[1];
    expect(await (await fetch(new URL(script!, previewUrl!))).text()).toContain('Counter start must not be negative');
  }, 240_000);
});
