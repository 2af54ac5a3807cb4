import type { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { RequestHandlerExtra } from '@modelcontextprotocol/sdk/shared/protocol.js';
import type { CallToolResult, ServerNotification, ServerRequest } from '@modelcontextprotocol/sdk/types.js';
import { BuildwrightError } from '@buildwright/client';
import { z } from 'zod';
import { maxPromptLength } from '../actions/generate.js';
import { statusOf } from '../http/errors.js';
import { startInSlot } from '../http/start-in-slot.js';
import type { BuildwrightEvent } from '../events/events.js';
import type { RunHandle } from '../run/run-handle.js';
import { projectFileUri } from './project-resources.js';
import type { McpContext } from './mcp-context.js';
import { describeEvent, followRun, runStatus } from './run-status.js';
import { toolError, toolResult } from './tool-result.js';

/** Largest number Postgres keeps in the integer columns of versions. */
const maxStoredInteger = 2_147_483_647;

const projectId = z.string().min(1).max(200).describe('Id of the project (from list_projects, generate_app or edit_app).');
const versionNumber = z.number().int().positive().max(maxStoredInteger);
const waitSeconds = z
  .number()
  .int()
  .min(0)
  .max(600)
  .optional()
  .describe(
    'Seconds to follow the run before answering (default 0: answer at once). While following, a progress notification is sent for each step, file, check and result when the request carries a progressToken.',
  );
const lastEvents = z.number().int().min(0).max(200).optional().describe('How many of the run’s last events to include (default 10; streamed tokens and command output are left out).');

type Extra = RequestHandlerExtra<ServerRequest, ServerNotification>;

/**
 * Registers Buildwright's tools on an MCP server: `generate_app`, `edit_app`, `get_run_status`,
 * `list_projects`, `list_versions`, `restore_version`, `get_preview_url`, `export_zip`, and `deploy`
 * when the context has a deploy adapter (which it uses) or the builder has deploy targets
 * (`createBuilder({ deploy })`: it calls `builder.deploy`). Each is scoped to the context's owner; each error is a
 * tool error (`isError`) saying `CODE: what happened and what to do`.
 *
 * @example
 * registerBuilderTools(server, { builder, ownerId: 'alice', runSlots, deploy: undefined, hideInternalErrors: true, onError: console.error });
 */
export function registerBuilderTools(server: McpServer, context: McpContext): void {
  const { builder, ownerId } = context;
  const owner = { ownerId };
  /** Runs a tool body; a thrown error becomes a tool error (and unexpected ones are reported). */
  const handle = async (body: () => Promise<CallToolResult>): Promise<CallToolResult> => {
    try {
      return await body();
    } catch (error) {
      if (!BuildwrightError.isInstance(error) || statusOf(error.code) >= 500) context.onError(error);
      return toolError(error, { hideInternal: context.hideInternalErrors });
    }
  };
  /** Starts a run in one of the owner's slots, follows it for `waitSeconds` with progress, and answers its status. */
  const startRun = async (start: () => RunHandle, input: { waitSeconds?: number | undefined; lastEvents?: number | undefined }, extra: Extra) => {
    // A run refused before its first event (a host hook, a bad template) answers as the tool's error.
    const run = await startInSlot(context.runSlots, ownerId, start);
    return statusAfterWait(run.runId, input, extra);
  };
  const statusAfterWait = async (runId: string, input: { waitSeconds?: number | undefined; lastEvents?: number | undefined }, extra: Extra) => {
    const progressToken = extra._meta?.progressToken;
    const onEvent =
      progressToken === undefined
        ? undefined
        : (event: BuildwrightEvent) =>
            extra.sendNotification({ method: 'notifications/progress', params: { progressToken, progress: event.seq, message: describeEvent(event) } }).catch(() => undefined);
    const waited = input.waitSeconds ?? 0;
    const lastSeq = await followRun(builder, { ownerId, runId, waitSeconds: waited, signal: extra.signal, ...(onEvent ? { onEvent } : {}) });
    // The run may end between the wait running out and the status read: report what the wait missed.
    const catchUp = onEvent && waited > 0 ? { afterSeq: lastSeq, onEvent } : undefined;
    return toolResult(await runStatus(builder, { ownerId, runId, lastEvents: input.lastEvents ?? 10, catchUp }));
  };

  server.registerTool(
    'generate_app',
    {
      title: 'Generate an app',
      description:
        'Starts generating a new app from a prompt: Buildwright plans it, writes the files, runs the checks (install, build, browser) and fixes what fails, then stores version 1. Answers the run status (runId, projectId, status, last events); poll get_run_status until status is completed, failed or cancelled, or give waitSeconds to wait here with progress notifications.',
      inputSchema: {
        prompt: z.string().min(1).max(maxPromptLength).describe('What to build, in plain words.'),
        kind: z.enum(['web', 'dapp', 'api']).optional().describe('web (default): a Vite web app; dapp: contract + frontend; api: an HTTP API with an OpenAPI spec.'),
        name: z.string().min(1).max(200).optional().describe('Project name (default: from the prompt).'),
        template: z.string().min(1).max(100).optional().describe('Starter template name configured on the builder.'),
        waitSeconds,
        lastEvents,
      },
      annotations: { destructiveHint: false, openWorldHint: true },
    },
    ({ prompt, kind, name, template, ...wait }, extra) =>
      handle(() => startRun(() => builder.generate({ prompt, ownerId, ...(kind ? { kind } : {}), ...(name ? { name } : {}), ...(template ? { template } : {}) }), wait, extra)),
  );

  server.registerTool(
    'edit_app',
    {
      title: 'Edit an app',
      description:
        'Starts changing an existing project from a prompt: the model sees the file tree and the relevant files, the checks run again, and a new version is stored. Answers the run status; poll get_run_status, or give waitSeconds to wait here with progress notifications.',
      inputSchema: { projectId, prompt: z.string().min(1).max(maxPromptLength).describe('The change to make, in plain words.'), waitSeconds, lastEvents },
      annotations: { destructiveHint: false, openWorldHint: true },
    },
    ({ projectId: id, prompt, ...wait }, extra) =>
      handle(async () => {
        await builder.getProject(id, owner);
        return startRun(() => builder.edit(id, { prompt, ownerId }), wait, extra);
      }),
  );

  server.registerTool(
    'get_run_status',
    {
      title: 'Run status',
      description:
        'Status of a run (running, queued, completed, failed, cancelled), its cost, the version it stored, its preview URL and its last events. Give waitSeconds to follow the run first (progress notifications are sent when the request carries a progressToken).',
      inputSchema: { runId: z.string().min(1).max(200).describe('Id of the run (from generate_app or edit_app).'), waitSeconds, lastEvents },
      annotations: { readOnlyHint: true },
    },
    ({ runId, ...wait }, extra) =>
      handle(async () => {
        // Unknown or another owner's run: RUN_NOT_FOUND before any wait.
        await runStatus(builder, { ownerId, runId, lastEvents: 0 });
        return statusAfterWait(runId, wait, extra);
      }),
  );

  server.registerTool('list_projects', { title: 'List projects', description: 'The projects of this account: id, name, kind and current version of each.', annotations: { readOnlyHint: true } }, () =>
    handle(async () => toolResult({ projects: await builder.listProjects(owner) })),
  );

  server.registerTool(
    'list_versions',
    {
      title: 'List versions',
      description: `Versions of a project, oldest first (number, message, file count, run). Read a file of the current version as the resource ${projectFileUri('<projectId>', '<path>')}.`,
      inputSchema: { projectId },
      annotations: { readOnlyHint: true },
    },
    ({ projectId: id }) => handle(async () => toolResult({ versions: await builder.versions(id, owner) })),
  );

  server.registerTool(
    'restore_version',
    {
      title: 'Restore a version',
      description: 'Makes a new version of the project equal to an older one (history is never rewritten: the versions after it stay). Answers the new version.',
      inputSchema: { projectId, version: versionNumber.describe('The version to bring back (from list_versions).') },
      annotations: { destructiveHint: false, idempotentHint: false },
    },
    ({ projectId: id, version }) => handle(async () => toolResult({ version: await builder.restore(id, version, owner) })),
  );

  server.registerTool(
    'get_preview_url',
    {
      title: 'Preview URL',
      description:
        'The URL where the last verified run of the project served its app (the browser check’s preview), with its docs page for an API. It is served from the project’s sandbox while the builder keeps it open; url is null when no run served a preview yet.',
      inputSchema: { projectId },
      annotations: { readOnlyHint: true },
    },
    ({ projectId: id }) =>
      handle(async () => {
        const project = await builder.getProject(id, owner);
        const runs = await builder.options.storage.listRuns({ ownerId, projectId: project.id });
        for (const run of [...runs].sort((a, b) => b.createdAt.localeCompare(a.createdAt))) {
          const preview = (await builder.options.storage.readEvents({ ownerId, runId: run.id })).findLast((event) => event.type === 'preview.ready');
          if (preview?.type === 'preview.ready') {
            return toolResult({ projectId: project.id, runId: run.id, url: preview.url, docsUrl: preview.docsUrl ?? null, servedAt: preview.at });
          }
        }
        return toolResult({
          projectId: project.id,
          runId: null,
          url: null,
          docsUrl: null,
          servedAt: null,
          message:
            'No run of this project served a preview yet: the browser check serves one when a run passes it. Run edit_app, or `buildwright preview <project>` on a machine with the project’s storage.',
        });
      }),
  );

  server.registerTool(
    'export_zip',
    {
      title: 'Export a ZIP',
      description: 'A ZIP of a version’s files (the current version by default), as an embedded resource (base64 blob), read from storage.',
      inputSchema: { projectId, version: versionNumber.optional().describe('The version to export (default: the current one).') },
      annotations: { readOnlyHint: true },
    },
    ({ projectId: id, version }) =>
      handle(async () => {
        const exported = await builder.exportZip(id, { ownerId, ...(version === undefined ? {} : { version }) });
        const summary = { projectId: id, version: exported.version.number, fileName: exported.fileName, bytes: exported.bytes.byteLength };
        return {
          content: [
            { type: 'text', text: JSON.stringify(summary, null, 2) },
            {
              type: 'resource',
              resource: {
                uri: `buildwright://export/${encodeURIComponent(id)}/${encodeURIComponent(exported.fileName)}`,
                mimeType: 'application/zip',
                blob: Buffer.from(exported.bytes).toString('base64'),
              },
            },
          ],
          structuredContent: summary,
        };
      }),
  );

  const { deploy } = context;
  const targets = Object.entries(builder.options?.deploy ?? {});
  const versionInput = versionNumber.optional().describe('The version to deploy (default: the current one).');
  if (deploy) {
    server.registerTool(
      'deploy',
      {
        title: 'Deploy',
        description: `Publishes a version of the project (the current one by default) with the builder’s deploy adapter (${deploy.provider}, for ${deploy.kinds.join(', ')} projects) at a URL that outlives the run and its preview. Answers the deployment: its status, immutable url and the project’s alias url.`,
        inputSchema: { projectId, version: versionInput },
        annotations: { destructiveHint: false, openWorldHint: true },
      },
      ({ projectId: id, version }, extra) =>
        handle(async () => {
          const project = await builder.getProject(id, owner);
          const { version: record, files } = await builder.files(project.id, { ownerId, ...(version === undefined ? {} : { version }) });
          const deployment = await deploy.deploy({
            project: { id: project.id, ownerId, kind: project.kind, name: project.name },
            version: { number: record.number, message: record.message },
            files,
            kind: project.kind,
            signal: extra.signal,
          });
          return toolResult({ deployment });
        }),
    );
  } else if (targets.length > 0) {
    // The builder's own deploy targets (createBuilder({ deploy })): builder.deploy builds, stores and emits.
    const names = targets.map(([name]) => name) as [string, ...string[]];
    const described = targets.map(([name, target]) => `${name} (${target.provider}, for ${target.kinds.join(', ')} projects)`).join('; ');
    server.registerTool(
      'deploy',
      {
        title: 'Deploy',
        description: `Publishes a version of the project (the current one by default) through one of the builder’s deploy targets — ${described} — at a URL that outlives the run and its preview: web and DApp versions are built first. Answers the stored deployment: its id, status, immutable url and the project’s alias url.`,
        inputSchema: {
          projectId,
          version: versionInput,
          target: z
            .enum(names)
            .optional()
            .describe(`The deploy target (default: the first one that serves the project’s kind): ${names.join(', ')}.`),
        },
        annotations: { destructiveHint: false, openWorldHint: true },
      },
      ({ projectId: id, version, target }, extra) =>
        handle(async () => {
          const deployment = await builder.deploy(id, { ownerId, ...(version === undefined ? {} : { version }), ...(target === undefined ? {} : { target }), signal: extra.signal });
          return toolResult({ deployment });
        }),
    );
  }
}
