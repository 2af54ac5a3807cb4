import { edit, type EditOptions } from '../actions/edit.js';
import { generate, type GenerateOptions } from '../actions/generate.js';
import { cancelRun } from '../actions/cancel-run.js';
import { deploy, listDeployments, undeploy, type DeployOptions } from '../actions/deploy.js';
import { resume } from '../actions/resume.js';
import { approvePlan } from '../actions/approve-plan.js';
import { rejectPlan } from '../actions/reject-plan.js';
import { deleteProject } from '../actions/delete-project.js';
import { saveProjectFiles, type SaveProjectFilesOptions, type SaveProjectFilesResult } from '../actions/save-project-files.js';
import { checkVersion } from '../actions/check-version.js';
import { watchRun } from '../run/watch-run.js';
import { bindAgents, type AgentsApi } from '../actions/agents/agents-api.js';
import { BuildwrightError } from '@buildwright/client';
import type { BuildwrightEvent, Plan } from '../events/events.js';
import type { RunHandle } from '../run/run-handle.js';
import type { Sandbox } from '../spec/sandbox.js';
import type { DeploymentRecord, ProjectPage, ProjectRecord, VersionRecord } from '../spec/storage.js';
import { renameProject } from '../versions/rename-project.js';
import { searchProjects, type SearchProjectsOptions } from '../versions/search-projects.js';
import { searchTemplates, type SearchTemplatesOptions } from '../actions/search-templates.js';
import type { TemplateMatch } from '../templates/template-index.js';
import type { FileDiff } from '../versions/diff-files.js';
import { diffVersions } from '../versions/diff-versions.js';
import { exportZip, type ExportZipResult } from '../versions/export-zip.js';
import { forkProject, type ForkProjectResult } from '../versions/fork-project.js';
import { importFiles, type ImportFilesOptions, type ImportResult } from '../versions/import-files.js';
import { importZip, type ImportZipOptions } from '../versions/import-zip.js';
import { listVersions } from '../versions/list-versions.js';
import { requireVersionFiles } from '../versions/require-records.js';
import { restoreVersion } from '../versions/restore-version.js';
import { approveTool } from '../run/approve-tool.js';
import { validateToolProviders } from '../graph/external-tools/external-tools.js';
import { createBuilderContext, releaseSandboxesAndBackgroundWork, type BuilderContext, type BuilderOptions } from '../run/run-context.js';
import { builderChains } from '../run/builder-chains.js';

