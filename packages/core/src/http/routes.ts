import { z } from 'zod';
import type { RunMetadata } from '@buildwright/client';
import { existingContractSchema } from '../actions/generate.js';
import type { Builder } from '../builder/create-builder.js';
import type { RunHandle } from '../run/run-handle.js';
import type { Plan } from '../events/events.js';
import { parse, readJsonBody } from './body.js';
import { httpError, json } from './errors.js';
import { ownerCaps } from './owner-caps.js';
import type { Route, RouteContext } from './router.js';
import { wantsEventStream } from './wants-event-stream.js';
import { startInSlot } from './start-in-slot.js';
import { runFanOuts } from './run-fan-out.js';
import { eventStream } from './sse.js';
import { agentRoutes } from './agent-routes.js';
import { maxStoredInteger } from './stored-integer.js';
import { templateRoute } from './template-route.js';

/** What the Git routes call: `gitSync()` from `@buildwright/adapters/git` is one. */
export interface BuilderHandlerGit {
  push(projectId: string, options: { ownerId: string; remote?: string; branch?: string }): Promise<unknown>;
  pull(projectId: string, options: { ownerId: string; remote?: string; branch?: string }): Promise<unknown>;
}

/** What the routes need besides the builder. */
export interface RoutesOptions {
  maxBodyBytes: number;
  heartbeatMs: number;
  /** Event streams one owner may hold open at once. */
  maxStreamsPerOwner: number;
  /** Runs one owner may have running at once (started through these routes). */
  maxRunsPerOwner: number;
  /** Stored events read per query when a stream replays a run. */
  eventPageSize: number;
  /** Git sync behind `POST /projects/:id/git/push|pull`; those routes are 404 without it. */
  git?: BuilderHandlerGit;
}

const generateBody = z
  .object({
    prompt: z.string(),
    kind: z.enum(['web', 'dapp', 'api']).optional(),
    name: z.string().optional(),
    template: z.string().optional(),
    contract: existingContractSchema.optional(),
    // Checked by generate: CHAIN_NOT_CONFIGURED names the builder's chains.
    chain: z.string().min(1).max(100).optional(),
    approvePlan: z.boolean().optional(),
    // Checked (shape, size) by generate and edit: RUN_METADATA_INVALID says what is wrong.
    metadata: z.unknown().optional(),
  })
  .strict();
const editBody = z.object({ prompt: z.string(), approvePlan: z.boolean().optional(), metadata: z.unknown().optional() }).strict();
// The plan itself is checked by approvePlan (PLAN_INVALID says what is wrong).
const planApprovalBody = z.object({ plan: z.unknown().optional() }).strict();
const cancelBody = z.object({ reason: z.string().max(500).optional() }).strict();
const gitBody = z.object({ remote: z.string().url().max(2048).optional(), branch: z.string().min(1).max(255).optional() }).strict();
const toolApprovalBody = z.object({ decision: z.enum(['allow', 'deny']), remember: z.boolean().optional() }).strict();
const deployBody = z.object({ version: z.number().int().positive().max(maxStoredInteger).optional(), target: z.string().min(1).max(100).optional() }).strict();
const restoreBody = z.object({ version: z.number().int().positive().max(maxStoredInteger) }).strict();
const versionNumber = z
  .string()
  .regex(/^[1-9]\d{0,8}$/, 'expected a version number (1, 2, 3...)')
  .transform(Number);
const saveFilesBody = z
  .object({
    files: z.record(z.string(), z.string()),
    deleted: z.array(z.string()).max(5_000).optional(),
    baseVersion: z.number().int().positive().max(maxStoredInteger).nullable(),
    message: z.string().max(2_000).optional(),
    check: z.boolean().optional(),
  })
  .strict();
const renameBody = z.object({ name: z.string().max(1_000) }).strict();
const pageLimit = z
  .string()
  .regex(/^\d{1,3}$/, 'expected a whole number of projects per page (1 to 100)')
  .transform(Number);
