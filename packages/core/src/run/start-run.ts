import { join } from 'node:path';
import type { BuilderContext } from './run-context.js';
import { BuildwrightError, toBuildwrightError } from '@buildwright/client';
import type { EventInput } from '../events/events.js';
import { buildNode } from '../graph/nodes/build-node.js';
import { runFacts } from '../graph/nodes/node-context.js';
import { planNode } from '../graph/nodes/plan-node.js';
import type { RunNode, RunRuntime } from '../graph/run-runtime.js';
import type { RunState, RunStateUpdate } from '../graph/run-state.js';
import { Workspace } from '../protocol/workspace.js';
import type { CheckContext } from '../spec/check.js';
import type { Sandbox } from '../spec/sandbox.js';
import type { ProjectRecord, RunRecord, StorageAdapter, VersionRecord } from '../spec/storage.js';
import type { Template } from '../spec/template.js';
import { followCancelRequests } from './follow-cancel-requests.js';
import { recordRunEnd, runStorageUnavailable } from './record-run-end.js';
import { createRunHandle, type RunHandle, type RunResult } from './run-handle.js';
import { RunEvents } from './run-events.js';

export interface StartRunInput {
  project: ProjectRecord;
  run: RunRecord;
  template: Template | undefined;
  /** Files the run starts from (a template or the current version). */
  files: Record<string, string>;
  /**
   * Number of the version `files` come from (`null` for a new project): the run's version is
   * stored only while it is still the project's head. Unused when resuming (the checkpoint has it).
   */
  baseVersion?: number | null;
  /**
   * Set when resuming: the last stored seq; the graph continues from its checkpoint.
   * `versionAnnounced` / `answered` / `asked`: the run stored `version.created` / its assistant
   * message / the user's message before it was cut off, so they are not stored twice.
   */
  resume?: { lastSeq: number; tokens: number; costUsd: number; versionAnnounced: boolean; answered: boolean; asked: boolean };
}

/**
 * Starts (or resumes) a run in the background and returns its handle at once. `prepare` loads
 * or creates the project and run record; its errors reject `result` with no event stored.
 */
export function startRun(builder: BuilderContext, ids: { runId: string; projectId: string }, prepare: () => Promise<StartRunInput>): RunHandle {
  const events = new RunEvents(builder.options.storage, ids.runId, ids.projectId, builder.eventBus);
  const controller = new AbortController();
  const cancel = (reason: string) => controller.abort(new BuildwrightError({ code: 'RUN_CANCELLED', message: `The run was cancelled: ${reason}.` }));
  const result = prepare().then((input) => {
    if (controller.signal.aborted) throw controller.signal.reason;
    events.projectId = input.project.id;
    events.lastSeq = input.resume?.lastSeq ?? 0;
    // Another process may cancel it from here on (its record exists and it will record its end).
    const stopFollowing = followCancelRequests(builder, ids.runId, cancel);
    return execute(builder, input, events, controller).finally(stopFollowing);
  });
  const handle = createRunHandle({ events, result, cancel });
  builder.activeRuns.set(ids.runId, handle);
  void result.then(
    () => builder.activeRuns.delete(ids.runId),
    () => builder.activeRuns.delete(ids.runId),
  );
  return handle;
}