/** A builder: the actions of `@buildwright/core` bound to one set of adapters. */
export interface Builder {
  readonly options: BuilderOptions;
  generate(options: GenerateOptions): RunHandle;
  edit(projectId: string, options: EditOptions): RunHandle;
  resume(runId: string, options?: { ownerId?: string }): RunHandle;
  listProjects(options?: { ownerId?: string }): Promise<ProjectRecord[]>;
  getProject(projectId: string, options?: { ownerId?: string }): Promise<ProjectRecord>;
  /** One page of the owner's projects, newest first, searched by name and prompt with `query` (see `searchProjects`). */
  searchProjects(options?: Omit<SearchProjectsOptions, 'ownerId'> & { ownerId?: string }): Promise<ProjectPage>;
  /**
   * The builder's templates most similar to `query`, best first (`{ name, score, description }`,
   * score the cosine similarity), with `createBuilder({ embeddings })`. See `searchTemplates`.
   */
  searchTemplates(query: string, options?: SearchTemplatesOptions): Promise<TemplateMatch[]>;
  /** Renames a project (trimmed, 1–200 characters). */
  renameProject(projectId: string, options: { name: string; ownerId?: string }): Promise<ProjectRecord>;
  /** Deletes a project with its runs, events and versions; `PROJECT_BUSY` while a run of it is in progress. */
  deleteProject(projectId: string, options?: { ownerId?: string }): Promise<void>;
  /**
   * Stores hand edits as a new version: `files` (changed and added) and `deleted` applied to
   * `baseVersion`; `VERSION_CONFLICT` when the project moved on since (nothing stored). An open
   * sandbox of the project follows the save. See `saveFiles`.
   */
  saveFiles(projectId: string, options: Omit<SaveProjectFilesOptions, 'ownerId' | 'projectId'> & { ownerId?: string }): Promise<SaveProjectFilesResult>;
  /**
   * Starts a check-only run of a stored version (default: the current one): the builder's checks,
   * their events and preview, no model and no new version; a failed check is reported, not fixed. See `checkVersion`.
   */
  checkVersion(projectId: string, options?: { version?: number; ownerId?: string }): RunHandle;
  /** Stored events of a run after `afterSeq` (all when omitted): replay for reconnecting clients. */
  events(runId: string, options?: { ownerId?: string; afterSeq?: number }): Promise<BuildwrightEvent[]>;
  /**
   * Follows a run's events after `afterSeq`: stored ones, then live ones of a run executing in any
   * process sharing the storage and event bus, until the run ends. For reconnecting clients (SSE with Last-Event-ID).
   */
  watch(runId: string, options?: { ownerId?: string; afterSeq?: number; signal?: AbortSignal }): AsyncIterable<BuildwrightEvent>;
  /**
   * Cancels a running run, in this process or any other sharing the storage and event bus (see
   * `cancelRun`); false when the run is not this owner's or not running.
   */
  cancel(runId: string, options?: { ownerId?: string; reason?: string }): Promise<boolean>;
  /** Versions of a project, oldest first. */
  versions(projectId: string, options?: { ownerId?: string }): Promise<VersionRecord[]>;
  /** Files of a version (the current one when `version` is omitted). */
  files(projectId: string, options?: { ownerId?: string; version?: number }): Promise<{ version: VersionRecord; files: Record<string, string> }>;
  /** Per-file unified diffs from version `from` to version `to` (the current one when omitted). */
  diff(projectId: string, from: number, to?: number, options?: { ownerId?: string }): Promise<FileDiff[]>;
  /** Makes a new version equal to an old one; history is never rewritten. */
  restore(projectId: string, version: number, options?: { ownerId?: string; message?: string }): Promise<VersionRecord>;
  /** Starts a new project from a version. */
  fork(projectId: string, version?: number, options?: { ownerId?: string; name?: string }): Promise<ForkProjectResult>;
  /** A ZIP of a version's files, from storage (works after the sandbox expired). */
  exportZip(projectId: string, options?: { ownerId?: string; version?: number }): Promise<ExportZipResult>;
  /** Creates a project from files (paths and sizes checked). */
  importFiles(options: Omit<ImportFilesOptions, 'ownerId'> & { ownerId?: string }): Promise<ImportResult>;
  /** Creates a project from a ZIP (paths, sizes and entry count checked before inflating). */
  importZip(options: Omit<ImportZipOptions, 'ownerId'> & { ownerId?: string }): Promise<ImportResult>;
  /**
   * The project's sandbox when this builder has one open (a run of the project opened it), else
   * `undefined`; never opens one. For code that changes a project's files outside a run (a Git
   * pull) and keeps its live sandbox in step.
   */
  openedSandbox(projectId: string): Promise<Sandbox | undefined>;
  /**
   * Prepares the spare sandboxes (`createBuilder({ spareSandboxes })`) not ready yet, now, and
   * resolves once each is ready (or failed to prepare: a new project then opens its own sandbox).
   * Without it they are prepared a second after the builder is created and after each run, when no
   * run goes on. Resolves at once without `spareSandboxes`.
   */
  warmSpares(): Promise<void>;
  /**
   * Decides a tool call waiting for approval (`tool.approval_requested`) in a run of this owner,
   * executing in any process sharing the storage. Rejects with TOOL_APPROVAL_NOT_FOUND when it is not pending.
   */
  approveTool(runId: string, id: string, decision: 'allow' | 'deny', options?: { ownerId?: string; remember?: boolean }): Promise<void>;
  /**
   * Approves the plan of a run waiting for it (`generate({ approvePlan: true })`), from any process
   * sharing the storage, and continues the run with `plan` (edited: only its steps run) or the
   * model's plan. Resolves to the run's handle. PLAN_INVALID, PLAN_NOT_AWAITING_APPROVAL. See `approvePlan`.
   */
  approvePlan(runId: string, options?: { ownerId?: string; plan?: Plan }): Promise<RunHandle>;
  /** Rejects the plan of a run waiting for approval: it ends as cancelled. PLAN_NOT_AWAITING_APPROVAL when it does not wait. */
  rejectPlan(runId: string, options?: { ownerId?: string; reason?: string }): Promise<void>;
  /**
   * Publishes a version (the current one by default) through a deploy target of `createBuilder({ deploy })`:
   * web and DApp versions are built in the project's sandbox first. Resolves to the stored deployment,
   * `ready` with its own URL and the project's alias URL, or rejects with a coded error (stored as `failed`).
   */
  deploy(projectId: string, options?: DeployOptions): Promise<DeploymentRecord>;
  /** A project's deployments, newest first. */
  listDeployments(projectId: string, options?: { ownerId?: string }): Promise<DeploymentRecord[]>;
  /** Stops a deployment (its URL then answers 404); the alias moves back to the newest ready one. */
  undeploy(deploymentId: string, options?: { ownerId?: string }): Promise<DeploymentRecord>;
  /** Agents: create, version, execute and measure them (see docs/agents.md). */
  readonly agents: AgentsApi;
  /** Stops every sandbox the builder opened and closes storage, chain, event bus and deploy targets (deployed builds stay). */
  close(): Promise<void>;
}

