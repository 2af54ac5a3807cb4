import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { processesReferring } from '../local/leftover-processes.js';
import { reactViteTemplate } from '../templates/index.js';
import { buildCheck } from './build-check.js';
import { dependencyKey, dependencySet, installedMarker } from './dependency-cache.js';
import { installCheck } from './install-check.js';
import { templateProjects } from './template-projects.test-support.js';
import { validateCheck } from './validate-check.js';
import { createWebCheckSession } from './web-check-session.js';

// The race of issue 12: the run's checks prepare in the background on the starting files (the
// install check restores node_modules, then the check worker starts and warms up in it) while a
// model that answers at once has already changed the dependencies, so the install check replaces
// node_modules while the warm-up still writes into it. Here the install starts exactly while the
// warm-up runs, every round.
const projects = templateProjects();
afterAll(() => projects.cleanup());
// The template's dependencies in the shared cache (from the registry the first time on a machine), so that prepare restores them.
beforeAll(async () => {
  const project = await projects.open();
  expect(await installCheck().run(project.context)).toEqual({ status: 'passed' });
  await project.close();
}, 600_000);

const manifest = JSON.parse(reactViteTemplate.files['package.json']!) as { dependencies: Record<string, string> };
const changedManifest = `${JSON.stringify({ ...manifest, dependencies: { ...manifest.dependencies, clsx: '2.1.1' } }, null, 2)}\n`;

describe('install check and the check worker warm-up', () => {
  it('behavior: an install that replaces node_modules while the worker warms up in it waits until the worker let go: it passes, and no process of the old node_modules is left', async () => {
    for (let round = 0; round < 4; round += 1) {
      const project = await projects.open();
      const session = createWebCheckSession();
      const install = installCheck();
      const checks = [install, validateCheck(undefined, session), buildCheck({}, session)];
      // As the run does: every prepare in the background, on the files the run starts from.
      const preparing = checks.map((check) => check.prepare!(project.context).catch((error: unknown) => error));
      // The warm-up has its worker up and is loading the tools in it (tsc, ESLint, then a build) ...
      const started = Date.now();
      while (!session.state(project.sandbox).worker) {
        if (Date.now() - started > 60_000) throw new Error('the warm-up did not start a check worker within a minute');
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      expect(await session.state(project.sandbox).worker!.worker).toBeDefined();
      expect(await processesReferring([`${project.sandbox.root}`])).not.toEqual([]);

      // ... when the model's package.json adds a dependency and the install check runs.
      await project.sandbox.writeFile('package.json', changedManifest);
      const result = await install.run({ ...project.context, files: { ...project.context.files, 'package.json': changedManifest } });
      expect(result, `round ${round}`).toEqual({ status: 'passed' });
      expect((await project.sandbox.readFile(`node_modules/${installedMarker}`))?.trim()).toBe(dependencyKey(dependencySet(JSON.parse(changedManifest) as typeof manifest)));
      // Nothing that loaded the old node_modules runs on: the warm-up's worker stopped before the install began.
      expect(await processesReferring([`${project.sandbox.root}`])).toEqual([]);
      await Promise.all(preparing);
      await project.close();
    }
  }, 600_000);
});
