/** One request to the live API. */
export interface ApiCall {
  method: string;
  url: string;
  headers?: Readonly<Record<string, string>>;
  /** Request body; none when null or empty. */
  body?: string | null;
  /** The fetch to use (e.g. one that goes through your own proxy). Default `globalThis.fetch`. */
  fetch?: typeof globalThis.fetch;
  /** Gives up after this long. Default 30 s. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

/** What the API answered. */
export interface ApiAnswer {
  status: number;
  statusText: string;
  /** The headers the page may read (a cross-origin API shows only those it exposes), sorted by name. */
  headers: Array<[string, string]>;
  body: string;
  /** True when the body was longer than 1 MB and was cut there. */
  truncated: boolean;
  durationMs: number;
}

/** Why a request got no answer the page can read, with what to do about it. */
export interface ApiCallFailure {
  reason: 'invalid-url' | 'unreachable' | 'cors' | 'mixed-content' | 'timeout' | 'aborted';
  message: string;
}

export type ApiCallResult = { ok: true; answer: ApiAnswer } | { ok: false; failure: ApiCallFailure };

const maxBodyBytes = 1024 * 1024;
const probeTimeoutMs = 5_000;

/**
 * Sends one request to the live API and reads the answer. Never throws: a request that gets no
 * readable answer says why and what to do. A browser reports a server that is down and an
 * answer that CORS hides the same way (`TypeError: Failed to fetch`), so after such a failure a
 * `no-cors` request to the API's origin tells them apart: it gets through when the server is up.
 *
 * @example
 * const result = await callApi({ method: 'GET', url: 'http://127.0.0.1:4000/todos' });
 * if (result.ok) console.log(result.answer.status, result.answer.body);
 * else console.log(result.failure.message);
 */
export async function callApi(call: ApiCall): Promise<ApiCallResult> {
  const fetchImpl = call.fetch ?? globalThis.fetch;
  const page = typeof location === 'undefined' ? undefined : location.href;
  let url: URL;
  try {
    url = new URL(call.url, page);
  } catch {
    return failed('invalid-url', `"${call.url}" is not a URL. Give the explorer the address of the running API (apiUrl; by default the run's preview URL).`);
  }
  const timeoutMs = call.timeoutMs ?? 30_000;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => ((timedOut = true), controller.abort()), timeoutMs);
  const cancel = () => controller.abort();
  call.signal?.addEventListener('abort', cancel);
  if (call.signal?.aborted) cancel();
  try {
    return await send(call, url, fetchImpl, controller.signal, () => (call.signal?.aborted ? 'aborted' : timedOut ? 'timeout' : null), timeoutMs);
  } finally {
    clearTimeout(timer);
    call.signal?.removeEventListener('abort', cancel);
  }
}

async function send(call: ApiCall, url: URL, fetchImpl: typeof globalThis.fetch, signal: AbortSignal, stopped: () => 'aborted' | 'timeout' | null, timeoutMs: number): Promise<ApiCallResult> {
  const body = call.body ? call.body : null;
  const tooSlow = () =>
    failed(
      'timeout',
      `The API at ${url.origin} did not answer within ${timeoutMs < 1000 ? `${timeoutMs} ms` : `${Math.round(timeoutMs / 1000)} s`}. Its server may be stuck on this request; look at the run's output, fix it and run the project again.`,
    );
  const started = performance.now();
  let response: Response;
  try {
    response = await fetchImpl(url.href, { method: call.method, headers: { ...call.headers }, body, signal, credentials: 'omit' });
  } catch (error) {
    if (stopped() === 'aborted') return failed('aborted', 'The request was cancelled.');
    if (stopped() === 'timeout') return tooSlow();
    return diagnose(url, error, fetchImpl);
  }
  try {
    const { text, truncated } = await readText(response);
    const headers = [...response.headers].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return { ok: true, answer: { status: response.status, statusText: response.statusText, headers, body: text, truncated, durationMs: Math.round(performance.now() - started) } };
  } catch {
    if (stopped() === 'aborted') return failed('aborted', 'The request was cancelled.');
    if (stopped() === 'timeout') return tooSlow();
    return failed(
      'unreachable',
      `The API at ${url.origin} answered ${response.status} but the connection broke while its body was read. Send the request again; when it keeps failing, the server crashes while answering: look at the run's output.`,
    );
  }
}

async function diagnose(url: URL, error: unknown, fetchImpl: typeof globalThis.fetch): Promise<ApiCallResult> {
  const pageUrl = typeof location === 'undefined' ? null : new URL(location.href);
  // A loopback API is allowed from an HTTPS page (browsers treat it as potentially trustworthy).
  const loopback = /^(localhost|127\.\d+\.\d+\.\d+|\[::1\])$/.test(url.hostname);
  if (pageUrl?.protocol === 'https:' && url.protocol === 'http:' && !loopback) {
    return failed(
      'mixed-content',
      `This page is served over HTTPS and the API at ${url.origin} over HTTP, so the browser blocks the request (mixed content). Serve the API over HTTPS, or route it through your own server and give the explorer that address (apiUrl).`,
    );
  }
  const reachable = await fetchImpl(`${url.origin}/`, { mode: 'no-cors', credentials: 'omit', signal: AbortSignal.timeout(probeTimeoutMs) }).then(
    () => true,
    () => false,
  );
  if (reachable && pageUrl && pageUrl.origin !== url.origin) {
    return failed(
      'cors',
      `The API at ${url.origin} is up, but the browser did not let this page (${pageUrl.origin}) read its answer: the API most likely does not allow cross-origin requests (CORS). Make it answer with Access-Control-Allow-Origin, and answer the OPTIONS preflight of JSON requests (in Hono: app.use(cors()) from 'hono/cors'), or route the API through your own origin and give the explorer that address (apiUrl). If it does allow them, its server closed the connection on this request: look at the run's output.`,
    );
  }
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  return failed(
    'unreachable',
    `Could not reach the API at ${url.origin}${typeof cause === 'string' ? ` (${cause})` : ''}: nothing answers there. Its server stopped (the sandbox ended or a new run replaced it) or the address is wrong; run the project again to start it, then send the request again.`,
  );
}

async function readText(response: Response): Promise<{ text: string; truncated: boolean }> {
  if (!response.body) return { text: '', truncated: false };
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return { text: text + decoder.decode(), truncated: false };
    bytes += value.byteLength;
    if (bytes > maxBodyBytes) {
      await reader.cancel();
      return { text: text + decoder.decode(value.subarray(0, value.byteLength - (bytes - maxBodyBytes))), truncated: true };
    }
    text += decoder.decode(value, { stream: true });
  }
}

function failed(reason: ApiCallFailure['reason'], message: string): ApiCallResult {
  return { ok: false, failure: { reason, message } };
}