/**
 * Creates a builder from adapters. Does no I/O.
 *
 * @example
 * import { createBuilder } from '@buildwright/core';
 * import { scriptedLlm } from '@buildwright/adapters/scripted';
 * import { memoryStorage, memorySandbox } from '@buildwright/adapters/memory';
 *
 * const builder = createBuilder({ llm: scriptedLlm({ transcript: 'app.json' }), sandbox: memorySandbox(), storage: memoryStorage() });
 * const run = builder.generate({ prompt: 'a counter app', kind: 'web' });
 * run.on('file.written', (event) => console.log('wrote', event.path));
 * const { version } = await run.result;
 */
export function createBuilder(options: BuilderOptions): Builder {
  for (const port of ['llm', 'sandbox', 'storage'] as const) {
    if (!options[port]) throw new BuildwrightError({ code: 'INVALID_INPUT', docsPage: 'create-builder.md', message: `createBuilder needs a ${port} adapter (options.${port}).` });
  }
  if (options.mcp) validateToolProviders(options.mcp);
  if (options.queue && options.spareSandboxes) {
    throw new BuildwrightError({
      code: 'INVALID_INPUT',
      docsPage: 'create-builder.md#spare-sandboxes',
      message: 'spareSandboxes with a queue: the workers execute the runs, so the spares belong there. Give spareSandboxes to createWorker instead.',
    });
  }
  const context: BuilderContext = createBuilderContext(options);
  // With its agents applied.
  options = context.options;
  const versionsContext = { storage: options.storage };
  const owner = (given?: { ownerId?: string }) => ({ ownerId: given?.ownerId ?? context.ownerId });
  return {
    options,
    generate: (generateOptions) => generate(context, generateOptions),
    edit: (projectId, editOptions) => edit(context, projectId, editOptions),
    resume: (runId, resumeOptions) => resume(context, runId, resumeOptions),
    listProjects: (given) => options.storage.listProjects(owner(given)),
    async getProject(projectId, given) {
      const project = await options.storage.getProject({ ...owner(given), projectId });
      if (!project) throw new BuildwrightError({ code: 'PROJECT_NOT_FOUND', message: `Project ${projectId} does not exist for this owner.` });
      return project;
    },
    searchProjects: (given) => searchProjects(versionsContext, { ...given, ...owner(given) }),
    searchTemplates: (query, given) => searchTemplates(context, query, given),
    renameProject: (projectId, given) => renameProject(versionsContext, { ...owner(given), projectId, name: given.name }),
    deleteProject: (projectId, given) => deleteProject(context, { ...owner(given), projectId }),
    saveFiles: (projectId, given) => saveProjectFiles(context, { ...given, ...owner(given), projectId }),
    checkVersion: (projectId, given) => checkVersion(context, { ...owner(given), projectId, ...(given?.version === undefined ? {} : { version: given.version }) }),
    async events(runId, given) {
      const run = await options.storage.getRun({ ...owner(given), runId });
      if (!run) throw new BuildwrightError({ code: 'RUN_NOT_FOUND', message: `Run ${runId} does not exist for this owner.` });
      return options.storage.readEvents({ ...owner(given), runId, ...(given?.afterSeq === undefined ? {} : { afterSeq: given.afterSeq }) });
    },
    watch: (runId, given) => watchRun(context, { runId, ...owner(given), ...(given?.afterSeq === undefined ? {} : { afterSeq: given.afterSeq }), ...(given?.signal ? { signal: given.signal } : {}) }),
    cancel: (runId, given) => cancelRun(context, { runId, ...owner(given), ...(given?.reason === undefined ? {} : { reason: given.reason }) }),
    versions: (projectId, given) => listVersions(versionsContext, { ...owner(given), projectId }),
    async files(projectId, given) {
      const { version, files } = await requireVersionFiles(options.storage, owner(given).ownerId, projectId, given?.version);
      return { version, files };
    },
    diff: (projectId, from, to, given) => diffVersions(versionsContext, { ...owner(given), projectId, from, ...(to === undefined ? {} : { to }) }),
    restore: (projectId, version, given) => restoreVersion(versionsContext, { ...owner(given), projectId, number: version, ...(given?.message === undefined ? {} : { message: given.message }) }),
    fork: (projectId, version, given) =>
      forkProject(versionsContext, { ...owner(given), projectId, ...(version === undefined ? {} : { number: version }), ...(given?.name === undefined ? {} : { name: given.name }) }),
    exportZip: (projectId, given) => exportZip(versionsContext, { ...owner(given), projectId, ...(given?.version === undefined ? {} : { number: given.version }) }),
    importFiles: (given) => importFiles(versionsContext, { ...given, ...owner(given) }),
    importZip: (given) => importZip(versionsContext, { ...given, ...owner(given) }),
    async openedSandbox(projectId) {
      const opening = context.sandboxes.get(projectId);
      return opening?.catch(() => undefined);
    },
    warmSpares: async () => context.spares?.warm(),
    approvePlan: (runId, given) => approvePlan(context, { ...owner(given), runId, ...(given?.plan === undefined ? {} : { plan: given.plan }) }),
    rejectPlan: (runId, given) => rejectPlan(context, { ...owner(given), runId, ...(given?.reason === undefined ? {} : { reason: given.reason }) }),
    approveTool: (runId, id, decision, given) => approveTool(context, { ...owner(given), runId, id, decision, ...(given?.remember === undefined ? {} : { remember: given.remember }) }),
    deploy: (projectId, deployOptions) => deploy(context, projectId, deployOptions),
    listDeployments: (projectId, given) => listDeployments(context, projectId, given),
    undeploy: (deploymentId, given) => undeploy(context, deploymentId, given),
    agents: bindAgents(
      {
        storage: options.storage,
        llm: options.llm,
        sandbox: options.sandbox,
        ...(options.agentModels ? { agentModels: options.agentModels } : {}),
        ...(options.agentFetch ? { fetch: options.agentFetch } : {}),
        ...(options.mcp ? { toolProviders: options.mcp } : {}),
        ...(options.agentToolApprovalTimeoutMs === undefined ? {} : { toolApprovalTimeoutMs: options.agentToolApprovalTimeoutMs }),
        ...(options.agentLeaseGraceMs === undefined ? {} : { agentLeaseGraceMs: options.agentLeaseGraceMs }),
        hooks: context.hooks,
      },
      context.ownerId,
    ),
    async close() {
      const pendingEnds = [...context.pendingRunEnds.values()];
      for (const pending of pendingEnds) pending.stop();
      await releaseSandboxesAndBackgroundWork(context);
      // The default in-process bus holds nothing to release, and may be shared with a worker of the same queue.
      await Promise.allSettled([
        options.storage.close(),
        ...Object.values(builderChains(options)).map((chain) => chain.close()),
        options.eventBus?.close(),
        ...(options.checks ?? []).map((check) => check.close?.()),
        ...Object.values(options.deploy ?? {}).map((target) => target.close()),
      ]);
      await Promise.allSettled(pendingEnds.map((pending) => pending.done));
    },
  };
}