async function execute(builder: BuilderContext, input: StartRunInput, events: RunEvents, controller: AbortController): Promise<RunResult> {
  const { options, limits } = builder;
  const { project, run } = input;
  const wallTimer = setTimeout(
    () =>
      controller.abort(new BuildwrightError({ code: 'BUDGET_EXCEEDED', message: `The run took longer than ${limits.maxWallTimeMs} ms (limits.maxWallTimeMs).`, details: { budget: 'maxWallTimeMs' } })),
    limits.maxWallTimeMs,
  );
  wallTimer.unref?.();
  const emit = (event: EventInput) => events.emit(event);
  let version: VersionRecord | undefined;
  const runtime: RunRuntime = {
    runId: run.id,
    projectId: project.id,
    ownerId: project.ownerId,
    kind: project.kind,
    mode: run.mode,
    prompt: run.prompt,
    llm: options.llm,
    storage: options.storage,
    chain: options.chain,
    sandboxAdapter: options.sandbox,
    template: input.template,
    workspace: new Workspace(input.files),
    budgets: { ...run.budgets, maxToolTurns: limits.maxToolTurns, maxFileBytes: limits.maxFileBytes, maxProjectBytes: limits.maxProjectBytes, maxFiles: limits.maxFiles },
    artifactsDir: join(options.artifactsDir ?? '.buildwright/artifacts', run.id),
    signal: controller.signal,
    emit,
    usage: { tokens: input.resume?.tokens ?? 0, costUsd: input.resume?.costUsd ?? 0 },
    preview: { url: null, screenshotPath: null },
    sandbox: () => openSandbox(builder, runtime),
  };

  const finalize = async (state: RunState): Promise<RunStateUpdate> => {
    const files = runtime.workspace.snapshot();
    // Idempotent by run: a resumed run that stored its version before it was cut off gets it back.
    version = await storeVersion(options.storage, { project, run, files, baseVersion: state.baseVersion });
    if (!input.resume?.versionAnnounced) await emit({ type: 'version.created', number: version.number, message: version.message, fileCount: version.fileCount });
    if (!input.resume?.answered) await options.storage.appendMessage({ projectId: project.id, runId: run.id, role: 'assistant', content: state.buildSummary || 'Done.' });
    return { workingFiles: files };
  };
  try {
    const pipeline = defaultPipeline(builder);
    // LangGraph loads on the first run, not when @buildwright/core is imported: a CLI or server starts faster.
    const [{ compileRunGraph }, { StorageCheckpointSaver }] = await Promise.all([import('../graph/run-graph.js'), import('../graph/storage-checkpointer.js')]);
    const graph = compileRunGraph(runtime, pipeline, finalize, new StorageCheckpointSaver(options.storage));
    const config = { configurable: { thread_id: run.id }, signal: controller.signal, recursionLimit: 10_000, durability: 'sync' as const };
    if (!input.resume) {
      // The run's starting state is stored before its first event, so a run cut off at any event can be resumed.
      const initial: RunState = { acceptedPlan: null, workingFiles: input.files, fixAttempts: 0, pendingFailure: null, previousFailure: null, buildSummary: '', baseVersion: input.baseVersion };
      await graph.invoke(initial, { ...config, interruptBefore: '*' });
    }
    await emit({ type: 'run.started', mode: input.resume ? 'resume' : run.mode, prompt: run.prompt, kind: project.kind });
    if (!input.resume?.asked) await options.storage.appendMessage({ projectId: project.id, runId: run.id, role: 'user', content: run.prompt });
    if (options.llm.provider === 'scripted') {
      await emit({ type: 'notice.posted', level: 'info', message: 'The model is a recorded transcript (scriptedLlm), not a live model. Use openaiLlm() or langchainLlm() for real generations.' });
    }
    // Each node's checkpoint is stored before the next node starts, so a crash loses at most the node it cut.
    const final = (await graph.invoke(null, config)) as RunState;
    // A run cut off after finalize's checkpoint resumes to a graph with nothing left to run: its version is stored.
    version ??= input.resume ? (await options.storage.listVersions({ ownerId: project.ownerId, projectId: project.id })).find((stored) => stored.runId === run.id) : undefined;
    if (!version) throw new BuildwrightError({ code: 'INTERNAL', message: 'The run graph ended without creating a version.' });
    await options.storage.updateRun({ runId: run.id, status: 'completed', costUsd: runtime.usage.costUsd });
    await emit({ type: 'run.completed', versionNumber: version.number, summary: final.buildSummary || 'Done.' });
    const updatedProject = await options.storage.getProject({ ownerId: project.ownerId, projectId: project.id });
    return {
      runId: run.id,
      project: updatedProject ?? project,
      version,
      files: runtime.workspace.snapshot(),
      previewUrl: runtime.preview.url,
      screenshotPath: runtime.preview.screenshotPath,
      costUsd: runtime.usage.costUsd,
    };
  } catch (thrown) {
    const caught =
      controller.signal.aborted && BuildwrightError.isInstance(controller.signal.reason)
        ? controller.signal.reason
        : toBuildwrightError(thrown, { code: 'INTERNAL', message: 'The run failed unexpectedly.' });
    const error = caught.code === 'STORAGE_UNAVAILABLE' ? runStorageUnavailable(caught, run.id) : caught;
    const check = typeof error.details.check === 'string' ? error.details.check : null;
    await recordRunEnd(builder, events, project.ownerId, {
      error,
      costUsd: runtime.usage.costUsd,
      ...(error.code === 'RUN_CANCELLED'
        ? { status: 'cancelled', event: { type: 'run.cancelled', reason: error.message } }
        : { status: 'failed', event: { type: 'run.failed', code: error.code, message: error.message, check } }),
    });
    throw error;
  } finally {
    clearTimeout(wallTimer);
  }
}

