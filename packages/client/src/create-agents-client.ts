import type {
  AgentChangeWire,
  AgentDefinitionDraft,
  AgentDefinitionWire,
  AgentEvalReportWire,
  AgentEventWire,
  AgentExecutionRecordWire,
  AgentGenerateResultWire,
  AgentGenerationEventWire,
  AgentRecordWire,
  AgentStatsWire,
  AgentVersionRecordWire,
} from './agent-records.js';
import type { BuildwrightErrorCode } from './buildwright-error.js';
import { BuildwrightError } from './buildwright-error.js';
import { requestJson, send, type HeadersInput, type HttpConfig } from './http-request.js';
import { readEventStream } from './read-event-stream.js';

/** A revision of an agent: a published version (1, 2, 3...) or its draft. */
export type AgentRevisionWire = number | 'draft';

export interface AgentsClientOptions {
  /** Where `createBuilderHandler` is mounted: absolute (`https://app.example/api/builder`) or relative to the page (`/api/builder`). */
  baseUrl: string;
  /** Headers of every request (e.g. `authorization`), or a function returning them. */
  headers?: HeadersInput;
  /** The fetch to use. Default `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch;
}

export interface AgentExecuteOptions {
  /** The published version to run. Default: the head (the last published). */
  version?: number;
  /** Aborting it stops the request; the server then ends the execution as failed with `RUN_CANCELLED`. */
  signal?: AbortSignal;
  /** Given, the execution is streamed (SSE): called with each event as it arrives, `seq` 1, 2, 3... */
  onEvent?(event: AgentEventWire): void;
}

/** `POST /agents/generate` and `POST /agents/:id/edit`. */
export interface AgentGenerateOptions {
  /** What the agent should do (for `edit`: what to change). */
  prompt: string;
  /** The model name the agent runs on (a key of the server's `agentModels`). Default: the only one there (`edit`: the agent's). */
  model?: string;
  /** The model name that judges `rubric` expectations. Default `model`. */
  judgeModel?: string;
  /** Fix turns after the first evals, 0 to 10. Default 3. */
  maxFixTurns?: number;
  /** Aborting it stops the request and the generation (the draft written so far stays stored). */
  signal?: AbortSignal;
  /** Given, the generation is streamed (SSE): called with each event as it arrives. */
  onEvent?(event: AgentGenerationEventWire): void;
}

/** `GET /agents/:id/diff`. */
export interface AgentDiffWire {
  from: AgentRevisionWire;
  to: AgentRevisionWire;
  changes: AgentChangeWire[];
}

/** `GET /agents/:id/export?format=json`. */
export interface AgentExportWire {
  agentId: string;
  revision: AgentRevisionWire;
  definition: AgentDefinitionWire;
}

/** Days are `YYYY-MM-DD` (UTC, inclusive). */
export interface AgentStatsOptions {
  version?: number;
  from?: string;
  to?: string;
}

/** The agent routes of a Buildwright handler (docs/agents.md), every call scoped to the caller's owner by the server. */
export interface AgentsClient {
  list(): Promise<AgentRecordWire[]>;
  get(agentId: string): Promise<AgentRecordWire>;
  /** Stores a new agent with `definition` as its draft. */
  create(definition: AgentDefinitionDraft): Promise<AgentRecordWire>;
  /** Replaces the draft. */
  update(agentId: string, definition: AgentDefinitionDraft): Promise<AgentRecordWire>;
  /** Deletes the agent with its versions and executions. */
  remove(agentId: string): Promise<void>;
  /** Copies the draft into the next immutable version, which becomes the head. */
  publish(agentId: string): Promise<AgentVersionRecordWire>;
  versions(agentId: string): Promise<AgentVersionRecordWire[]>;
  /** Copies `version` back into the draft (publish again to make it the head). */
  restore(agentId: string, version: number): Promise<AgentRecordWire>;
  /** What changed from `from` to `to` (default the draft). */
  diff(agentId: string, from: AgentRevisionWire, to?: AgentRevisionWire): Promise<AgentDiffWire>;
  /** The head (or `version`) as its JSON definition; the draft before the first publish. */
  exportDefinition(agentId: string, options?: { version?: AgentRevisionWire }): Promise<AgentExportWire>;
  /** The head (or `version`) as a standalone TypeScript module that runs it on the SDK. */
  exportTypeScript(agentId: string, options?: { version?: AgentRevisionWire }): Promise<string>;
  /**
   * Executes the head (or `version`) with `input` and resolves to the stored execution record,
   * `succeeded` or `failed` (a failed execution resolves; it rejects only when nothing started:
   * unknown agent, unpublished, bad input). With `onEvent` the events are streamed as they happen.
   */
  execute(agentId: string, input: unknown, options?: AgentExecuteOptions): Promise<AgentExecutionRecordWire>;
  /**
   * Decides an MCP tool call of an execution waiting for approval (its `tool.approval_requested`
   * event's `executionId` and `id`): `allow` calls the tool, `deny` refuses it.
   */
  approveTool(agentId: string, executionId: string, approvalId: string, decision: 'allow' | 'deny'): Promise<void>;
  /**
   * Generates an agent from a prompt on the server: definition and eval cases written by the model,
   * evals run, fix turns, and only a passing draft published (version 1). Rejects with
   * `AGENT_EVALS_FAILED` (the draft is stored, nothing published) or `AGENT_DEFINITION_INVALID`.
   * With `onEvent` the events are streamed; the result is then read back, its eval results without outputs.
   */
  generate(options: AgentGenerateOptions): Promise<AgentGenerateResultWire>;
  /** Changes an agent the same way; a passing draft is published as the next version. */
  edit(agentId: string, options: AgentGenerateOptions): Promise<AgentGenerateResultWire>;
  /** One stored execution of the agent (`GET /agents/:id/executions/:executionId`); `AGENT_EXECUTION_NOT_FOUND` when it is not the agent's or the caller's. */
  execution(agentId: string, executionId: string): Promise<AgentExecutionRecordWire>;
  /** Newest first; `limit` 1 to 500 (server default 50). */
  executions(agentId: string, options?: { limit?: number }): Promise<AgentExecutionRecordWire[]>;
  /** Per day and version over the finished executions, with the top error codes. */
  stats(agentId: string, options?: AgentStatsOptions): Promise<AgentStatsWire>;
}

