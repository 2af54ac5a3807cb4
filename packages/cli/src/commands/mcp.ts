import type { Command } from '../cli-io.js';
import { onStop } from '../interrupts.js';
import { resolveBuilderOptions } from '../open-builder.js';
import { trackRuns } from './serve.js';

/** How long a stop waits for runs executing in this process to store their cancellation. */
const stopRunsTimeoutMs = 10_000;

/**
 * `buildwright mcp`: Buildwright as an MCP server on stdio (`createBuilderMcpServer` from
 * `@buildwright/core/mcp`), for MCP clients that start it as a command (Claude Desktop, Cursor,
 * VS Code...). Same adapters and flags as `generate`; runs of every kind; every tool works on the
 * projects of `--owner` (default `local`). stdout carries only the protocol: logs go to stderr.
 * It stops when the client closes stdin, or on Ctrl-C / SIGTERM: runs executing here are
 * cancelled (`buildwright resume` continues them), the adapters close.
 *
 * @example
 * buildwright mcp --llm openai:gpt-4.1-mini --storage pglite:/home/me/.buildwright/data
 */
export const mcpCommand: Command = async (context) => {
  const { flags } = context.args;
  const ownerId = flags.owner ?? 'local';
  // stdout is the protocol stream: a stray console.log from a dependency would corrupt it.
  const consoleLog = console.log;
  const consoleInfo = console.info;
  console.log = console.error;
  console.info = console.error;
  try {
    const resolved = await resolveBuilderOptions(flags, { everyKind: true });
    const [{ createBuilder }, { createBuilderMcpServer }, { StdioServerTransport }] = await Promise.all([
      import('@buildwright/core'),
      import('@buildwright/core/mcp'),
      import('@modelcontextprotocol/sdk/server/stdio.js'),
    ]);
    const builder = createBuilder(resolved.options);
    const { handles, tracked } = trackRuns(builder);
    const server = createBuilderMcpServer(tracked, {
      ownerId,
      onError: (error) => context.stderr.write(`buildwright mcp: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`),
    });
    let stop: (reason: string) => void = () => {};
    const stopped = new Promise<string>((resolve) => (stop = resolve));
    const disposeSignals = onStop((signal) => stop(signal));
    const ended = () => stop('the client closed stdin');
    process.stdin.once('end', ended);
    process.stdin.once('close', ended);
    server.server.onclose = () => stop('the transport closed');
    try {
      await server.connect(new StdioServerTransport(process.stdin, context.stdout));
      context.stderr.write(`buildwright mcp: serving MCP on stdio for owner "${ownerId}" (storage: ${resolved.storageLabel}; model: ${resolved.llmLabel})\n`);
      const reason = await stopped;
      const running = [...handles];
      for (const handle of running) handle.cancel(`the MCP server stopped (${reason})`);
      await Promise.race([Promise.allSettled(running.map((handle) => handle.result)), new Promise((resolve) => setTimeout(resolve, stopRunsTimeoutMs).unref())]);
      context.stderr.write(`buildwright mcp: stopped (${reason}).${running.length ? ` ${running.length} run(s) were cancelled: buildwright resume <run> continues one.` : ''}\n`);
    } finally {
      disposeSignals();
      process.stdin.off('end', ended);
      process.stdin.off('close', ended);
      await server.close().catch(() => undefined);
      await builder.close();
    }
    return 0;
  } finally {
    console.log = consoleLog;
    console.info = consoleInfo;
  }
};