/**
 * Stores the run's files as a version on top of the version they were made from. When another
 * run (or a restore) stored a version meanwhile, storing ours would silently drop its changes, so
 * the run fails with VERSION_CONFLICT instead, naming both versions; its files stay in its record.
 */
async function storeVersion(
  storage: StorageAdapter,
  { project, run, files, baseVersion }: { project: ProjectRecord; run: RunRecord; files: Record<string, string>; baseVersion: number | null | undefined },
): Promise<VersionRecord> {
  try {
    return await storage.createVersion({
      ownerId: project.ownerId,
      projectId: project.id,
      runId: run.id,
      message: run.prompt,
      files,
      // A run resumed from a checkpoint of an older release has no base: store as before.
      ...(baseVersion === undefined ? {} : { expectedHead: baseVersion }),
    });
  } catch (error) {
    if (!BuildwrightError.isInstance(error) || error.code !== 'VERSION_CONFLICT') throw error;
    const currentHead = error.details.currentHead as number | null;
    const base = baseVersion === null || baseVersion === undefined ? 'an empty project' : `version ${baseVersion}`;
    throw new BuildwrightError({
      code: 'VERSION_CONFLICT',
      message:
        `This ${run.mode} was made on ${base}, but version ${currentHead} was stored meanwhile (another run or a restore), so its files were not stored as a version: that would drop the changes of version ${currentHead}. ` +
        `Its work stays in this run's record (its events, and its files in its last checkpoint); re-run the edit on version ${currentHead} (merging concurrent edits is not supported yet).`,
      cause: error,
      details: { ...error.details, runId: run.id },
    });
  }
}

function defaultPipeline(builder: BuilderContext): RunNode[] {
  const defaults: RunNode[] = [planNode, buildNode, ...(builder.options.checks ?? [])];
  return builder.options.graph?.nodes ? builder.options.graph.nodes(defaults) : defaults;
}

async function openSandbox(builder: BuilderContext, runtime: RunRuntime) {
  let opening = builder.sandboxes.get(runtime.projectId);
  if (!opening) {
    opening = builder.options.sandbox.open({ projectId: runtime.projectId });
    builder.sandboxes.set(runtime.projectId, opening);
    opening.catch(() => builder.sandboxes.delete(runtime.projectId));
  }
  const sandbox = await opening;
  if (!attached.has(runtime)) {
    attached.add(runtime);
    if (sandbox.isolation === 'none') {
      await runtime.emit({
        type: 'notice.posted',
        level: 'warn',
        message: `Sandbox commands run without OS isolation${sandbox.isolationNote ? ` (${sandbox.isolationNote})` : ''}. Install bubblewrap or use a remote sandbox for untrusted code.`,
      });
    }
    await runtime.workspace.attach(sandbox);
    prepareChecks(builder, runtime, sandbox);
  }
  return sandbox;
}

/** Starts each check's optional `prepare` in the background (see Check.prepare): no events, no file changes. */
function prepareChecks(builder: BuilderContext, runtime: RunRuntime, sandbox: Sandbox): void {
  const context: CheckContext = {
    ...runFacts(runtime, sandbox),
    run: (command, options = {}) => sandbox.run({ command, signal: runtime.signal, ...options }),
    emit: async () => {},
    writeFiles: async () => {
      throw new BuildwrightError({ code: 'INVALID_INPUT', message: "Check.prepare cannot change files; change them in the check's run()." });
    },
  };
  for (const check of builder.options.checks ?? []) {
    if (!check.prepare || (check.kinds && !check.kinds.includes(runtime.kind))) continue;
    void Promise.resolve()
      .then(() => check.prepare!(context))
      .catch(() => {});
  }
}

const attached = new WeakSet<RunRuntime>();
