import { selectPatterns } from '../templates/pattern-selection.js';
import { artifactsDirectory, type BuilderContext } from './run-context.js';
import { BuildwrightError, toBuildwrightError } from '@buildwright/client';
import type { EventInput, Plan } from '../events/events.js';
import { startPlanCallEarly } from '../graph/nodes/plan-node.js';
import type { EarlyModelCall } from '../graph/early-model-call.js';
import { templateChoice } from './template-choice.js';
import { testsNodePaths } from '../graph/nodes/spec-node.js';
import type { RunRuntime } from '../graph/run-runtime.js';
import type { RunState } from '../graph/run-state.js';
import { Workspace } from '../protocol/workspace.js';
import type { ProjectRecord, RunRecord, StorageAdapter, VersionRecord } from '../spec/storage.js';
import type { Template } from '../spec/template.js';
import type { TemplateSelection } from '../templates/template-selection.js';
import { followCancelRequests } from './follow-cancel-requests.js';
import { openExternalTools, type ExternalTools } from '../graph/external-tools/external-tools.js';
import { waitForToolApproval } from './tool-approvals.js';
import { approveTool } from './approve-tool.js';
import { recordRunEnd, runStorageUnavailable } from './record-run-end.js';
import { createRunHandle, type RunHandle, type RunResult } from './run-handle.js';
import { RunEvents } from './run-events.js';
import { awaitPlanApproval, planNotAwaiting } from './await-plan-approval.js';
import { approvePlanHere } from './approve-plan.js';
import { followEvents, resultOf } from './follow-run.js';
import { sendCancelRequest } from './send-cancel-request.js';
import { wallClock, type WallClock } from './wall-clock.js';
import { runFacts } from '../graph/nodes/node-context.js';
import { prepareChecks } from './prepare-checks.js';
import { checksAfterRun } from './checks-after-run.js';
import { livePreviews } from '../graph/live-previews.js';
import { checkPipeline } from './check-pipeline.js';
import { chainOfProject } from './builder-chains.js';
import { projectSandbox } from './project-sandbox.js';
import { ofKind } from '../graph/of-kind.js';
import { defaultPipeline, specPathsOf, startsWithPlan } from './default-pipeline.js';
import { hasExternalTools } from './has-external-tools.js';
import type { PlanCallBeforeRecords } from './plan-call-before-records.js';

export interface StartRunInput {
  project: ProjectRecord;
  run: RunRecord;
  template: Template | undefined;
  /** Set when the template was chosen by similarity to the prompt: announced as `template.selected`. */
  templateSelection?: TemplateSelection;
  /** The template `generate({ template })` named: the requirements analyst may take only that one. */
  forcedTemplate?: string | undefined;
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
  resume?: { lastSeq: number; tokens: number; costUsd: number; versionAnnounced: boolean; answered: boolean; asked: boolean; approvedPlan?: Plan | undefined };
  /**
   * A new run stops after its plan (`plan.awaiting_approval`, status `awaiting_approval`) until the
   * plan is approved. A resumed run keeps what its checkpoint says; `resume.approvedPlan` is the plan
   * approved since it stopped (from its `plan.approved` event).
   */
  approvePlan?: boolean;
  /** A new project's plan call, sent before its records were stored (see `withPlanCallBeforeRecords`): the run takes it and runs its pipeline. */
  planCall?: PlanCallBeforeRecords;
}

/**
 * Starts (or resumes) a run in the background and returns its handle at once. `prepare` loads
 * or creates the project and run record; its errors reject `result` with no event stored. It gets
 * the run's signal (aborted by a cancel), for work it starts before the records exist. A new run
 * cancelled while `prepare` stored its records stores `run.cancelled`.
 */
