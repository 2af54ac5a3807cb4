import { randomUUID } from 'node:crypto';
import { BuildwrightError } from '@buildwright/client';
import type { BuilderContext } from '../run/run-context.js';
import type { RunHandle } from '../run/run-handle.js';
import { checkPipeline } from '../run/check-pipeline.js';
import { startRun } from '../run/start-run.js';
import { requireProject } from '../versions/require-records.js';
import { budgetsOf } from './generate.js';

/** Options of {@link checkVersion}. */
export interface CheckVersionOptions {
  ownerId: string;
  projectId: string;
  /** The stored version to check (default: the project's current one). */
  version?: number;
}

/**
 * Starts a check-only run (`mode: 'check'`): the builder's checks verify a stored version in the
 * project's sandbox, as after a run's build, with the same events (`run.started`, `check.*`,
 * `preview.ready`, `run.completed` / `run.failed`). No model is called and no version is stored:
 * the result's `version` is the checked one. A failed check ends the run with `CHECK_FAILED` and
 * its report; it starts no fix turn (the files are someone's hand edits: they change them). The
 * run runs in this process even when the builder has a queue. `saveFiles({ check: true })` starts one.
 * Errors before it starts reject `result`: `PROJECT_NOT_FOUND`, `VERSION_NOT_FOUND`, `INVALID_INPUT`
 * when no check of the builder applies to the project's kind.
 *
 * @example
 * const run = checkVersion(context, { ownerId: 'user-1', projectId, version: 4 });
 * run.on('check.failed', ({ check, report }) => console.log(check, report));
 * const { version, previewUrl } = await run.result;
 */
export function checkVersion(builder: BuilderContext, options: CheckVersionOptions): RunHandle {
  const { ownerId, projectId } = options;
  const runId = randomUUID();
  return startRun(builder, { runId, projectId }, async () => {
    const { storage } = builder.options;
    const project = await requireProject(storage, ownerId, projectId);
    if (checkPipeline(builder, project.kind).length === 0) {
      throw new BuildwrightError({
        code: 'INVALID_INPUT',
        message: `No check of this builder applies to ${project.kind} projects, so there is nothing to run. Pass checks to createBuilder (webChecks(), dappChecks(), apiChecks()).`,
      });
    }
    const stored = await storage.getVersionFiles({ ownerId, projectId, ...(options.version === undefined ? {} : { number: options.version }) });
    if (!stored) {
      throw new BuildwrightError({
        code: 'VERSION_NOT_FOUND',
        message: `Project ${projectId} has no version ${options.version ?? '(none yet)'} to check. List its versions with builder.versions().`,
        details: { projectId, version: options.version ?? null },
      });
    }
    const number = stored.version.number;
    const run = await storage.createRun({ id: runId, ownerId, projectId, mode: 'check', prompt: `Check version ${number}`, budgets: budgetsOf(builder) });
    return { project, run, template: undefined, files: stored.files, baseVersion: number };
  });
}
