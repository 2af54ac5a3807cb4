import { BuildwrightError, requestJson, type CreateRunResponse, type EventOf, type HttpConfig, type RunResponse } from '@buildwright/client';
import { rendererFor, type CommandContext } from './cli-io.js';
import { followRun, refusedRunError, type FollowedRun } from './follow-run.js';
import { defaultOwnerHeader, type CliFlags } from './parse-args.js';
import { decidePlan } from './plan-approval.js';
import { remoteRunHandle } from './remote-run-handle.js';

/**
 * Starts a run on the `buildwright serve` of `--server` (`POST` of `start.body` to `start.path`:
 * `/runs` for a generation, `/projects/:id/runs` for an edit) and follows it as a local run is followed: the same step list or
 * NDJSON, the same exit codes, Ctrl-C cancels it on the server. Nothing of the engine, the store,
 * the sandbox or the checks is loaded here: the server's builder runs the run (its model, its
 * checks, its warm sandbox and browser), and this process only speaks the HTTP API through
 * `@buildwright/client`. `--owner` is sent in the `--owner-header` header (default
 * `x-buildwright-owner`). A server that cannot be reached is `SERVER_UNAVAILABLE` (exit 2); a run
 * the server refuses exits as the local command would (a missing project: exit 2).
 *
 * @example
 * const { exitCode } = await executeRemoteRun(context, { path: `/projects/${projectId}/runs`, body: { prompt } });
 */
export async function executeRemoteRun(context: CommandContext, start: { path: string; body: Record<string, unknown> }): Promise<FollowedRun<EventOf<'run.completed'>>> {
  const { flags } = context.args;
  const config = serverConfig(flags);
  let created: CreateRunResponse;
  try {
    created = await requestJson<CreateRunResponse>(config, 'POST', start.path, start.body);
  } catch (error) {
    throw refusedRunError(error) ?? unreachable(error, config.baseUrl) ?? error;
  }
  // The event stream opens while the run's budgets (its fix attempts, for `fix 1/3`) are read.
  const handle = remoteRunHandle(config, created);
  try {
    const { run } = await requestJson<RunResponse>(config, 'GET', `/runs/${encodeURIComponent(created.runId)}`);
    const renderer = await rendererFor(context, { maxFixAttempts: run.budgets.maxFixAttempts, servesAfterRun: true });
    try {
      if (!flags.json) renderer.note(`server: ${config.baseUrl}${flags.owner ? ` · owner ${flags.owner}` : ''}`);
      const later = `Build it: POST ${config.baseUrl}/runs/${created.runId}/plan-approval; drop it: POST ${config.baseUrl}/runs/${created.runId}/cancel (docs/http.md).`;
      return await followRun(handle, renderer, { onAwaitingApproval: (run, plan) => decidePlan(context, run, plan, renderer, later) });
    } finally {
      renderer.close();
    }
  } finally {
    handle.close();
  }
}

/** How this process reaches the server: its URL and, with `--owner`, the owner's header. */
function serverConfig(flags: CliFlags): HttpConfig {
  const headers = flags.owner === undefined ? undefined : { [flags.ownerHeader ?? defaultOwnerHeader]: flags.owner };
  return { baseUrl: flags.server!, headers, fetch: (input, init) => globalThis.fetch(input, init) };
}

/** The error for a server that does not answer at all (connection refused, no such host): exit 2, what to do. */
function unreachable(error: unknown, baseUrl: string): BuildwrightError | undefined {
  // The client's SERVER_UNAVAILABLE without an HTTP status: no answer came. A 503 is the server's own word.
  if (!BuildwrightError.isInstance(error) || error.code !== 'SERVER_UNAVAILABLE' || error.details.status !== undefined) return undefined;
  const cause = error.cause as { message?: string; cause?: { code?: string; message?: string } } | undefined;
  const why = cause?.cause?.code ?? cause?.cause?.message ?? cause?.message ?? error.message;
  return new BuildwrightError({
    code: 'SERVER_UNAVAILABLE',
    docsPage: 'cli.md#remote-runs',
    message: `Cannot reach a buildwright server at ${baseUrl} (${why}). Start one with buildwright serve (on the project's --storage, e.g. buildwright serve --port 3000), or fix --server.`,
    cause: error,
  });
}