export function startRun(builder: BuilderContext, ids: { runId: string; projectId: string }, prepare: (signal: AbortSignal) => Promise<StartRunInput>): RunHandle {
  const events = new RunEvents(builder.options.storage, ids.runId, ids.projectId, builder.eventBus);
  const controller = new AbortController();
  const cancel = (reason: string) => {
    // Handed over to the process that approved its plan: that one is asked to stop it.
    if (handedOver) void sendCancelRequest(builder, { runId: ids.runId, ownerId: ownerId ?? '', reason }).catch(() => undefined);
    else controller.abort(new BuildwrightError({ code: 'RUN_CANCELLED', message: `The run was cancelled: ${reason}.` }));
  };
  let handedOver = false;
  // The engine's graph (LangGraph) loads while the run's records are prepared, not after them.
  loadRunGraph().catch(() => {});
  const result = prepare(controller.signal).then((input) => {
    // A new run's records exist now: its cancel is stored (execute records the end without starting).
    if (controller.signal.aborted && input.resume) throw controller.signal.reason;
    events.projectId = input.project.id;
    ownerId = input.project.ownerId;
    events.lastSeq = input.resume?.lastSeq ?? 0;
    // Another process may cancel it from here on (its record exists and it will record its end).
    const stopFollowing = followCancelRequests(builder, ids.runId, cancel);
    return execute(builder, input, events, controller, () => {
      handedOver = true;
      stopFollowing();
      if (builder.activeRuns.get(ids.runId) === handle) builder.activeRuns.delete(ids.runId);
    }).finally(stopFollowing);
  });
  let ownerId: string | undefined;
  const handle = createRunHandle({
    events,
    result,
    cancel,
    approveTool: (id, decision, approval) =>
      approveTool(builder, { ownerId: ownerId ?? '', runId: ids.runId, id, decision, ...(approval?.remember === undefined ? {} : { remember: approval.remember }) }),
    approvePlan: async (plan) => {
      if (!(await approvePlanHere(builder, { ownerId: ownerId ?? builder.ownerId, runId: ids.runId, ...(plan === undefined ? {} : { plan }) }))) {
        throw planNotAwaiting(ids.runId, 'not waiting in this process');
      }
    },
  });
  builder.activeRuns.set(ids.runId, handle);
  const ended = () => {
    if (builder.activeRuns.get(ids.runId) === handle) builder.activeRuns.delete(ids.runId);
    builder.hooks.release(ids.runId);
    builder.spares?.runEnded();
  };
  void result.then(ended, ended);
  return handle;
}

