import type { CheckContext } from '@buildwright/core';
import { afterAll, describe, expect, it } from 'vitest';
import { dependencyKey, dependencySet, installedMarker } from './dependency-cache.js';
import { devPreview } from './dev-preview.js';
import { templateProjects } from './template-projects.test-support.js';

const projects = templateProjects();
afterAll(() => projects.cleanup());

describe('devPreview', () => {
  it("behavior: Vite's dev server runs with a 1 MB young-generation semi-space, for its memory", async () => {
    const { context, sandbox } = await projects.open();
    // Dependencies installed as far as the preview can tell: the install's marker and Vite's bin.
    await sandbox.writeFile(`node_modules/${installedMarker}`, `${dependencyKey(dependencySet(JSON.parse(context.files['package.json']!)))}\n`);
    await sandbox.writeFile('node_modules/vite/bin/vite.js', '');
    const commands: string[] = [];
    const recording: CheckContext = {
      ...context,
      sandbox: {
        ...sandbox,
        startServer: async (command) => {
          commands.push(command.command);
          return { port: 4173, url: 'http://127.0.0.1:4173', stop: async () => {} };
        },
      },
    };
    const live = await devPreview()({ ...recording, stepId: 'step-1' });
    expect(live?.url).toBe('http://127.0.0.1:4173');
    expect(commands).toEqual([expect.stringMatching(/^node --max-semi-space-size=1 node_modules\/vite\/bin\/vite\.js /)]);
    await live?.stop();
  });
});