const seqNumber = z
  .string()
  .regex(/^\d{1,10}$/, 'expected the seq of the last event seen (0, 1, 2...)')
  .transform(Number)
  .refine((seq) => seq <= maxStoredInteger, `expected a seq of at most ${maxStoredInteger}`);

/**
 * The routes of the Buildwright HTTP protocol, every one scoped to the caller's owner id.
 * See docs/http.md for requests and responses.
 *
 * @example
 * const routes = createRoutes(builder, { maxBodyBytes: 1_048_576, heartbeatMs: 15_000 });
 */
export function createRoutes(builder: Builder, options: RoutesOptions): Route[] {
  const { storage } = builder.options;
  const streams = ownerCaps({ limit: options.maxStreamsPerOwner, what: 'event streams', retryAfterSeconds: 5 });
  const runs = ownerCaps({ limit: options.maxRunsPerOwner, what: 'runs in progress', retryAfterSeconds: 10 });
  const fanOuts = runFanOuts({
    storage,
    watch: ({ runId, ...rest }) => builder.watch(runId, rest),
    endReason: async (scope) => ((await storage.getRun(scope))?.status === 'running' ? 'detached' : 'ended'),
    pageSize: options.eventPageSize,
    // A reconnecting client is usually a few events behind: it goes on from these without a query.
    windowSize: 2 * options.eventPageSize,
    windowBytes: 4 * 1024 * 1024,
  });
  /** Starts a run in one of the owner's run slots and answers 201 with its ids once it started. */
  const runCreated = async (ownerId: string, start: () => RunHandle) => {
    const run = await startInSlot(runs, ownerId, start);
    return json({ runId: run.runId, projectId: run.projectId }, 201);
  };
  const body = <T>(context: RouteContext, schema: z.ZodType<T>) => readJsonBody(context.request, schema, options.maxBodyBytes);
  const versionQuery = (context: RouteContext, name: string): number | undefined => {
    const value = context.query.get(name);
    return value === null || value === '' ? undefined : parse(versionNumber, value, `query "${name}"`);
  };
  const requireRun = async ({ ownerId, params }: RouteContext) => {
    const run = await storage.getRun({ ownerId, runId: params.id! });
    if (!run) throw httpError('RUN_NOT_FOUND', `Run ${params.id} does not exist for this owner.`);
    return run;
  };

  return [
    {
      method: 'POST',
      pattern: '/runs',
      async handle(context) {
        const input = await body(context, generateBody);
        return runCreated(context.ownerId, () => builder.generate({ ...input, ownerId: context.ownerId } as Parameters<Builder['generate']>[0]));
      },
    },
    {
      method: 'POST',
      pattern: '/projects/:id/runs',
      async handle(context) {
        const input = await body(context, editBody);
        await builder.getProject(context.params.id!, { ownerId: context.ownerId });
        return runCreated(context.ownerId, () =>
          builder.edit(context.params.id!, {
            prompt: input.prompt,
            ownerId: context.ownerId,
            ...(input.approvePlan === undefined ? {} : { approvePlan: input.approvePlan }),
            ...(input.metadata === undefined ? {} : { metadata: input.metadata as RunMetadata }),
          }),
        );
      },
    },
    {
      method: 'GET',
      pattern: '/runs/:id',
      async handle(context) {
        return json({ run: await requireRun(context) });
      },
    },
    {
      method: 'POST',
      pattern: '/runs/:id/cancel',
      async handle(context) {
        const input = await body(context, cancelBody);
        await requireRun(context);
        const cancelled = await builder.cancel(context.params.id!, { ownerId: context.ownerId, reason: input.reason ?? 'stopped by the user' });
        const run = await requireRun(context);
        return json({ cancelled, status: run.status });
      },
    },
    {
      method: 'POST',
      pattern: '/runs/:id/plan-approval',
      async handle(context) {
        const input = await body(context, planApprovalBody);
        await requireRun(context);
        const run = await builder.approvePlan(context.params.id!, { ownerId: context.ownerId, ...(input.plan === undefined ? {} : { plan: input.plan as Plan }) });
        return json({ approved: true, runId: run.runId });
      },
    },
    {
      method: 'POST',
      pattern: '/runs/:id/tool-approvals/:approvalId',
      async handle(context) {
        const input = await body(context, toolApprovalBody);
        await requireRun(context);
        await builder.approveTool(context.params.id!, context.params.approvalId!, input.decision, { ownerId: context.ownerId, ...(input.remember === undefined ? {} : { remember: input.remember }) });
        return json({ decided: true, decision: input.decision });
      },
    },
    {
      method: 'GET',
      pattern: '/runs/:id/events',
      async handle(context) {
        const header = context.request.headers.get('last-event-id');
        const after =
          header !== null && header !== '' ? parse(seqNumber, header.trim(), 'header "Last-Event-ID"') : context.query.get('after') ? parse(seqNumber, context.query.get('after'), 'query "after"') : 0;
        const run = await requireRun(context);
        // A client that asks for JSON (and not a stream) gets the stored events at once: a finished run's history.
        if (!wantsEventStream(context, { byDefault: true })) return json({ events: await builder.events(run.id, { ownerId: context.ownerId, afterSeq: after }) });
        const release = streams.acquire(context.ownerId);
        return eventStream({
          follow: (sink) => fanOuts.follow({ ownerId: context.ownerId, runId: run.id, afterSeq: after }, sink),
          heartbeatMs: options.heartbeatMs,
          onError: context.onError,
          onClose: release,
        });
      },
    },
    templateRoute(builder),
    {
      method: 'GET',
      pattern: '/projects',
      async handle({ ownerId, query }) {
        const limit = query.get('limit');
        return json(
          await builder.searchProjects({
            ownerId,
            ...(query.get('query') ? { query: query.get('query')!.slice(0, 200) } : {}),
            ...(query.get('cursor') ? { cursor: query.get('cursor')! } : {}),
            ...(limit ? { limit: parse(pageLimit, limit, 'query "limit"') } : {}),
          }),
        );
      },
    },
    {
      method: 'PATCH',
      pattern: '/projects/:id',
      async handle(context) {
        const input = await body(context, renameBody);
        return json({ project: await builder.renameProject(context.params.id!, { ownerId: context.ownerId, name: input.name }) });
      },
    },
    {
      method: 'DELETE',
      pattern: '/projects/:id',
      async handle({ ownerId, params }) {
        await builder.deleteProject(params.id!, { ownerId });
        return new Response(null, { status: 204, headers: { 'cache-control': 'no-store' } });
      },
    },
    {
      method: 'PUT',
      pattern: '/projects/:id/files',
      async handle(context) {
        const input = await body(context, saveFilesBody);
        const { version, created, written, deleted, checkRun } = await builder.saveFiles(context.params.id!, {
          ownerId: context.ownerId,
          files: input.files,
          baseVersion: input.baseVersion,
          ...(input.deleted ? { deleted: input.deleted } : {}),
          ...(input.message === undefined ? {} : { message: input.message }),
          ...(input.check ? { check: true } : {}),
        });
        // The check run goes on in the background; its end is in its events.
        checkRun?.result.catch(() => {});
        return json({ version, created, written, deleted, ...(checkRun ? { runId: checkRun.runId } : {}) }, created ? 201 : 200);
      },
    },
    {
      method: 'GET',
      pattern: '/projects/:id',
      async handle({ ownerId, params }) {
        const project = await builder.getProject(params.id!, { ownerId });
        const scope = { ownerId, projectId: project.id };
        const [runs, messages, contracts] = await Promise.all([storage.listRuns(scope), storage.listMessages(scope), storage.listContracts(scope)]);
        return json({ project, runs, messages, contracts });
      },
    },
    {
      method: 'GET',
      pattern: '/projects/:id/files',
      async handle(context) {
        const version = versionQuery(context, 'version');
        return json(await builder.files(context.params.id!, { ownerId: context.ownerId, ...(version === undefined ? {} : { version }) }));
      },
    },
    {
      method: 'GET',
      pattern: '/projects/:id/versions',
      async handle({ ownerId, params }) {
        return json({ versions: await builder.versions(params.id!, { ownerId }) });
      },
    },
    {
      method: 'GET',
      pattern: '/projects/:id/diff',
      async handle(context) {
        const from = versionQuery(context, 'from');
        if (from === undefined) throw httpError('INVALID_INPUT', 'Invalid query "from": give the version to compare from (?from=1&to=2; "to" defaults to the current version).');
        const project = await builder.getProject(context.params.id!, { ownerId: context.ownerId });
        const to = versionQuery(context, 'to') ?? project.currentVersion;
        if (to === null) throw httpError('VERSION_NOT_FOUND', `Project ${project.id} has no version yet.`);
        return json({ from, to, files: await builder.diff(project.id, from, to, { ownerId: context.ownerId }) });
      },
    },
    {
      method: 'POST',
      pattern: '/projects/:id/restore',
      async handle(context) {
        const input = await body(context, restoreBody);
        return json({ version: await builder.restore(context.params.id!, input.version, { ownerId: context.ownerId }) }, 201);
      },
    },
    ...(['push', 'pull'] as const).map(
      (action): Route => ({
        method: 'POST',
        pattern: `/projects/:id/git/${action}`,
        async handle(context) {
          const git = options.git;
          if (!git) throw httpError('ROUTE_NOT_FOUND', 'Git sync is not enabled on this server: create the handler with { git: gitSync({ builder }) } (docs/git-sync.md).');
          const input = await body(context, gitBody);
          const call = { ownerId: context.ownerId, ...(input.remote === undefined ? {} : { remote: input.remote }), ...(input.branch === undefined ? {} : { branch: input.branch }) };
          return json(action === 'push' ? await git.push(context.params.id!, call) : await git.pull(context.params.id!, call));
        },
      }),
    ),
    {
      method: 'GET',
      pattern: '/projects/:id/export.zip',
      async handle(context) {
        const version = versionQuery(context, 'version');
        const { bytes, fileName } = await builder.exportZip(context.params.id!, { ownerId: context.ownerId, ...(version === undefined ? {} : { version }) });
        return new Response(bytes as Uint8Array<ArrayBuffer>, {
          status: 200,
          headers: {
            'content-type': 'application/zip',
            'content-disposition': `attachment; filename="${fileName.replace(/["\\\r\n]/g, '')}"`,
            'cache-control': 'no-store',
          },
        });
      },
    },
    {
      method: 'POST',
      pattern: '/projects/:id/deployments',
      async handle(context) {
        const input = await body(context, deployBody);
        const deployment = await builder.deploy(context.params.id!, {
          ownerId: context.ownerId,
          ...(input.version === undefined ? {} : { version: input.version }),
          ...(input.target === undefined ? {} : { target: input.target }),
          signal: context.request.signal,
        });
        return json({ deployment }, 201);
      },
    },
    {
      method: 'GET',
      pattern: '/projects/:id/deployments',
      async handle({ ownerId, params }) {
        return json({ deployments: await builder.listDeployments(params.id!, { ownerId }) });
      },
    },
    {
      method: 'DELETE',
      pattern: '/projects/:id/deployments/:deploymentId',
      async handle({ ownerId, params }) {
        const deployment = await storage.getDeployment({ ownerId, deploymentId: params.deploymentId! });
        if (!deployment || deployment.projectId !== params.id) throw httpError('DEPLOYMENT_NOT_FOUND', `Deployment ${params.deploymentId} does not exist in project ${params.id} for this owner.`);
        await builder.undeploy(deployment.id, { ownerId });
        return new Response(null, { status: 204 });
      },
    },
    ...agentRoutes(builder, options),
  ];
}