async function execute(builder: BuilderContext, input: StartRunInput, events: RunEvents, controller: AbortController, handOver: () => void): Promise<RunResult> {
  const { options, limits } = builder;
  const { project, run } = input;
  const clock = wallClock(limits.maxWallTimeMs, () =>
    controller.abort(new BuildwrightError({ code: 'BUDGET_EXCEEDED', message: `The run took longer than ${limits.maxWallTimeMs} ms (limits.maxWallTimeMs).`, details: { budget: 'maxWallTimeMs' } })),
  );
  clock.start(0);
  /** Set when this process stops executing the run without ending it: it waits for approval elsewhere (a worker), or another process continues it. */
  let stopped: 'detached' | 'handed-over' | undefined;
  const emit = (event: EventInput) => events.emit(event);
  let reportFinished: (() => Promise<void>) | undefined;
  const meterUsage = builder.hooks.meter(project.ownerId);
  const runtime: RunRuntime = {
    runId: run.id,
    projectId: project.id,
    ownerId: project.ownerId,
    kind: project.kind,
    mode: run.mode,
    prompt: run.prompt,
    llm: options.llm,
    storage: options.storage,
    chain: undefined,
    sandboxAdapter: options.sandbox,
    template: input.template,
    workspace: new Workspace(input.files),
    startingFiles: input.files,
    budgets: { ...run.budgets, maxToolTurns: limits.maxToolTurns, maxFileBytes: limits.maxFileBytes, maxProjectBytes: limits.maxProjectBytes, maxFiles: limits.maxFiles },
    artifactsDir: artifactsDirectory(options, run.id),
    signal: controller.signal,
    emit,
    usage: { tokens: input.resume?.tokens ?? 0, costUsd: input.resume?.costUsd ?? 0 },
    ...(input.resume ? { resumed: { versionAnnounced: input.resume.versionAnnounced, answered: input.resume.answered } } : {}),
    ...(meterUsage ? { meterUsage } : {}),
    sandbox: () => openSandbox(builder, runtime),
  };
  // Only a new project's run that has not started yet chooses its template; a resumed one keeps the files it has.
  if (run.mode === 'generate' && !input.resume) {
    runtime.templateChoice = templateChoice(builder, { kind: project.kind, prompt: run.prompt, forced: input.forcedTemplate, signal: controller.signal });
  }
  const patterns = options.patterns ?? {};
  if (Object.keys(patterns).length > 0) {
    runtime.patterns = (query) =>
      selectPatterns(builder.patternIndex, patterns, query, { kind: project.kind, signal: controller.signal, ...(options.patternLimits ? { limits: options.patternLimits } : {}) });
  }
  const live = livePreviews(runtime, options.checks ?? []);
  if (live) runtime.livePreviews = live;
  let externalTools: Promise<ExternalTools> | undefined;
  if (hasExternalTools(options)) {
    const providers = options.mcp;
    runtime.externalTools = () =>
      (externalTools ??= openExternalTools({
        providers,
        storage: options.storage,
        runId: run.id,
        projectId: project.id,
        signal: controller.signal,
        emit,
        awaitApproval: (approval) => waitForToolApproval({ storage: options.storage, ownerId: project.ownerId, runId: run.id, ...approval }),
      }));
  }
  let earlyCall: EarlyModelCall | undefined = input.planCall?.call;
  const toolUsage = async () => {
    const usage = externalTools && (await externalTools.catch(() => undefined))?.usage;
    return { calls: usage?.calls ?? 0, durationMs: usage?.durationMs ?? 0 };
  };

  try {
    // A worker without the project's chain fails the run (CHAIN_NOT_CONFIGURED), not the process.
    runtime.chain = chainOfProject(options, project);
    const pipeline = input.planCall?.pipeline ?? (run.mode === 'check' ? checkPipeline(builder, project.kind) : defaultPipeline(builder, project.kind));
    const specPaths = specPathsOf(pipeline);
    if (specPaths) runtime.specPaths = specPaths;
    const testPaths = pipeline.flatMap((node) => testsNodePaths(node) ?? []);
    if (testPaths.length) runtime.testPaths = testPaths;
    // Cancelled while its records were stored: the run ends here, stored as cancelled.
    controller.signal.throwIfAborted();
    // A new run that starts with the plan sends the plan's model call now, if it was not sent before its records: it does not wait for LangGraph, the first checkpoint and events (issue 14).
    if (!earlyCall && !input.resume && !runtime.externalTools && startsWithPlan(pipeline, project.kind)) earlyCall = startPlanCallEarly(runtime);
    if (earlyCall) runtime.llm = earlyCall.llm;
    // LangGraph loads on the first run, not when @buildwright/core is imported: a CLI or server starts faster.
    const [{ compileRunGraph }, { StorageCheckpointSaver }] = await loadRunGraph();
    const graph = compileRunGraph(runtime, pipeline, new StorageCheckpointSaver(options.storage));
    const config = { configurable: { thread_id: run.id }, signal: controller.signal, recursionLimit: 10_000, durability: 'sync' as const };
    if (!input.resume) {
      // The run's starting state is stored before its first event, so a run cut off at any event can be resumed.
      const initial: RunState = {
        acceptedPlan: null,
        requirementsSpec: null,
        workingFiles: input.files,
        fixAttempts: 0,
        pendingFailure: null,
        previousFailure: null,
        buildSummary: '',
        baseVersion: input.baseVersion,
        verifiedPreview: null,
        storedVersion: null,
        planApproval: input.approvePlan ? 'required' : null,
        wallTimeUsedMs: 0,
      };
      await graph.invoke(initial, { ...config, interruptBefore: '*' });
    }
    const readState = async () => (await graph.getState(config)).values as RunState;
    let state = await readState();
    // A resumed run starts from no template: the one its requirements chose (when registered) gives its prompts and protected paths again.
    const chosen = state.requirementsSpec?.template;
    if (input.resume && chosen !== undefined && options.templates && Object.hasOwn(options.templates, chosen)) runtime.template = options.templates[chosen];
    // A run resumed after waiting for approval goes on with the wall time it had used (waiting did not count).
    if (state.wallTimeUsedMs) clock.start(state.wallTimeUsedMs);
    await emit({ type: 'run.started', mode: input.resume ? 'resume' : run.mode, prompt: run.prompt, kind: project.kind });
    if (input.templateSelection && !input.resume) await emit({ type: 'template.selected', ...input.templateSelection });
    // A check run has no request and no answer: the thread holds the conversation with the model.
    if (!input.resume?.asked && run.mode !== 'check') await options.storage.appendMessage({ projectId: project.id, runId: run.id, role: 'user', content: run.prompt });
    if (options.llm.provider === 'scripted' && run.mode !== 'check') {
      await emit({ type: 'notice.posted', level: 'info', message: 'The model is a recorded transcript (scriptedLlm), not a live model. Use openaiLlm() or langchainLlm() for real generations.' });
    }
    const hasPlanNode = pipeline.some((node) => node.name === 'plan' && ofKind(node, project.kind));
    if (state.planApproval === 'required' && !hasPlanNode) {
      await emit({ type: 'notice.posted', level: 'warn', message: 'approvePlan: this run has no plan node (graph.nodes removed it), so there is no plan to approve; it builds without waiting.' });
    } else if (state.planApproval === 'required') {
      // The plan node runs and the graph stops after its checkpoint: the run waits there for approval.
      if (!state.acceptedPlan) {
        await graph.invoke(null, { ...config, interruptAfter: ['plan'] });
        state = await readState();
      }
      if (state.planApproval === 'required' && state.acceptedPlan && !state.storedVersion) {
        let plan = input.resume?.approvedPlan;
        if (!plan) {
          const outcome = await waitForApproval(builder, {
            graph,
            config,
            clock,
            events,
            controller,
            runId: run.id,
            ownerId: project.ownerId,
            plan: state.acceptedPlan,
            costUsd: runtime.usage.costUsd,
          });
          if (outcome.status === 'detached') {
            stopped = 'detached';
            throw new BuildwrightError({
              code: 'RUN_AWAITING_APPROVAL',
              message: `Run ${run.id} waits for its plan's approval: approve it with builder.approvePlan('${run.id}') (or reject it with builder.rejectPlan); the approval enqueues it again.`,
              details: { runId: run.id },
            });
          }
          if (outcome.status === 'elsewhere') {
            stopped = 'handed-over';
            handOver();
            const end = await followEvents(builder, { runId: run.id, ownerId: project.ownerId }, (event) => events.relay(event), events.lastSeq);
            return await resultOf(builder, { runId: run.id, projectId: project.id, ownerId: project.ownerId }, end, events.published);
          }
          await emit({ type: 'plan.approved', plan: outcome.plan, edited: outcome.edited });
          plan = outcome.plan;
        }
        await graph.updateState(config, { acceptedPlan: plan, planApproval: 'approved' }, 'plan');
      }
    }
    // Each node's checkpoint is stored before the next node starts, so a crash loses at most the node it cut.
    const final = (await graph.invoke(null, config)) as RunState;
    // A run cut off after finalize's checkpoint resumes to a graph with nothing left to run: its state holds the version.
    const version = final.storedVersion ?? (input.resume ? await versionOfOlderCheckpoint(options.storage, project, run.id) : undefined);
    if (!version) throw new BuildwrightError({ code: 'INTERNAL', message: 'The run graph ended without creating a version.' });
    await options.storage.updateRun({ runId: run.id, status: 'completed', costUsd: runtime.usage.costUsd });
    // Claimed before the terminal event: a run cut off in between is resumed, and its end's later seq takes the stale claim over.
    reportFinished = await builder.hooks.claimFinish(run, 'completed', events.lastSeq + 1);
    await emit({ type: 'run.completed', versionNumber: version.number, summary: final.buildSummary || 'Done.' });
    await reportFinished?.();
    const updatedProject = await options.storage.getProject({ ownerId: project.ownerId, projectId: project.id });
    return {
      runId: run.id,
      project: updatedProject ?? project,
      version,
      files: runtime.workspace.snapshot(),
      previewUrl: final.verifiedPreview?.url ?? null,
      screenshotPath: final.verifiedPreview?.screenshotPath ?? null,
      docsUrl: final.verifiedPreview?.docsUrl ?? null,
      costUsd: runtime.usage.costUsd,
      toolCalls: await toolUsage(),
    };
  } catch (thrown) {
    // Not ended here: it waits for approval (a worker), or the process that approved it ends it.
    if (stopped) throw thrown;
    const caught =
      controller.signal.aborted && BuildwrightError.isInstance(controller.signal.reason)
        ? controller.signal.reason
        : toBuildwrightError(thrown, { code: 'INTERNAL', message: 'The run failed unexpectedly.' });
    const error = caught.code === 'STORAGE_UNAVAILABLE' ? runStorageUnavailable(caught, run.id) : caught;
    const check = typeof error.details.check === 'string' ? error.details.check : null;
    // A run stopped by a storage outage is not over: it is reported when a resume ends it. A run
    // that failed after claiming its completion (storing run.completed failed) is reported with that claim.
    reportFinished ??= error.code === 'STORAGE_UNAVAILABLE' ? undefined : await builder.hooks.claimFinish(run, error.code === 'RUN_CANCELLED' ? 'cancelled' : 'failed', events.lastSeq + 1);
    await recordRunEnd(builder, events, project.ownerId, {
      error,
      costUsd: runtime.usage.costUsd,
      ...(error.code === 'RUN_CANCELLED'
        ? { status: 'cancelled', event: { type: 'run.cancelled', reason: error.message } }
        : { status: 'failed', event: { type: 'run.failed', code: error.code, message: error.message, check } }),
    });
    await reportFinished?.();
    throw error;
  } finally {
    earlyCall?.discard();
    clock.pause();
    await live?.stop();
    if (externalTools) await (await externalTools.catch(() => undefined))?.close();
    // With the project's sandbox when the run opened it.
    const { runId, projectId, kind } = runtime;
    void checksAfterRun(builder, { runId, projectId, kind }, async () => (attached.has(runtime) ? await builder.sandboxes.get(projectId)?.catch(() => undefined) : undefined));
  }
}

