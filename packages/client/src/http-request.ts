import { BuildwrightError, type BuildwrightErrorCode } from './buildwright-error.js';

/** Headers sent with every request: a record, or a function (e.g. to read a fresh token). */
export type HeadersInput = Record<string, string> | (() => Record<string, string> | Promise<Record<string, string>>);

/** The methods of the Buildwright routes. */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** How the client reaches the handler: what {@link requestJson} and `sseRunEvents` take. */
export interface HttpConfig {
  /** Where `createBuilderHandler` is mounted (`http://127.0.0.1:3000`, `/api/builder`). */
  baseUrl: string;
  /** Headers of every request, or a function returning them; `undefined` for none. */
  headers: HeadersInput | undefined;
  /** The fetch to use (`globalThis.fetch`, or one with cookies or retries). */
  fetch: typeof globalThis.fetch;
}

/** Joins the base URL (absolute, or relative to the page such as `/api`) and a route path. */
export function routeUrl(config: HttpConfig, path: string): string {
  return `${config.baseUrl.replace(/\/+$/, '')}${path}`;
}

/** The configured headers plus `extra`. */
export async function requestHeaders(config: HttpConfig, extra: Record<string, string> = {}): Promise<Record<string, string>> {
  const base = typeof config.headers === 'function' ? await config.headers() : (config.headers ?? {});
  return { ...base, ...extra };
}

/**
 * Sends a request to the handler and returns its JSON body: the client's own requests, for a
 * route the client has no action for, or a program that drives runs itself (the CLI's `--server`).
 * A refused request becomes a BuildwrightError with the server's code and message
 * (`details.status` holds the HTTP status, `details.retryAfterSeconds` its `Retry-After`); a
 * network failure is `SERVER_UNAVAILABLE` (retryable).
 *
 * @example
 * const config = { baseUrl: 'http://127.0.0.1:3000', headers: { 'x-buildwright-owner': 'alice' }, fetch };
 * const { runId } = await requestJson<CreateRunResponse>(config, 'POST', `/projects/${projectId}/runs`, { prompt: 'add a dark mode' });
 */
export async function requestJson<T>(config: HttpConfig, method: HttpMethod, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  const response = await send(config, method, path, body, signal);
  return (await response.json()) as T;
}

/** Like `requestJson` but returns the raw response (for binary bodies, text, or an event stream with `accept`). */
export async function send(config: HttpConfig, method: HttpMethod, path: string, body?: unknown, signal?: AbortSignal, accept = 'application/json'): Promise<Response> {
  const headers = await requestHeaders(config, body === undefined ? { accept } : { accept, 'content-type': 'application/json' });
  let response: Response;
  try {
    response = await config.fetch(routeUrl(config, path), { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }), ...(signal ? { signal } : {}) });
  } catch (error) {
    if (signal?.aborted) throw error;
    throw new BuildwrightError({
      code: 'SERVER_UNAVAILABLE',
      message: `Cannot reach the builder server at ${config.baseUrl} (${(error as Error).message}). Check that it is running.`,
      cause: error,
      retryable: true,
    });
  }
  if (!response.ok) throw await responseError(response);
  return response;
}

/** The BuildwrightError of a non-2xx response, from its `{ error: { code, message } }` body when it has one. */
export async function responseError(response: Response): Promise<BuildwrightError> {
  let code = 'INTERNAL';
  let message = `The server answered ${response.status} ${response.statusText}.`;
  try {
    const body = (await response.json()) as { error?: { code?: unknown; message?: unknown } };
    if (typeof body.error?.code === 'string') code = body.error.code;
    if (typeof body.error?.message === 'string') message = body.error.message;
  } catch {
    // Not a Buildwright error body (a proxy's page, say): keep the status line.
  }
  // A refusal for quota or load says when to come back (`Retry-After` in seconds).
  const retryAfter = Number(response.headers.get('retry-after') ?? Number.NaN);
  return new BuildwrightError({
    code: code as BuildwrightErrorCode,
    message,
    retryable: response.status >= 500 || response.status === 429,
    details: { status: response.status, ...(Number.isFinite(retryAfter) && retryAfter >= 0 ? { retryAfterSeconds: retryAfter } : {}) },
  });
}
