import { BuildwrightError } from '@buildwright/core';

const docsPage = 'deploy-vercel.md#errors';

/** Vercel's error body: `{ error: { code, message, ... } }`. */
interface VercelErrorBody {
  code?: string;
  message?: string;
  missing?: unknown;
  limit?: { reset?: unknown };
}

/** What `@vercel/sdk` throws for an HTTP error answer (its `VercelError` family), read structurally. */
interface VercelHttpError {
  statusCode: number;
  body: string;
  headers: Headers;
}

function isHttpError(error: unknown): error is VercelHttpError {
  return typeof error === 'object' && error !== null && typeof (error as { statusCode?: unknown }).statusCode === 'number' && typeof (error as { body?: unknown }).body === 'string';
}

/** The `error` object of a Vercel error answer, when the body is one. */
export function vercelErrorBody(error: unknown): VercelErrorBody | undefined {
  if (!isHttpError(error)) return undefined;
  try {
    const parsed = JSON.parse(error.body) as { error?: VercelErrorBody };
    return typeof parsed.error === 'object' && parsed.error !== null ? parsed.error : undefined;
  } catch {
    return undefined;
  }
}

/** The HTTP status of what `@vercel/sdk` threw, when it is an error answer. */
export function vercelStatus(error: unknown): number | undefined {
  return isHttpError(error) ? error.statusCode : undefined;
}

/**
 * Maps what `@vercel/sdk` threw while doing `action` (e.g. `create the deployment`) to a coded
 * BuildwrightError that says what to do: 401/403 → VERCEL_AUTH, 402/429 → VERCEL_QUOTA (with
 * `retryAfterSeconds` from `retry-after` or the rate-limit reset), 5xx and connection failures →
 * VERCEL_UNAVAILABLE (retryable), other refusals → VERCEL_REQUEST_FAILED with Vercel's code.
 */
export function vercelError(error: unknown, action: string): BuildwrightError {
  if (BuildwrightError.isInstance(error)) return error;
  const name = error instanceof Error ? error.name : '';
  const reason = error instanceof Error ? error.message : String(error);
  // Checked first: the SDK's validation error carries the (2xx) status of the answer it could not read.
  if (name === 'ResponseValidationError' || name === 'SDKValidationError') {
    return new BuildwrightError({
      code: 'VERCEL_REQUEST_FAILED',
      docsPage,
      message: `Vercel answered the request to ${action} in a shape @vercel/sdk does not accept: ${reason}. Update @vercel/sdk.`,
      details: { action },
      cause: error,
    });
  }
  if (isHttpError(error)) {
    const status = error.statusCode;
    const body = vercelErrorBody(error);
    const said = body?.message ? `${status} ${body.code ?? ''}: ${body.message}`.replace(' :', ':') : `HTTP ${status}`;
    const details = { status, vercelCode: body?.code ?? null, action };
    if (status === 401 || status === 403) {
      return new BuildwrightError({
        code: 'VERCEL_AUTH',
        docsPage,
        message: `Vercel refused the token while trying to ${action} (${said}). Check VERCEL_TOKEN or the token option, and teamId when the project belongs to a team.`,
        details,
        cause: error,
      });
    }
    if (status === 402 || status === 429) {
      const retryAfterSeconds = retryAfter(error.headers, body);
      const wait = retryAfterSeconds === undefined ? 'later' : `in ${retryAfterSeconds} s`;
      return new BuildwrightError({
        code: 'VERCEL_QUOTA',
        docsPage,
        message:
          status === 402
            ? `Vercel's plan limit stopped the request to ${action} (${said}). Upgrade the Vercel plan or remove old deployments, then retry.`
            : `Vercel's rate limit or daily quota stopped the request to ${action} (${said}). Retry ${wait}.`,
        retryable: status === 429,
        details: { ...details, ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }) },
        cause: error,
      });
    }
    if (status >= 500) {
      return new BuildwrightError({ code: 'VERCEL_UNAVAILABLE', docsPage, message: `Vercel failed to ${action} (${said}). Retry in a moment.`, retryable: true, details, cause: error });
    }
    return new BuildwrightError({ code: 'VERCEL_REQUEST_FAILED', docsPage, message: `Vercel refused to ${action} (${said}).`, details, cause: error });
  }
  // The caller's own cancel is told apart before this (it checks its signal): an abort here is the request's timeout.
  if (['RequestAbortedError', 'RequestTimeoutError', 'AbortError', 'TimeoutError'].includes(name)) {
    return new BuildwrightError({
      code: 'VERCEL_UNAVAILABLE',
      docsPage,
      message: `Vercel did not answer the request to ${action} in time (${reason}). Retry, or raise requestTimeoutMs.`,
      retryable: true,
      details: { action },
      cause: error,
    });
  }
  return new BuildwrightError({
    code: 'VERCEL_UNAVAILABLE',
    docsPage,
    message: `Could not reach Vercel to ${action}: ${reason}. Check the network and the baseUrl option.`,
    retryable: true,
    details: { action },
    cause: error,
  });
}

/** Seconds to wait: `retry-after`, else the rate limit's reset (epoch seconds, header or body). */
function retryAfter(headers: Headers, body: VercelErrorBody | undefined): number | undefined {
  const header = headers.get('retry-after');
  if (header !== null && /^\d+$/.test(header.trim())) return Number(header.trim());
  if (header !== null && !Number.isNaN(Date.parse(header))) return Math.max(0, Math.ceil((Date.parse(header) - Date.now()) / 1000));
  const reset = headers.get('x-ratelimit-reset') ?? body?.limit?.reset;
  const resetSeconds = typeof reset === 'string' || typeof reset === 'number' ? Number(reset) : Number.NaN;
  if (Number.isFinite(resetSeconds) && resetSeconds > 0) return Math.max(0, Math.ceil(resetSeconds - Date.now() / 1000));
  return undefined;
}
