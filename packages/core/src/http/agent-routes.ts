import { z } from 'zod';
import { parseAgentDefinition } from '../actions/agents/agents-api.js';
import type { Builder } from '../builder/create-builder.js';
import type { GenerateAgentOptions } from '../actions/agents/generate-agent.js';
import { parse, readJsonBody } from './body.js';
import { httpError, json } from './errors.js';
import type { Route, RouteContext } from './router.js';
import { wantsEventStream } from './wants-event-stream.js';
import { encodeEventFrame, eventStream, type EventStreamSink } from './sse.js';
import { maxStoredInteger } from './stored-integer.js';

const definitionBody = z.record(z.string(), z.unknown());
const restoreBody = z.object({ version: z.number().int().positive().max(maxStoredInteger) }).strict();
const executeBody = z.object({ input: z.unknown(), version: z.number().int().positive().max(maxStoredInteger).optional() }).strict();
const toolApprovalBody = z.object({ decision: z.enum(['allow', 'deny']) }).strict();
const generateBody = z
  .object({
    prompt: z.string().trim().min(1).max(20_000),
    model: z.string().min(1).max(200).optional(),
    judgeModel: z.string().min(1).max(200).optional(),
    maxFixTurns: z.number().int().min(0).max(10).optional(),
  })
  .strict();
const versionQuery = z
  .string()
  .regex(/^[1-9]\d{0,8}$/, 'expected a version number (1, 2, 3...)')
  .transform(Number);
const revisionQuery = z.union([z.literal('draft'), versionQuery], { message: 'expected a version number (1, 2, 3...) or "draft"' });
const exportFormatQuery = z.enum(['json', 'typescript']);
const dayQuery = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a day, YYYY-MM-DD');
const limitQuery = z
  .string()
  .regex(/^\d{1,3}$/, 'expected a whole number of executions (1 to 500)')
  .transform(Number);

/**
 * The agent routes of the Buildwright HTTP protocol (CRUD, generate and edit from a prompt, publish,
 * restore, diff, export, execute, tool approvals, executions, stats), every one scoped to the caller's owner id through `builder.agents`. See docs/agents.md.
 *
 * @example
 * const routes = [...createRoutes(builder, options), ...agentRoutes(builder, { maxBodyBytes, heartbeatMs })];
 */
