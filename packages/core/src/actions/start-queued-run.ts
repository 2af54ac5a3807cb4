import { BuildwrightError } from '@buildwright/client';
import type { BuilderContext } from '../run/run-context.js';
import type { RunHandle } from '../run/run-handle.js';
import { startRun } from '../run/start-run.js';
import type { RunJob } from '../spec/queue.js';
import { existingContractSchema, parseInput, startingFiles } from './generate.js';

/**
 * Starts a queued run that no worker started before (it has no checkpoint): its starting files are
 * rebuilt as `generate` or `edit` would have (a generation's template and contract from the job;
 * an edit's from the project's current version, which it must still be on when it stores its version).
 *
 * @example
 * const run = startQueuedRun(builder, { runId, ownerId });
 */
export function startQueuedRun(builder: BuilderContext, job: RunJob): RunHandle {
  const { runId, ownerId } = job;
  return startRun(builder, { runId, projectId: '' }, async () => {
    const { storage } = builder.options;
    const run = await storage.getRun({ ownerId, runId });
    if (!run) throw new BuildwrightError({ code: 'RUN_NOT_FOUND', message: `Run ${runId} does not exist for owner ${ownerId}: its job names a run that is not in this storage.` });
    const project = await storage.getProject({ ownerId, projectId: run.projectId });
    if (!project) throw new BuildwrightError({ code: 'PROJECT_NOT_FOUND', message: `Project ${run.projectId} of run ${runId} is gone.` });
    const start =
      run.mode === 'generate'
        ? {
            ...(await startingFiles(builder, {
              kind: project.kind,
              prompt: run.prompt,
              template: job.start?.template,
              contract: parseInput(existingContractSchema.optional(), job.start?.contract),
            })),
            baseVersion: null,
          }
        : await currentFiles(builder, ownerId, project.id);
    await storage.updateRun({ runId, status: 'running' });
    return { project, run: { ...run, status: 'running' }, ...start, approvePlan: job.approvePlan === true };
  });
}

async function currentFiles(builder: BuilderContext, ownerId: string, projectId: string) {
  const current = await builder.options.storage.getVersionFiles({ ownerId, projectId });
  return { template: undefined, files: current?.files ?? {}, baseVersion: current?.version.number ?? null };
}
