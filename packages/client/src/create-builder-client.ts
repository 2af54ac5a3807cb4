import { BuildwrightError, toBuildwrightError, type BuildwrightErrorCode } from './buildwright-error.js';
import { runFinish, withChatStatus, type ChatFinishInfo } from './chat-status.js';
import type {
  CancelResponse,
  CreateRunResponse,
  DeployResponse,
  DeploymentsResponse,
  DiffResponse,
  FilesResponse,
  PlanApprovalResponse,
  ProjectDetailResponse,
  RunEventsResponse,
  ProjectResponse,
  ProjectsResponse,
  RestoreResponse,
  RunResponse,
  SaveFilesRequest,
  SaveFilesResponse,
  TemplateMatch,
  TemplatesResponse,
  TemplateSummary,
  ToolApprovalResponse,
  VersionsResponse,
} from './http-wire-types.js';
import type { Plan } from './event-types.js';
import { parseRunMetadata, type RunMetadata } from './run-metadata.js';
import type { DeploymentRecord, ProjectKind, ProjectPage, ProjectRecord, RunRecord } from './records.js';
import { initialSnapshot, type BuilderSnapshot, type ChatMessage, type ClientAction, type ContractView } from './client-state.js';
import { createRunView, foldEvent, promptMessageId } from './fold-event.js';
import { chatMessage } from './chat-message.js';
import { historyMessages, replayActivity, replayedRunsLimit } from './replay-history.js';
import { followRunEvents, type ReconnectOptions } from './follow-run.js';
import type { RunEventSource } from './run-event-source.js';
import { sseRunEvents } from './sse-run-events.js';
import { requestJson, send, type HeadersInput, type HttpConfig } from './http-request.js';

/** Options of a run the client starts. */
export interface RunStartOptions {
  /** Stop after the plan until `approvePlan` (see docs/plan-approval.md). Default false. */
  approvePlan?: boolean;
  /** `generate` only: start from this template of the server's builder (`listTemplates`, `searchTemplates`). Default: the server picks by the prompt. */
  template?: string;
  /**
   * `generate` of a `dapp` only: the server builder's chain to deploy to, by name (`createBuilder({ chains })`).
   * Default: the server's default chain. A chain the server does not have is refused (`CHAIN_NOT_CONFIGURED`, 400).
   */
  chain?: string;
  /**
   * Passed to the host's `beforeRun` hook as `request.metadata` (a project setting, a plan name): a
   * JSON object of at most 8 KiB, checked before the request (`RUN_METADATA_INVALID`).
   */
  metadata?: RunMetadata;
}

export interface BuilderClientOptions {
  /** Where `createBuilderHandler` is mounted: absolute (`https://app.example/api/builder`) or relative to the page (`/api/builder`). */
  baseUrl: string;
  /** Headers of every request (e.g. `authorization`), or a function returning them. */
  headers?: HeadersInput;
  /** The fetch to use. Default `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch;
  /** Backoff of the event stream's reconnections. */
  reconnect?: ReconnectOptions;
  /**
   * Where runs' events are read, one call per connection: the handler's Server-Sent Events by
   * default; a WebSocket, say, behind a proxy that buffers SSE (see `RunEventSource`).
   */
  runEvents?: RunEventSource;
  /** Called when a run this client follows ends (completed, failed or cancelled), after the snapshot has its end. */
  onFinish?: (info: ChatFinishInfo) => void;
  /** Called with the error when a run fails, a run cannot start, or the event stream breaks. */
  onError?: (error: BuildwrightError) => void;
}

/**
 * A framework-agnostic client of the Buildwright HTTP protocol and a store of the current
 * project: `subscribe` + `getSnapshot` (for `useSyncExternalStore`, Svelte stores, Vue refs...)
 * and actions that call the handler and follow the run's events.
 */