const terminal = new Set(['agent.completed', 'agent.failed']);

/**
 * A client of the agent routes of `createBuilderHandler`: CRUD, versions, diff, export, execute
 * (JSON, or streamed events with `onEvent`), executions and stats. Stateless; no dependencies.
 *
 * @example
 * const agents = createAgentsClient({ baseUrl: '/api/builder' });
 * const execution = await agents.execute(agentId, { email: 'ann@example.com', ticket: 'Site down' }, {
 *   onEvent: (event) => console.log(event.seq, event.type),
 * });
 * console.log(execution.status, execution.output, execution.costUsd);
 */
export function createAgentsClient(options: AgentsClientOptions): AgentsClient {
  const config: HttpConfig = { baseUrl: options.baseUrl, headers: options.headers, fetch: options.fetch ?? ((input, init) => globalThis.fetch(input, init)) };
  const agentPath = (agentId: string, rest = '') => `/agents/${encodeURIComponent(agentId)}${rest}`;
  const query = (entries: Record<string, string | number | undefined>) => {
    const search = new URLSearchParams();
    for (const [name, value] of Object.entries(entries)) if (value !== undefined) search.set(name, String(value));
    return search.size ? `?${search}` : '';
  };
  const executions = async (agentId: string, limit?: number) =>
    (await requestJson<{ executions: AgentExecutionRecordWire[] }>(config, 'GET', agentPath(agentId, `/executions${query({ limit })}`))).executions;

  /**
   * The streamed execution's record. It is read back from storage rather than assembled from the
   * events: `agent.failed` carries no tokens, cost or tool calls, and no event carries `ownerId`,
   * `startedAt` or `finishedAt`. The stream ends after the record is stored, so it is final here.
   */
  const storedExecution = async (agentId: string, executionId: string) =>
    (await requestJson<{ execution: AgentExecutionRecordWire }>(config, 'GET', agentPath(agentId, `/executions/${encodeURIComponent(executionId)}`))).execution;

  /** Posts `body` asking for an event stream, calls `onEvent` with each event, and resolves to the last one. */
  async function streamed<Event extends { type: string; seq: number }>(path: string, body: object, onEvent: (event: Event) => void, signal: AbortSignal | undefined): Promise<Event | undefined> {
    const response = await send(config, 'POST', path, body, signal, 'text/event-stream');
    if (!response.body) throw new BuildwrightError({ code: 'SERVER_UNAVAILABLE', message: 'The server answered without an event stream body.', retryable: true });
    let last: Event | undefined;
    for await (const message of readEventStream(response.body, signal)) {
      if (message.event === 'end') break;
      if (message.event === 'error') {
        const failure = parse<{ code?: string; message?: string }>(message.data);
        // A generation says why it failed in its last event; that error is the one to throw.
        if (last?.type === 'generation.failed') break;
        throw new BuildwrightError({ code: 'SERVER_UNAVAILABLE', message: failure?.message ?? 'The event stream failed on the server.', retryable: true });
      }
      const event = message.event === 'message' ? parse<Event>(message.data) : undefined;
      if (!event || typeof event.seq !== 'number' || typeof event.type !== 'string') continue;
      last = event;
      onEvent(event);
    }
    signal?.throwIfAborted();
    return last;
  }

  async function executeStreamed(agentId: string, body: object, onEvent: (event: AgentEventWire) => void, signal: AbortSignal | undefined): Promise<AgentExecutionRecordWire> {
    const last = await streamed(agentPath(agentId, '/execute'), body, onEvent, signal);
    if (!last || !terminal.has(last.type)) {
      throw new BuildwrightError({
        code: 'SERVER_UNAVAILABLE',
        message: `The execution stream closed before the execution ended${last ? ` (last event: ${last.type}, seq ${last.seq})` : ''}. Its record is in executions(agentId) once it finishes.`,
        retryable: true,
        details: { agentId, ...(last ? { executionId: last.executionId } : {}) },
      });
    }
    return storedExecution(agentId, last.executionId);
  }

  async function generation(path: string, options: AgentGenerateOptions): Promise<AgentGenerateResultWire> {
    const { signal, onEvent, ...fields } = options;
    const body = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
    if (!onEvent) return requestJson<AgentGenerateResultWire>(config, 'POST', path, body, signal);
    let report: (AgentEvalReportWire & { round: number }) | undefined;
    const last = await streamed<AgentGenerationEventWire>(
      path,
      body,
      (event) => {
        if (event.type === 'evals.completed') report = { round: event.round, total: event.total, passed: event.passed, failed: event.failed, results: event.results };
        onEvent(event);
      },
      signal,
    );
    if (last?.type === 'generation.failed') {
      throw new BuildwrightError({ code: last.error.code as BuildwrightErrorCode, message: last.error.message, details: { agentId: last.agentId } });
    }
    if (last?.type !== 'agent.published' || !report) {
      throw new BuildwrightError({
        code: 'SERVER_UNAVAILABLE',
        message: 'The generation stream closed before the agent was published or the generation failed. Look the agent up with list() and publish its draft once its evals pass.',
        retryable: true,
      });
    }
    const [agent, versions] = await Promise.all([client.get(last.agentId), client.versions(last.agentId)]);
    const version = versions.find((candidate) => candidate.version === last.version)!;
    const { round, ...evals } = report;
    return { agent, version, evals, fixTurns: round };
  }

  const client: AgentsClient = {
    list: async () => (await requestJson<{ agents: AgentRecordWire[] }>(config, 'GET', '/agents')).agents,
    get: async (agentId) => (await requestJson<{ agent: AgentRecordWire }>(config, 'GET', agentPath(agentId))).agent,
    create: async (definition) => (await requestJson<{ agent: AgentRecordWire }>(config, 'POST', '/agents', definition)).agent,
    update: async (agentId, definition) => (await requestJson<{ agent: AgentRecordWire }>(config, 'PUT', agentPath(agentId), definition)).agent,
    async remove(agentId) {
      await send(config, 'DELETE', agentPath(agentId));
    },
    publish: async (agentId) => (await requestJson<{ version: AgentVersionRecordWire }>(config, 'POST', agentPath(agentId, '/publish'))).version,
    versions: async (agentId) => (await requestJson<{ versions: AgentVersionRecordWire[] }>(config, 'GET', agentPath(agentId, '/versions'))).versions,
    restore: async (agentId, version) => (await requestJson<{ agent: AgentRecordWire }>(config, 'POST', agentPath(agentId, '/restore'), { version })).agent,
    diff: (agentId, from, to) => requestJson<AgentDiffWire>(config, 'GET', agentPath(agentId, `/diff${query({ from, to })}`)),
    exportDefinition: (agentId, exportOptions = {}) => requestJson<AgentExportWire>(config, 'GET', agentPath(agentId, `/export${query({ version: exportOptions.version, format: 'json' })}`)),
    async exportTypeScript(agentId, exportOptions = {}) {
      return (await send(config, 'GET', agentPath(agentId, `/export${query({ version: exportOptions.version, format: 'typescript' })}`))).text();
    },
    async execute(agentId, input, executeOptions = {}) {
      const body = { input: input ?? null, ...(executeOptions.version === undefined ? {} : { version: executeOptions.version }) };
      if (executeOptions.onEvent) return executeStreamed(agentId, body, executeOptions.onEvent, executeOptions.signal);
      return (await requestJson<{ execution: AgentExecutionRecordWire }>(config, 'POST', agentPath(agentId, '/execute'), body, executeOptions.signal)).execution;
    },
    async approveTool(agentId, executionId, approvalId, decision) {
      await requestJson(config, 'POST', agentPath(agentId, `/executions/${encodeURIComponent(executionId)}/tool-approvals/${encodeURIComponent(approvalId)}`), { decision });
    },
    generate: (generateOptions) => generation('/agents/generate', generateOptions),
    edit: (agentId, editOptions) => generation(agentPath(agentId, '/edit'), editOptions),
    execution: storedExecution,
    executions: (agentId, listOptions = {}) => executions(agentId, listOptions.limit),
    stats: async (agentId, statsOptions = {}) =>
      (await requestJson<{ stats: AgentStatsWire }>(config, 'GET', agentPath(agentId, `/stats${query({ version: statsOptions.version, from: statsOptions.from, to: statsOptions.to })}`))).stats,
  };
  return client;
}

function parse<T>(text: string): T | undefined {
  try {
    return JSON.parse(text) as T;
  } catch {
    return undefined;
  }
}
