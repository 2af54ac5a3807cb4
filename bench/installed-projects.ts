// New react-vite projects with their dependencies installed, each in a real local sandbox under one
// scratch directory: the projects bench/warm-typecheck.ts and bench/security-check.ts check.
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CheckContext, Sandbox } from '@buildwright/core';
import { createCheckContext } from '../packages/core/src/testing/check-context.js';
import { installCheck } from '@buildwright/adapters/checks';
import { localSandbox } from '@buildwright/adapters/local';
import { reactViteTemplate } from '@buildwright/adapters/templates';

export function installedProjects(name: string): { next(): Promise<{ sandbox: Sandbox; context: CheckContext }>; close(): Promise<void> } {
  const work = mkdtempSync(join(tmpdir(), `bw-bench-${name}-`));
  const adapter = localSandbox({ root: join(work, 'sandboxes') });
  const opened: Sandbox[] = [];
  return {
    /** The next project (`bench-1`, `bench-2`, …), installed. */
    async next() {
      const projectId = `bench-${opened.length + 1}`;
      const sandbox = await adapter.open({ projectId });
      opened.push(sandbox);
      const { context } = await createCheckContext({ sandbox, files: { ...reactViteTemplate.files }, projectId, sandboxAdapter: adapter });
      const installed = await installCheck().run(context);
      if (installed.status !== 'passed') throw new Error(`install failed: ${JSON.stringify(installed)}`);
      return { sandbox, context };
    },
    /** Kills every project's sandbox and removes the scratch directory. */
    async close() {
      await Promise.all(opened.map((sandbox) => sandbox.kill().catch(() => {})));
      await rm(work, { recursive: true, force: true });
    },
  };
}