export interface BuilderClient {
  /** Calls `listener` after every change of the snapshot. Returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** The current immutable snapshot; the same object until something changes. */
  getSnapshot(): BuilderSnapshot;
  /**
   * Starts a new project from a prompt and follows its run. `approvePlan`: the run stops after its
   * plan (`run.status` `awaiting_approval`) until {@link BuilderClient.approvePlan}.
   */
  generate(prompt: string, kind?: ProjectKind, options?: RunStartOptions): Promise<CreateRunResponse>;
  /** Starts a follow-up edit of the current project and follows its run. */
  edit(prompt: string, options?: RunStartOptions): Promise<CreateRunResponse>;
  /** `edit` when a project is loaded, else `generate`. */
  send(prompt: string, kind?: ProjectKind, options?: RunStartOptions): Promise<CreateRunResponse>;
  /**
   * Approves the plan of the current run waiting for it (`run.status` `awaiting_approval`): the run
   * builds `plan` (edited: only its steps run) or the model's plan. To reject it, `cancel`.
   */
  approvePlan(plan?: Plan): Promise<void>;
  /** Stops the current run (the stream then delivers `run.cancelled`). */
  cancel(): Promise<void>;
  /** `cancel`, by the AI SDK's name. */
  stop(): Promise<void>;
  /**
   * Sends the thread's last prompt again as a new run (an edit of the project when there is one, else
   * a generation of the same kind), with the options of the last run started unless others are given.
   * Earlier runs stay in the thread. `INVALID_INPUT` when there is no prompt to send again.
   */
  regenerate(options?: RunStartOptions): Promise<CreateRunResponse>;
  /**
   * Decides a tool call of the current run waiting for approval (`run.toolApprovals`, status
   * `pending`): `allow` runs it, `deny` refuses it; `remember` keeps the decision for the project.
   */
  approveTool(id: string, decision: 'allow' | 'deny', options?: { remember?: boolean }): Promise<void>;
  /** Loads a project: its history, files, versions, and its latest run (followed live when still running). */
  loadProject(projectId: string): Promise<void>;
  /** Loads the project of a run and follows that run. */
  followRun(runId: string): Promise<void>;
  /** Makes a new version with the files of `version` of the current project. */
  restore(version: number): Promise<void>;
  /** Reloads the version list of the current project. */
  loadVersions(): Promise<void>;
  /** All the owner's projects, oldest first, read page by page (not kept in the snapshot). */
  listProjects(): Promise<ProjectRecord[]>;
  /** One page of the owner's projects, newest first; `query` searches names and prompts. Follow `nextCursor` for the next page. */
  searchProjects(options?: { query?: string; cursor?: string; limit?: number }): Promise<ProjectPage>;
  /** Renames a project (the snapshot's project too, when it is the current one). */
  renameProject(projectId: string, name: string): Promise<ProjectRecord>;
  /** Deletes a project; the client forgets it when it is the current one. `PROJECT_BUSY` while a run of it is in progress. */
  deleteProject(projectId: string): Promise<void>;
  /**
   * Saves hand edits of the current project as a new version, then reloads its files and versions.
   * `baseVersion` defaults to the version of the files in the snapshot (the ones the user edited).
   * A `VERSION_CONFLICT` (a run or another save stored a version meanwhile) is thrown and recorded;
   * the caller keeps its edits, reloads (`loadProject`) and saves them again. With `check: true` the
   * server also checks the saved version, and the client follows that check run (`snapshot.run`).
   */
  saveFiles(edits: Omit<SaveFilesRequest, 'baseVersion'> & { baseVersion?: number | null }): Promise<SaveFilesResponse>;
  /** The files of a version of the current project (the current version by default), without changing the snapshot. */
  readFiles(version?: number): Promise<FilesResponse>;
  /** Per-file diffs between two versions of the current project (`to` defaults to the current version). */
  diff(from: number, to?: number): Promise<DiffResponse>;
  /** A ZIP of a version of the current project (the current version by default). */
  exportZip(version?: number): Promise<Uint8Array>;
  /**
   * Deploys a version (the current one by default) of the current project, or of `projectId`, to a
   * deploy target of the server's builder; resolves once it is ready (a failed deploy rejects with its code).
   */
  deploy(options?: { version?: number; target?: string; projectId?: string }): Promise<DeploymentRecord>;
  /** The deployments of the current project (or `projectId`), newest first. */
  listDeployments(projectId?: string): Promise<DeploymentRecord[]>;
  /** Stops a deployment of the current project (or `projectId`): its URL then answers 404. */
  undeploy(deploymentId: string, projectId?: string): Promise<void>;
  /** The server's templates, in registry order (`kind`: only those that fit it). */
  listTemplates(options?: { kind?: ProjectKind }): Promise<TemplateSummary[]>;
  /** The server's templates most similar to `query`, best first, with their score (`limit` 1–50, default 5). */
  searchTemplates(query: string, options?: { kind?: ProjectKind; limit?: number }): Promise<TemplateMatch[]>;
  /** Forgets the current project (the next `send` generates a new one). */
  reset(): void;
  /** Removes the errors from the snapshot. */
  clearErrors(): void;
  /** Stops following the current run. */
  close(): void;
}