/** The version a run stored before a checkpoint of an older release (whose state has no `version`) cut it off. */
async function versionOfOlderCheckpoint(storage: StorageAdapter, project: ProjectRecord, runId: string): Promise<VersionRecord | undefined> {
  return (await storage.listVersions({ ownerId: project.ownerId, projectId: project.id })).find((stored) => stored.runId === runId);
}

/** The engine's graph modules, loaded once per process. */
let runGraphModules: Promise<[typeof import('../graph/run-graph.js'), typeof import('../graph/storage-checkpointer.js')]> | undefined;

function loadRunGraph() {
  runGraphModules ??= Promise.all([import('../graph/run-graph.js'), import('../graph/storage-checkpointer.js')]);
  return runGraphModules;
}

async function openSandbox(builder: BuilderContext, runtime: RunRuntime) {
  builder.spares?.adopt(runtime);
  const sandbox = await projectSandbox(builder, runtime.projectId);
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
    void prepareChecks(builder, runFacts(runtime, sandbox));
  }
  return sandbox;
}

const attached = new WeakSet<RunRuntime>();

type RunGraph = Awaited<ReturnType<typeof import('../graph/run-graph.js').compileRunGraph>>;

/**
 * Stops the run's wall clock and stores the time used in its checkpoint, then parks the run until
 * its plan is approved: in this process (`approved`, the clock starts again), in another
 * (`elsewhere`), or not here at all on a worker (`detached`: the status and event are stored and the
 * worker lets the run go; the approval enqueues it again).
 */
async function waitForApproval(
  builder: BuilderContext,
  input: {
    graph: RunGraph;
    config: { configurable: { thread_id: string } };
    clock: WallClock;
    events: RunEvents;
    controller: AbortController;
    runId: string;
    ownerId: string;
    plan: Plan;
    costUsd: number;
  },
): Promise<{ status: 'approved'; plan: Plan; edited: boolean } | { status: 'elsewhere' } | { status: 'detached' }> {
  const { storage } = builder.options;
  const usedMs = input.clock.pause();
  await input.graph.updateState(input.config, { wallTimeUsedMs: usedMs }, 'plan');
  const announce = async () => {
    await storage.updateRun({ runId: input.runId, status: 'awaiting_approval', costUsd: input.costUsd });
    await input.events.emit({ type: 'plan.awaiting_approval', plan: input.plan });
  };
  if (builder.detachParkedRuns) {
    await announce();
    return { status: 'detached' };
  }
  const outcome = await awaitPlanApproval(builder, { runId: input.runId, ownerId: input.ownerId, signal: input.controller.signal, announce });
  if (outcome.status === 'approved') input.clock.start(usedMs);
  return outcome;
}
