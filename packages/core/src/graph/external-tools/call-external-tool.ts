import { BuildwrightError } from '@buildwright/client';
import type { ExternalToolOutput, ToolProvider, ToolProviderSession } from '../../spec/tool-provider.js';
import { cutToBytes } from './cut-to-bytes.js';

/** Defaults of a server's limits (see ToolProvider). */
export const externalToolDefaults = { timeoutMs: 30_000, maxResultBytes: 16 * 1024, connectTimeoutMs: 10_000, approvalTimeoutMs: 10 * 60_000 } as const;

/** How one call to a server went: its (capped) text, or why there is none. */
export type ExternalCallOutcome =
  | { status: 'ok' | 'error'; text: string; durationMs: number; bytes: number; truncated: boolean }
  | { status: 'timeout' | 'unavailable'; message: string; durationMs: number };

/**
 * Calls a tool (or reads a resource) of an open session within the server's time limit and caps
 * the result at its `maxResultBytes`. A timeout or a lost connection is an outcome, not an error;
 * only `signal` aborting (the run or execution cancelled) rejects, with its reason.
 *
 * @example
 * const outcome = await callExternalTool({ provider, session, tool: 'lookup', resource: false, arguments: { company: 'Acme' }, signal });
 */
export async function callExternalTool(input: {
  provider: ToolProvider;
  session: ToolProviderSession;
  tool: string;
  resource: boolean;
  arguments: Record<string, unknown>;
  signal: AbortSignal;
}): Promise<ExternalCallOutcome> {
  const timeoutMs = input.provider.timeoutMs ?? externalToolDefaults.timeoutMs;
  const timer = AbortSignal.timeout(timeoutMs);
  const signal = AbortSignal.any([input.signal, timer]);
  const started = Date.now();
  let output: ExternalToolOutput;
  try {
    const request = input.resource
      ? input.session.readResource({ uri: String(input.arguments['uri'] ?? ''), timeoutMs, signal })
      : input.session.callTool({ name: input.tool, arguments: input.arguments, timeoutMs, signal });
    output = await withTimeout(request, timeoutMs + 1_000, `the call took over ${timeoutMs} ms`);
  } catch (error) {
    if (input.signal.aborted) throw input.signal.reason;
    const timedOut = timer.aborted || (BuildwrightError.isInstance(error) && error.code === 'TOOL_TIMEOUT');
    return { status: timedOut ? 'timeout' : 'unavailable', message: timedOut ? `timed out after ${timeoutMs} ms` : errorMessage(error), durationMs: Date.now() - started };
  }
  const capped = cutToBytes(output.text, input.provider.maxResultBytes ?? externalToolDefaults.maxResultBytes);
  return { status: output.isError ? 'error' : 'ok', text: capped.text, bytes: capped.bytes, truncated: capped.truncated, durationMs: Date.now() - started };
}

/**
 * Opens a session to a server within `connectTimeoutMs`; rejects when it cannot be reached. A
 * session that opens after its time is up is closed at once (a stdio server's process stops).
 *
 * @example
 * const session = await connectToolProvider(provider, { connectTimeoutMs: 10_000, signal });
 */
export async function connectToolProvider(provider: ToolProvider, input: { connectTimeoutMs: number; signal: AbortSignal }): Promise<ToolProviderSession> {
  const { connectTimeoutMs } = input;
  const signal = AbortSignal.any([input.signal, AbortSignal.timeout(connectTimeoutMs)]);
  const connecting = Promise.resolve().then(() => provider.connect({ timeoutMs: connectTimeoutMs, signal }));
  try {
    return await withTimeout(connecting, connectTimeoutMs, `connecting took over ${connectTimeoutMs} ms`);
  } catch (error) {
    void connecting.then(
      (late) => late.close(),
      () => undefined,
    );
    throw error;
  }
}

/** An error's message, at most 300 characters (server errors can be long). */
export function errorMessage(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.slice(0, 300);
}

/** The promise, or a `TOOL_TIMEOUT` rejection after `ms` (for servers that ignore the abort signal). */
export async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new BuildwrightError({ code: 'TOOL_TIMEOUT', message: `The MCP server did not answer: ${what}.` })), ms);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
