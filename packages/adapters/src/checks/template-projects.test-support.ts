import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Check, CheckContext, CheckResult, EventInput, ProjectKind, Sandbox, SandboxAdapter, Template } from '@buildwright/core';
import { createCheckContext } from '@buildwright/core/testing';
import { localSandbox } from '../local/index.js';
import { reactViteTemplate } from '../templates/index.js';
import { installCheck } from './install-check.js';

/** A project made from the react-vite template in a local sandbox, with a CheckContext double (test use only). */
export interface TemplateProject {
  sandbox: Sandbox;
  context: CheckContext;
  /** Events the checks emitted (command.*, preview.ready, dependency.added, notice.posted). */
  events: EventInput[];
  close(): Promise<void>;
}

let counter = 0;

export function templateProjects(
  adapter?: SandboxAdapter,
  template: Template = reactViteTemplate,
): { root: string; open(overrides?: Record<string, string | null>): Promise<TemplateProject>; cleanup(): Promise<void> } {
  const root = mkdtempSync(join(tmpdir(), 'bw-checks-'));
  const sandboxes = adapter ?? localSandbox({ root: join(root, 'sandboxes') });
  const opened: Sandbox[] = [];
  return {
    root,
    async open(overrides = {}) {
      counter += 1;
      const projectId = `check-${counter}`;
      const sandbox = await sandboxes.open({ projectId });
      opened.push(sandbox);
      const files: Record<string, string> = { ...template.files };
      for (const [path, content] of Object.entries(overrides)) {
        if (content === null) delete files[path];
        else files[path] = content;
      }
      const { context, events } = await createCheckContext({
        sandbox,
        files,
        kind: template.kind as ProjectKind,
        projectId,
        runId: `run-${counter}`,
        artifactsDir: join(root, 'artifacts', projectId),
        // As in a run: neutral sandboxes open through the same adapter.
        sandboxAdapter: sandboxes,
      });
      return { sandbox, context, events, close: () => sandbox.kill() };
    },
    async cleanup() {
      await Promise.all(opened.map((sandbox) => sandbox.kill().catch(() => {})));
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** Runs checks in order until the first one that does not pass, like the run graph. */
export async function runInOrder(checks: Check[], context: CheckContext): Promise<Array<{ name: string; result: CheckResult }>> {
  const results: Array<{ name: string; result: CheckResult }> = [];
  for (const check of checks) {
    const result = await check.run(context);
    results.push({ name: check.name, result });
    if (result.status !== 'passed') break;
  }
  return results;
}

/**
 * Puts the template's dependencies into the machine's dependency cache, as the install check of a
 * run from it does: a restore when the cache holds them already (the usual case), else one npm
 * install. For a test whose run needs them cached before it starts (test use only).
 */
export async function warmDependencyCache(template: Template): Promise<void> {
  const projects = templateProjects(undefined, template);
  try {
    const { context } = await projects.open();
    const result = await installCheck().run(context);
    if (result.status !== 'passed') throw new Error(`Could not install the dependencies of the ${template.name} template: ${JSON.stringify(result)}`);
  } finally {
    await projects.cleanup();
  }
}
