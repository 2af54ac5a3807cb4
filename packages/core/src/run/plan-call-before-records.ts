import type { EarlyModelCall } from '../graph/early-model-call.js';
import { startPlanCallEarly } from '../graph/nodes/plan-node.js';
import type { RunNode } from '../graph/run-runtime.js';
import { Workspace } from '../protocol/workspace.js';
import type { ProjectKind } from '../spec/storage.js';
import type { Template } from '../spec/template.js';
import { defaultPipeline, specPathsOf, startsWithPlan } from './default-pipeline.js';
import { hasExternalTools } from './has-external-tools.js';
import type { BuilderContext } from './run-context.js';

/** A new project's plan call, sent before its records were stored, and the nodes it was made for. */
export interface PlanCallBeforeRecords {
  call: EarlyModelCall;
  /** The run's nodes, worked out once: the run runs this list (so its plan asks exactly what was sent). */
  pipeline: RunNode[];
}

/** What a new project's run knows before its records exist. */
export interface NewRunBeforeRecords {
  runId: string;
  projectId: string;
  ownerId: string;
  kind: ProjectKind;
  prompt: string;
  template: Template | undefined;
  files: Record<string, string>;
  /** The run's signal: a cancel stops the call. */
  signal: AbortSignal;
}

/**
 * Sends a new project's plan call, then stores its records with `writeRecords` while the model
 * answers (issue 14: the first model call does not wait for the project and run records). Only
 * for a run whose first node is the built-in plan node and that has no external tools (their
 * tools join the plan's call); otherwise the records are written first and the run sends its
 * plan call itself. When `writeRecords` fails, the call is stopped and the failure thrown.
 * Admit the run (host hooks) before: a refused run must not call the model.
 *
 * A model adapter that reads the run's record during this call finds none yet.
 *
 * @example
 * const { records, planCall } = await withPlanCallBeforeRecords(builder, { ...ids, ownerId, kind, prompt, template, files, signal }, () => createRecords());
 */
export async function withPlanCallBeforeRecords<T>(builder: BuilderContext, run: NewRunBeforeRecords, writeRecords: () => Promise<T>): Promise<{ records: T; planCall?: PlanCallBeforeRecords }> {
  const planCall = startPlanCallBeforeRecords(builder, run);
  try {
    const records = await writeRecords();
    return planCall ? { records, planCall } : { records };
  } catch (error) {
    planCall?.call.discard();
    throw error;
  }
}

function startPlanCallBeforeRecords(builder: BuilderContext, run: NewRunBeforeRecords): PlanCallBeforeRecords | undefined {
  if (hasExternalTools(builder.options)) return undefined;
  const pipeline = defaultPipeline(builder, run.kind);
  if (!startsWithPlan(pipeline, run.kind)) return undefined;
  const specPaths = specPathsOf(pipeline);
  const call = startPlanCallEarly({
    kind: run.kind,
    template: run.template,
    prompt: run.prompt,
    workspace: new Workspace(run.files),
    ...(specPaths ? { specPaths } : {}),
    ownerId: run.ownerId,
    runId: run.runId,
    projectId: run.projectId,
    llm: builder.options.llm,
    signal: run.signal,
  });
  return { call, pipeline };
}
