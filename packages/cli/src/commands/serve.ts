import { once } from 'node:events';
import { createServer } from 'node:http';
import { BuildwrightError, type Builder, type LlmAdapter, type RunHandle } from '@buildwright/core';
import { print, type Command } from '../cli-io.js';
import { waitForStop } from '../interrupts.js';
import { resolveBuilderOptions } from '../open-builder.js';
import { defaultOwnerHeader } from '../parse-args.js';
import { eventBusFromFlags, queueFromFlags, spareSandboxes } from '../scale-from-flags.js';
import { UsageError } from '../usage-error.js';

/** Where serve answers MCP (Streamable HTTP); every other path is the HTTP API. */
export const mcpPath = '/mcp';

/** How long a stop waits for runs executing in this process to store their cancellation. */
const stopRunsTimeoutMs = 10_000;

/**
 * `buildwright serve`: the HTTP API (`createBuilderHandler`) on `--port` (default 3000), over the
 * `--storage`, `--queue` and `--event-bus` given; runs of every kind (web and dapp checks). With
 * `--queue` runs are enqueued for `buildwright worker` processes; without it they execute here.
 * There is no real authentication: the owner of a request is the `--owner-header` header
 * (default `x-buildwright-owner`), else `--owner` (default `local`) — for development, or behind
 * a proxy of the host that authenticates and sets that header. Ctrl-C or SIGTERM stops: the
 * server closes, runs executing here are cancelled (resumable), the adapters close.
 *
 * @example
 * buildwright serve --storage postgres://postgres@127.0.0.1:5432/app --queue redis://127.0.0.1:6379 --event-bus redis://127.0.0.1:6379
 */
export const serveCommand: Command = async (context) => {
  const { flags } = context.args;
  const port = flags.port ?? 3000;
  if (flags.spare && flags.queue) throw new UsageError('--spare with --queue: the workers execute the runs, so the spares belong there. Give --spare to buildwright worker.');
  const queue = await queueFromFlags(flags);
  const eventBus = await eventBusFromFlags(flags).catch(async (error: unknown) => {
    await queue?.close();
    throw error;
  });
  const closeScale = () => Promise.allSettled([queue?.close(), eventBus?.close()]);
  let resolved: Awaited<ReturnType<typeof resolveBuilderOptions>>;
  try {
    // With a queue the workers call the model: this process needs no key.
    const llm = queue && flags.llm === undefined ? { llm: workersOnlyLlm(), label: 'none in this process: the workers call the model (--queue)' } : undefined;
    resolved = await resolveBuilderOptions(flags, { everyKind: true, ...(llm ? { llm } : {}) });
  } catch (error) {
    await closeScale();
    throw error;
  }
  const [{ createBuilder }, { createBuilderHandler }, { toNodeListener }, { createMcpServer }] = await Promise.all([
    import('@buildwright/core'),
    import('@buildwright/core/http'),
    import('@buildwright/core/node-http'),
    import('@buildwright/core/mcp'),
  ]);
  const builder = createBuilder({ ...resolved.options, ...(queue ? { queue } : {}), ...(eventBus ? { eventBus } : {}), ...spareSandboxes(flags) });
  const { handles, tracked } = trackRuns(builder);
  const header = flags.ownerHeader ?? defaultOwnerHeader;
  const defaultOwner = flags.owner ?? 'local';
  const authorize = (request: Request) => request.headers.get(header)?.trim() || defaultOwner;
  const api = createBuilderHandler(tracked, { authorize });
  // MCP's Streamable HTTP endpoint beside the API, with the same owner rule (docs/mcp-server.md).
  const mcp = createMcpServer(tracked, { authorize });
  const server = createServer(toNodeListener((request) => (new URL(request.url).pathname === mcpPath ? mcp(request) : api(request))));
  try {
    server.listen(port);
    await Promise.race([once(server, 'listening'), once(server, 'error').then(([error]) => Promise.reject(error))]);
  } catch (error) {
    await builder.close();
    await closeScale();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE' || code === 'EACCES') throw new UsageError(`Cannot listen on port ${port} (${code}): pick another with --port.`);
    throw error;
  }
  const address = server.address();
  const url = `http://localhost:${typeof address === 'object' && address ? address.port : port}`;
  const runsWhere = queue ? `enqueued on ${redact(flags.queue!)} for buildwright worker processes` : 'executed in this process';
  const warning = `No authentication: the owner of a request is its ${header} header, else "${defaultOwner}". Use serve for development, or behind a proxy of yours that authenticates and sets ${header}.`;
  print(
    context,
    {
      type: 'serve.listening',
      url,
      mcpUrl: `${url}${mcpPath}`,
      storage: resolved.storageLabel,
      queue: queue ? 'bullmq' : 'in-process',
      eventBus: flags.eventBus === undefined ? 'in-process' : flags.eventBus === 'postgres' ? 'postgres' : 'redis',
      ownerHeader: header,
      defaultOwner,
    },
    [
      `Buildwright HTTP API on ${url} (POST /runs, GET /runs/:id/events, ... see docs/http.md)`,
      `  MCP (Streamable HTTP): ${url}${mcpPath} (docs/mcp-server.md)`,
      `  storage: ${resolved.storageLabel}`,
      `  model: ${resolved.llmLabel}`,
      `  runs: ${runsWhere}`,
      `  ${warning}`,
      '  Ctrl-C stops.',
    ].join('\n'),
  );
  if (flags.json) context.stderr.write(`buildwright serve: ${warning}\n`);
  const signal = await waitForStop();
  // Closing stops new requests; open event streams are ended so the close completes.
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  const running = [...handles];
  for (const handle of running) handle.cancel(`the server stopped (${signal})`);
  await Promise.race([Promise.allSettled(running.map((handle) => handle.result)), new Promise((resolve) => setTimeout(resolve, stopRunsTimeoutMs).unref())]);
  await closed;
  await builder.close();
  await closeScale();
  if (!flags.json) context.stdout.write(`Stopped (${signal}).${running.length ? ` ${running.length} run(s) executing here were cancelled: buildwright resume <run> continues one.` : ''}\n`);
  return 0;
};

/** The builder the handler uses, recording the handles of runs started through it so a stop can cancel them. */
export function trackRuns(builder: Builder): { handles: Set<RunHandle>; tracked: Builder } {
  const handles = new Set<RunHandle>();
  const track = (handle: RunHandle) => {
    handles.add(handle);
    handle.result.then(
      () => handles.delete(handle),
      () => handles.delete(handle),
    );
    return handle;
  };
  const tracked: Builder = {
    ...builder,
    generate: (options) => track(builder.generate(options)),
    edit: (projectId, options) => track(builder.edit(projectId, options)),
    resume: (runId, options) => track(builder.resume(runId, options)),
  };
  return { handles, tracked };
}

/** The model of a serve process whose runs execute on workers: it is never called there, and says why if it is. */
function workersOnlyLlm(): LlmAdapter {
  return {
    specificationVersion: 'v1',
    provider: 'none',
    modelId: 'none',
    // biome-ignore lint/correctness/useYield: it refuses before the first part.
    async *stream() {
      throw new BuildwrightError({
        code: 'INVALID_INPUT',
        docsPage: 'cli.md#buildwright-serve',
        message: 'This serve process enqueues runs on --queue and calls no model: the buildwright worker processes do. Give --llm to serve only without --queue.',
      });
    },
  };
}

function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]*):[^@/]*@/, '$1:***@');
}