/**
 * Creates a client of a `createBuilderHandler` endpoint. Does no I/O until an action is called.
 *
 * @example
 * import { createBuilderClient } from '@buildwright/client';
 *
 * const client = createBuilderClient({ baseUrl: '/api/builder', headers: () => ({ authorization: `Bearer ${token()}` }) });
 * client.subscribe(() => render(client.getSnapshot()));
 * await client.generate('a pomodoro timer', 'web');
 */
export function createBuilderClient(options: BuilderClientOptions): BuilderClient {
  if (typeof options?.baseUrl !== 'string')
    throw new BuildwrightError({ code: 'INVALID_INPUT', docsPage: 'client.md', message: 'createBuilderClient needs options.baseUrl (where createBuilderHandler is mounted).' });
  const config: HttpConfig = {
    baseUrl: options.baseUrl,
    headers: options.headers,
    fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)),
  };
  const runEvents = options.runEvents ?? sseRunEvents(config);
  let snapshot = initialSnapshot;
  const listeners = new Set<() => void>();
  /** Kind and options of the last run started, for `regenerate`. */
  let lastStart: { kind: ProjectKind; options: RunStartOptions | undefined } = { kind: 'web', options: undefined };
  /** Bumped whenever the client switches project or run: late answers of the old one are dropped. */
  let session = 0;
  let stream: AbortController | undefined;

  const update = (change: (current: BuilderSnapshot) => BuilderSnapshot) => {
    const previous = snapshot;
    const next = withChatStatus(change(snapshot));
    if (next === snapshot) return;
    snapshot = next;
    for (const listener of [...listeners]) listener();
    const finish = runFinish(previous, next);
    if (!finish) return;
    const failure = finish.isError ? finish.run.error : null;
    if (failure) options.onError?.(new BuildwrightError({ code: failure.code as BuildwrightErrorCode, message: failure.message, details: { runId: finish.run.id, check: failure.check } }));
    options.onFinish?.(finish);
  };
  const recordError = (error: unknown, source: string) => {
    const known = toBuildwrightError(error, { code: 'INTERNAL', message: 'The request failed.' });
    const recorded = { code: known.code, message: known.message, source };
    // A run that could not start puts the chat in `error`, as a failed run does.
    const failsChat = source === 'generate' || source === 'edit';
    update((current) => ({ ...current, errors: [...current.errors.slice(-19), recorded], ...(failsChat ? { error: recorded } : {}) }));
    if (failsChat || source === 'stream') options.onError?.(known);
    return known;
  };
  const setPending = (pending: ClientAction | null) => update((current) => (current.pending === pending ? current : { ...current, pending }));
  const projectPath = () => {
    const projectId = snapshot.project?.id ?? snapshot.run?.projectId;
    if (!projectId) throw new BuildwrightError({ code: 'INVALID_INPUT', message: 'No project is loaded: generate one or call loadProject(projectId) first.' });
    return `/projects/${encodeURIComponent(projectId)}`;
  };
  const stopStream = () => {
    stream?.abort();
    stream = undefined;
  };

  /** Reloads project, files and versions; drops the answers if the client moved on meanwhile. */
  const refresh = async (projectId: string, mine: number) => {
    const path = `/projects/${encodeURIComponent(projectId)}`;
    const detail = await requestJson<ProjectDetailResponse>(config, 'GET', path);
    const [files, versions] = await Promise.all([
      detail.project.currentVersion === null ? undefined : requestJson<FilesResponse>(config, 'GET', `${path}/files`),
      requestJson<VersionsResponse>(config, 'GET', `${path}/versions`),
    ]);
    if (mine !== session) return;
    update((current) => ({
      ...current,
      project: detail.project,
      contracts: mergeContracts(current.contracts, detail.contracts),
      files: files ? { version: files.version.number, contents: files.files, changes: current.files.changes, streaming: current.files.streaming } : current.files,
      versions: { list: versions.versions, loaded: true },
    }));
  };

  const follow = (runId: string, projectId: string, mine: number) => {
    stopStream();
    const controller = new AbortController();
    stream = controller;
    update((current) => ({ ...current, connection: 'connecting' }));
    void followRunEvents({
      source: runEvents,
      runId,
      signal: controller.signal,
      ...(options.reconnect ? { reconnect: options.reconnect } : {}),
      lastSeq: () => (snapshot.run?.id === runId ? snapshot.run.lastSeq : 0),
      onEvent: (event) => update((current) => foldEvent(current, event)),
      onConnection: (connection) => {
        if (mine === session) update((current) => (current.connection === connection ? current : { ...current, connection }));
      },
      onError: (error) => {
        if (mine === session) recordError(error, 'stream');
      },
      onEnd: (reason) => {
        if (mine !== session) return;
        if (reason === 'detached') {
          recordError(new BuildwrightError({ code: 'RUN_NOT_FOUND', message: `Run ${runId} is not running on the server any more (it was cut off); it can be resumed there.` }), 'stream');
        }
        refresh(projectId, mine).catch((error: unknown) => recordError(error, 'load'));
      },
    });
  };

  const startRun = async (action: 'generate' | 'edit', prompt: string, request: () => Promise<CreateRunResponse>, kind: ProjectKind | null) => {
    const status = snapshot.run?.status;
    if (status === 'running' || status === 'starting' || status === 'awaiting_approval' || snapshot.pending === 'generate' || snapshot.pending === 'edit') {
      throw recordError(new BuildwrightError({ code: 'INVALID_INPUT', message: 'A run is in progress: wait for it to end or stop it (cancel) first.' }), action);
    }
    stopStream();
    const mine = ++session;
    const optimistic = chatMessage({ id: `pending:${mine}`, runId: null, role: 'user', kind: 'prompt', content: prompt });
    update((current) => ({
      ...(action === 'generate' ? { ...initialSnapshot, errors: current.errors } : current),
      error: null,
      pending: action,
      connection: 'idle',
      messages: [...(action === 'generate' ? [] : current.messages), optimistic],
    }));
    try {
      const created = await request();
      if (mine === session) {
        update((current) => ({
          ...current,
          pending: null,
          run: createRunView({ id: created.runId, projectId: created.projectId, mode: action, prompt, kind: kind ?? current.project?.kind ?? null }),
          files: { ...current.files, changes: {} },
          messages: current.messages.map((message) => (message.id === optimistic.id ? { ...message, id: promptMessageId(created.runId), runId: created.runId } : message)),
        }));
        follow(created.runId, created.projectId, mine);
        if (action === 'generate') {
          requestJson<ProjectDetailResponse>(config, 'GET', `/projects/${encodeURIComponent(created.projectId)}`)
            .then((detail) => mine === session && update((current) => ({ ...current, project: current.project ?? detail.project })))
            .catch((error: unknown) => recordError(error, 'load'));
        }
      }
      return created;
    } catch (error) {
      if (mine === session) update((current) => ({ ...current, pending: null, messages: current.messages.filter((message) => message.id !== optimistic.id) }));
      throw recordError(error, action);
    }
  };

  const load = async (projectId: string, runId?: string) => {
    stopStream();
    const mine = ++session;
    update((current) => ({ ...initialSnapshot, errors: current.errors, pending: 'load' }));
    try {
      const path = `/projects/${encodeURIComponent(projectId)}`;
      const detail = await requestJson<ProjectDetailResponse>(config, 'GET', path);
      const run: RunRecord | undefined = runId ? detail.runs.find((candidate) => candidate.id === runId) : detail.runs.at(-1);
      if (runId && !run) throw new BuildwrightError({ code: 'RUN_NOT_FOUND', message: `Run ${runId} is not a run of project ${projectId}.` });
      const activities = await earlierActivities(detail, run);
      if (mine !== session) return;
      const history = historyMessages(
        detail.messages.filter((message) => !run || message.runId !== run.id),
        activities,
      );
      update((current) => ({
        ...current,
        pending: null,
        project: detail.project,
        messages: history,
        contracts: mergeContracts([], detail.contracts),
        run: run ? createRunView({ id: run.id, projectId: run.projectId, mode: run.mode, prompt: run.prompt, kind: detail.project.kind }) : null,
      }));
      if (run) follow(run.id, projectId, mine);
      await refresh(projectId, mine);
    } catch (error) {
      if (mine === session) setPending(null);
      throw recordError(error, 'load');
    }
  };

  /** The activity of the project's runs before `current` (the last `replayedRunsLimit`), replayed from their stored events; a run whose events cannot be read shows none. */
  const earlierActivities = async (detail: ProjectDetailResponse, current: RunRecord | undefined) => {
    const earlier = detail.runs.filter((candidate) => candidate.id !== current?.id).slice(-replayedRunsLimit);
    const replayed = await Promise.all(
      earlier.map(async (earlierRun) => {
        const stored = await requestJson<RunEventsResponse>(config, 'GET', `/runs/${encodeURIComponent(earlierRun.id)}/events`).catch(() => ({ events: [] }));
        return [earlierRun.id, replayActivity(earlierRun, detail.project.kind, stored.events)] as const;
      }),
    );
    return new Map(replayed.filter((entry): entry is readonly [string, ChatMessage] => entry[1] !== null));
  };

  const client: BuilderClient = {
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    generate: (prompt, kind = 'web', options) => {
      lastStart = { kind, options };
      return startRun(
        'generate',
        prompt,
        () =>
          requestJson<CreateRunResponse>(config, 'POST', '/runs', {
            prompt,
            kind,
            ...(options?.approvePlan ? { approvePlan: true } : {}),
            ...(options?.template ? { template: options.template } : {}),
            ...(options?.chain ? { chain: options.chain } : {}),
            ...metadataOf(options),
          }),
        kind,
      );
    },
    edit(prompt, options) {
      lastStart = { kind: snapshot.project?.kind ?? snapshot.run?.kind ?? lastStart.kind, options };
      let path: string;
      try {
        path = projectPath();
      } catch (error) {
        return Promise.reject(recordError(error, 'edit'));
      }
      return startRun(
        'edit',
        prompt,
        () => requestJson<CreateRunResponse>(config, 'POST', `${path}/runs`, { prompt, ...(options?.approvePlan ? { approvePlan: true } : {}), ...metadataOf(options) }),
        null,
      );
    },
    send: (prompt, kind, options) => (snapshot.project || snapshot.run ? client.edit(prompt, options) : client.generate(prompt, kind, options)),
    async approvePlan(plan) {
      const run = snapshot.run;
      if (run?.status !== 'awaiting_approval') {
        throw recordError(
          new BuildwrightError({ code: 'PLAN_NOT_AWAITING_APPROVAL', message: "The current run does not wait for its plan's approval: start it with approvePlan: true and wait for its plan." }),
          'approvePlan',
        );
      }
      setPending('approvePlan');
      try {
        await requestJson<PlanApprovalResponse>(config, 'POST', `/runs/${encodeURIComponent(run.id)}/plan-approval`, plan === undefined ? {} : { plan });
      } catch (error) {
        throw recordError(error, 'approvePlan');
      } finally {
        setPending(null);
      }
    },
    async cancel() {
      const run = snapshot.run;
      if (!run || (run.status !== 'running' && run.status !== 'starting' && run.status !== 'awaiting_approval')) return;
      setPending('cancel');
      try {
        await requestJson<CancelResponse>(config, 'POST', `/runs/${encodeURIComponent(run.id)}/cancel`, {});
      } catch (error) {
        throw recordError(error, 'cancel');
      } finally {
        setPending(null);
      }
    },
    stop: () => client.cancel(),
    regenerate(options) {
      const prompt = snapshot.messages.findLast((message) => message.role === 'user' && message.kind === 'prompt')?.content ?? snapshot.run?.prompt;
      if (prompt === undefined) {
        return Promise.reject(recordError(new BuildwrightError({ code: 'INVALID_INPUT', message: 'There is no prompt to send again: send one first.' }), 'generate'));
      }
      const given = options ?? lastStart.options;
      return snapshot.project || snapshot.run ? client.edit(prompt, given) : client.generate(prompt, lastStart.kind, given);
    },
    async approveTool(id, decision, options) {
      const run = snapshot.run;
      if (!run) throw recordError(new BuildwrightError({ code: 'INVALID_INPUT', message: 'No run is loaded: approve tool calls of the current run.' }), 'approveTool');
      setPending('approveTool');
      try {
        await requestJson<ToolApprovalResponse>(config, 'POST', `/runs/${encodeURIComponent(run.id)}/tool-approvals/${encodeURIComponent(id)}`, {
          decision,
          ...(options?.remember === undefined ? {} : { remember: options.remember }),
        });
      } catch (error) {
        throw recordError(error, 'approveTool');
      } finally {
        setPending(null);
      }
    },
    loadProject: (projectId) => load(projectId),
    async followRun(runId) {
      let run: RunRecord;
      try {
        run = (await requestJson<RunResponse>(config, 'GET', `/runs/${encodeURIComponent(runId)}`)).run;
      } catch (error) {
        throw recordError(error, 'load');
      }
      await load(run.projectId, run.id);
    },
    async restore(version) {
      const mine = session;
      setPending('restore');
      try {
        const path = projectPath();
        await requestJson<RestoreResponse>(config, 'POST', `${path}/restore`, { version });
        await refresh(snapshot.project?.id ?? snapshot.run!.projectId, mine);
      } catch (error) {
        throw recordError(error, 'restore');
      } finally {
        if (mine === session) setPending(null);
      }
    },
    async loadVersions() {
      const mine = session;
      try {
        const { versions } = await requestJson<VersionsResponse>(config, 'GET', `${projectPath()}/versions`);
        if (mine === session) update((current) => ({ ...current, versions: { list: versions, loaded: true } }));
      } catch (error) {
        throw recordError(error, 'load');
      }
    },
    async listProjects() {
      const all: ProjectRecord[] = [];
      let cursor: string | null = null;
      do {
        const page: ProjectsResponse = await requestJson<ProjectsResponse>(config, 'GET', `/projects?limit=100${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`);
        all.push(...page.projects);
        cursor = page.nextCursor;
      } while (cursor);
      return all.reverse();
    },
    async searchProjects(search = {}) {
      const query = new URLSearchParams();
      if (search.query) query.set('query', search.query);
      if (search.cursor) query.set('cursor', search.cursor);
      if (search.limit !== undefined) query.set('limit', String(search.limit));
      const { projects, nextCursor } = await requestJson<ProjectsResponse>(config, 'GET', `/projects${query.size ? `?${query}` : ''}`);
      return { projects, nextCursor };
    },
    async listTemplates(options = {}) {
      const { templates } = await requestJson<TemplatesResponse>(config, 'GET', `/templates${options.kind ? `?kind=${options.kind}` : ''}`);
      return templates;
    },
    async searchTemplates(query, options = {}) {
      const search = new URLSearchParams({ query });
      if (options.kind) search.set('kind', options.kind);
      if (options.limit !== undefined) search.set('limit', String(options.limit));
      const { templates } = await requestJson<TemplatesResponse<TemplateMatch>>(config, 'GET', `/templates?${search}`);
      return templates;
    },
    async renameProject(projectId, name) {
      const { project } = await requestJson<ProjectResponse>(config, 'PATCH', `/projects/${encodeURIComponent(projectId)}`, { name });
      update((current) => (current.project?.id === projectId ? { ...current, project } : current));
      return project;
    },
    async deleteProject(projectId) {
      await send(config, 'DELETE', `/projects/${encodeURIComponent(projectId)}`);
      if (snapshot.project?.id === projectId) client.reset();
    },
    async saveFiles(edits) {
      const mine = session;
      setPending('save');
      try {
        const path = projectPath();
        const baseVersion = edits.baseVersion === undefined ? snapshot.files.version : edits.baseVersion;
        const saved = await requestJson<SaveFilesResponse>(config, 'PUT', `${path}/files`, { ...edits, baseVersion });
        // A check run of the save is followed as any run (its checks and preview reach the snapshot).
        if (mine === session) await (saved.runId === undefined ? refresh(saved.version.projectId, mine) : load(saved.version.projectId, saved.runId));
        return saved;
      } catch (error) {
        throw recordError(error, 'save');
      } finally {
        if (mine === session) setPending(null);
      }
    },
    async readFiles(version) {
      return requestJson<FilesResponse>(config, 'GET', `${projectPath()}/files${version === undefined ? '' : `?version=${version}`}`);
    },
    async diff(from, to) {
      return requestJson<DiffResponse>(config, 'GET', `${projectPath()}/diff?from=${from}${to === undefined ? '' : `&to=${to}`}`);
    },
    async exportZip(version) {
      const response = await send(config, 'GET', `${projectPath()}/export.zip${version === undefined ? '' : `?version=${version}`}`);
      return new Uint8Array(await response.arrayBuffer());
    },
    async deploy(given = {}) {
      const path = given.projectId === undefined ? projectPath() : `/projects/${encodeURIComponent(given.projectId)}`;
      const body = { ...(given.version === undefined ? {} : { version: given.version }), ...(given.target === undefined ? {} : { target: given.target }) };
      return (await requestJson<DeployResponse>(config, 'POST', `${path}/deployments`, body)).deployment;
    },
    async listDeployments(projectId) {
      const path = projectId === undefined ? projectPath() : `/projects/${encodeURIComponent(projectId)}`;
      return (await requestJson<DeploymentsResponse>(config, 'GET', `${path}/deployments`)).deployments;
    },
    async undeploy(deploymentId, projectId) {
      const path = projectId === undefined ? projectPath() : `/projects/${encodeURIComponent(projectId)}`;
      await send(config, 'DELETE', `${path}/deployments/${encodeURIComponent(deploymentId)}`);
    },
    reset() {
      stopStream();
      session++;
      update((current) => ({ ...initialSnapshot, errors: current.errors }));
    },
    clearErrors: () => update((current) => (current.errors.length || current.error ? { ...current, errors: [], error: null } : current)),
    close() {
      stopStream();
      session++;
      update((current) => (current.connection === 'idle' || current.connection === 'closed' ? current : { ...current, connection: 'closed' }));
    },
  };
  return client;
}

/** The `metadata` field of a run request, checked here so a wrong value fails before any request. */
function metadataOf(options: RunStartOptions | undefined): { metadata?: RunMetadata } {
  return options?.metadata === undefined ? {} : { metadata: parseRunMetadata(options.metadata) };
}

function mergeContracts(current: readonly ContractView[], stored: ProjectDetailResponse['contracts']): readonly ContractView[] {
  const byAddress = new Map(current.map((contract) => [contract.address, contract]));
  for (const contract of stored) {
    if (contract.status === 'failed') continue;
    const { name, address, chainId, network, txHash, explorerUrl, abi } = contract;
    byAddress.set(address, { name, address, chainId, network, txHash, explorerUrl, abi });
  }
  return [...byAddress.values()];
}