export function agentRoutes(builder: Builder, options: { maxBodyBytes: number; heartbeatMs: number }): Route[] {
  const { agents } = builder;
  const body = <T>(context: RouteContext, schema: z.ZodType<T>) => readJsonBody(context.request, schema, options.maxBodyBytes);
  const optionalQuery = <T>(context: RouteContext, name: string, schema: z.ZodType<T>): T | undefined => {
    const value = context.query.get(name);
    return value === null || value === '' ? undefined : parse(schema, value, `query "${name}"`);
  };
  return [
    {
      method: 'POST',
      pattern: '/agents',
      async handle(context) {
        return json({ agent: await agents.create(parseAgentDefinition(await body(context, definitionBody)), { ownerId: context.ownerId }) }, 201);
      },
    },
    {
      method: 'POST',
      pattern: '/agents/generate',
      async handle(context) {
        const input = withoutUndefined(await body(context, generateBody));
        const generate = (options: Pick<GenerateAgentOptions, 'signal' | 'onEvent'>) => agents.generate({ ...input, ...options, ownerId: context.ownerId });
        if (!wantsEventStream(context, { byDefault: false })) return json(await generate({ signal: context.request.signal }), 201);
        return streamEvents(context, options.heartbeatMs, (onEvent, signal) => generate({ onEvent, signal }));
      },
    },
    {
      method: 'GET',
      pattern: '/agents',
      async handle({ ownerId }) {
        return json({ agents: await agents.list({ ownerId }) });
      },
    },
    {
      method: 'GET',
      pattern: '/agents/:id',
      async handle({ ownerId, params }) {
        return json({ agent: await agents.get(params.id!, { ownerId }) });
      },
    },
    {
      method: 'PUT',
      pattern: '/agents/:id',
      async handle(context) {
        return json({ agent: await agents.update(context.params.id!, parseAgentDefinition(await body(context, definitionBody)), { ownerId: context.ownerId }) });
      },
    },
    {
      method: 'DELETE',
      pattern: '/agents/:id',
      async handle({ ownerId, params }) {
        await agents.delete(params.id!, { ownerId });
        return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
      },
    },
    {
      method: 'POST',
      pattern: '/agents/:id/publish',
      async handle({ ownerId, params }) {
        return json({ version: await agents.publish(params.id!, { ownerId }) }, 201);
      },
    },
    {
      method: 'GET',
      pattern: '/agents/:id/versions',
      async handle({ ownerId, params }) {
        return json({ versions: await agents.versions(params.id!, { ownerId }) });
      },
    },
    {
      method: 'POST',
      pattern: '/agents/:id/restore',
      async handle(context) {
        const input = await body(context, restoreBody);
        return json({ agent: await agents.restore(context.params.id!, input.version, { ownerId: context.ownerId }) });
      },
    },
    {
      method: 'POST',
      pattern: '/agents/:id/edit',
      async handle(context) {
        const input = withoutUndefined(await body(context, generateBody));
        const agentId = context.params.id!;
        await agents.get(agentId, { ownerId: context.ownerId });
        const edit = (options: Pick<GenerateAgentOptions, 'signal' | 'onEvent'>) => agents.edit(agentId, { ...input, ...options, ownerId: context.ownerId });
        if (!wantsEventStream(context, { byDefault: false })) return json(await edit({ signal: context.request.signal }));
        return streamEvents(context, options.heartbeatMs, (onEvent, signal) => edit({ onEvent, signal }));
      },
    },
    {
      method: 'GET',
      pattern: '/agents/:id/diff',
      async handle(context) {
        const from = optionalQuery(context, 'from', revisionQuery);
        if (from === undefined) throw httpError('INVALID_INPUT', 'Give query "from": the version to compare from (1, 2, 3...) or "draft"; "to" defaults to the draft.');
        const to = optionalQuery(context, 'to', revisionQuery) ?? 'draft';
        return json({ from, to, changes: await agents.diff(context.params.id!, from, to, { ownerId: context.ownerId }) });
      },
    },
    {
      method: 'GET',
      pattern: '/agents/:id/export',
      async handle(context) {
        const revision = optionalQuery(context, 'version', revisionQuery);
        const format = optionalQuery(context, 'format', exportFormatQuery) ?? 'json';
        const exported = await agents.export(context.params.id!, { ownerId: context.ownerId, ...(revision === undefined ? {} : { revision }) });
        if (format === 'json') return json({ agentId: exported.agentId, revision: exported.revision, definition: exported.definition });
        return new Response(exported.typescript, { status: 200, headers: { 'content-type': 'text/typescript; charset=utf-8', 'cache-control': 'no-store' } });
      },
    },
    {
      method: 'POST',
      pattern: '/agents/:id/execute',
      async handle(context) {
        const input = await body(context, executeBody);
        const agentId = context.params.id!;
        await agents.get(agentId, { ownerId: context.ownerId });
        const call = { ownerId: context.ownerId, ...(input.version === undefined ? {} : { version: input.version }) };
        if (!wantsEventStream(context, { byDefault: false })) {
          return json({ execution: await agents.execute(agentId, input.input ?? null, { ...call, signal: context.request.signal }) });
        }
        return streamEvents(context, options.heartbeatMs, (onEvent, signal) => agents.execute(agentId, input.input ?? null, { ...call, signal, onEvent }));
      },
    },
    {
      method: 'POST',
      pattern: '/agents/:id/executions/:executionId/tool-approvals/:approvalId',
      async handle(context) {
        const input = await body(context, toolApprovalBody);
        const { id, executionId, approvalId } = context.params;
        await agents.approveTool(id!, executionId!, approvalId!, input.decision, { ownerId: context.ownerId });
        return json({ decided: true, decision: input.decision });
      },
    },
    {
      method: 'GET',
      pattern: '/agents/:id/executions',
      async handle(context) {
        const limit = optionalQuery(context, 'limit', limitQuery);
        return json({ executions: await agents.executions(context.params.id!, { ownerId: context.ownerId, ...(limit === undefined ? {} : { limit }) }) });
      },
    },
    {
      method: 'GET',
      pattern: '/agents/:id/executions/:executionId',
      async handle({ ownerId, params }) {
        return json({ execution: await agents.execution(params.id!, params.executionId!, { ownerId }) });
      },
    },
    {
      method: 'GET',
      pattern: '/agents/:id/stats',
      async handle(context) {
        const version = optionalQuery(context, 'version', versionQuery);
        const from = optionalQuery(context, 'from', dayQuery);
        const to = optionalQuery(context, 'to', dayQuery);
        const stats = await agents.stats(context.params.id!, {
          ownerId: context.ownerId,
          ...(version === undefined ? {} : { version }),
          ...(from === undefined ? {} : { from }),
          ...(to === undefined ? {} : { to }),
        });
        return json({ stats });
      },
    },
  ];
}

/** The body's fields that were given (the options types do not take `undefined`). */
function withoutUndefined<T extends Record<string, unknown>>(input: T): { [K in keyof T]: Exclude<T[K], undefined> } {
  return Object.fromEntries(Object.entries(input).filter(([, value]) => value !== undefined)) as { [K in keyof T]: Exclude<T[K], undefined> };
}

/**
 * Answers an execution (or a generation) as an event stream once it started (its first event), so
 * that errors before it starts (an unpublished agent, bad input) are plain HTTP errors. The client
 * leaving cancels it; the stream ends with `event: end` after its last event (`agent.completed` or
 * `agent.failed`; `agent.published` or `generation.failed`).
 */
async function streamEvents<Event extends { type: string; seq: number }>(
  context: RouteContext,
  heartbeatMs: number,
  execute: (onEvent: (event: Event) => void, signal: AbortSignal) => Promise<unknown>,
): Promise<Response> {
  const cancel = new AbortController();
  const buffered: Uint8Array[] = [];
  let sink: EventStreamSink | undefined;
  let ended = false;
  let failure: { error: unknown } | undefined;
  let firstEvent!: () => void;
  const started = new Promise<void>((resolve) => (firstEvent = resolve));
  const done = execute((event) => {
    firstEvent();
    const frame = encodeEventFrame(event);
    if (sink) sink.send(frame);
    else buffered.push(frame);
  }, cancel.signal).then(
    () => {
      ended = true;
      sink?.end('ended');
    },
    (error: unknown) => {
      ended = true;
      failure = { error };
      sink?.fail(error);
      throw error;
    },
  );
  // Rejects when the execution fails before its first event: the route answers with the error.
  await Promise.race([started, done]);
  return eventStream({
    follow(live) {
      for (const frame of buffered.splice(0)) live.send(frame);
      if (failure) live.fail(failure.error);
      else if (ended) live.end('ended');
      else sink = live;
      return () => {
        sink = undefined;
        if (!ended) cancel.abort();
      };
    },
    heartbeatMs,
    onError: context.onError,
  });
}
