import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { BuildwrightError, parseRunMetadata, type RunMetadata } from '@buildwright/client';
import type { BuilderContext } from '../run/run-context.js';
import type { RunHandle } from '../run/run-handle.js';
import { enqueueRun } from '../run/enqueue-run.js';
import { startRun } from '../run/start-run.js';
import { chainOfProject } from '../run/builder-chains.js';
import { budgetsOf, parseInput, promptSchema } from './generate.js';

/** Options of `builder.edit`. */
export interface EditOptions {
  prompt: string;
  ownerId?: string;
  /** Stop after the plan until it is approved, as `generate({ approvePlan: true })` does. Default false. */
  approvePlan?: boolean;
  /** Passed to the host's `beforeRun` hook as `request.metadata`, as `generate({ metadata })` does. */
  metadata?: RunMetadata;
}

const editSchema = z.object({ prompt: promptSchema, ownerId: z.string().min(1).optional(), approvePlan: z.boolean().optional(), metadata: z.unknown().optional() });

/**
 * Starts a follow-up edit of a project: the model gets the file tree and only the files
 * relevant to the request, and the run stores a new version.
 *
 * @example
 * const run = builder.edit(projectId, { prompt: 'make the buttons rounded' });
 */
export function edit(builder: BuilderContext, projectId: string, options: EditOptions): RunHandle {
  const input = parseInput(editSchema, options);
  const ownerId = input.ownerId ?? builder.ownerId;
  const metadata = input.metadata === undefined ? {} : { metadata: parseRunMetadata(input.metadata) };
  const runId = randomUUID();
  if (builder.options.queue) {
    return enqueueRun(builder, { runId, projectId, ownerId }, { runId, ownerId, ...(input.approvePlan ? { approvePlan: true } : {}) }, async () => {
      const { storage } = builder.options;
      const project = await storage.getProject({ ownerId, projectId });
      if (!project) throw new BuildwrightError({ code: 'PROJECT_NOT_FOUND', message: `Project ${projectId} does not exist for this owner. List projects with builder.listProjects().` });
      // The host may refuse before the run is stored.
      const budgets = await builder.hooks.admit(runId, { ownerId, kind: project.kind, prompt: input.prompt, mode: 'edit', projectId, ...metadata }, budgetsOf(builder));
      await storage.createRun({ id: runId, ownerId, projectId, mode: 'edit', prompt: input.prompt, budgets, status: 'queued' });
    });
  }
  return startRun(builder, { runId, projectId }, async () => {
    const { storage } = builder.options;
    const project = await storage.getProject({ ownerId, projectId });
    if (!project) throw new BuildwrightError({ code: 'PROJECT_NOT_FOUND', message: `Project ${projectId} does not exist for this owner. List projects with builder.listProjects().` });
    // A DApp on a chain this builder does not have is refused before its run is stored.
    chainOfProject(builder.options, project);
    // The host may refuse before the run is stored.
    const budgets = await builder.hooks.admit(runId, { ownerId, kind: project.kind, prompt: input.prompt, mode: 'edit', projectId, ...metadata }, budgetsOf(builder));
    const current = await storage.getVersionFiles({ ownerId, projectId });
    const run = await storage.createRun({ id: runId, ownerId, projectId, mode: 'edit', prompt: input.prompt, budgets });
    return { project, run, template: undefined, files: current?.files ?? {}, baseVersion: current?.version.number ?? null, approvePlan: input.approvePlan === true };
  });
}
