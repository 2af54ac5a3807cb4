import { BuildwrightError } from '@buildwright/core';
import { retryAfterMs } from './retry-after.js';

/** What an HTTP-level model failure says about itself. */
export interface HttpFailure {
  status: number | undefined;
  /** Provider error code, e.g. `context_length_exceeded`, `insufficient_quota`. */
  code?: string | null | undefined;
  /** Provider error type, e.g. `invalid_request_error`. */
  type?: string | null | undefined;
  /** The provider's own message, kept in ours. */
  message: string;
  headers?: Headers | Record<string, string | string[] | undefined> | null | undefined;
  requestId?: string | null | undefined;
}

export interface FailureContext {
  /** Who failed, for messages: `gpt-4.1-mini at https://api.openai.com/v1`. */
  label: string;
  /** What to check when credentials are refused, e.g. `Check OPENAI_API_KEY or the apiKey option.` */
  authHint: string;
  docs: string;
  cause: unknown;
  details?: Record<string, unknown>;
}

const contextTooLong = /context[ _-]?length|context window|maximum context|too many tokens|prompt is too long|input is too long|reduce the length/i;

/** True when a provider error says the prompt does not fit the model's context window. */
export function isContextTooLong(failure: Pick<HttpFailure, 'code' | 'message'>): boolean {
  return failure.code === 'context_length_exceeded' || contextTooLong.test(failure.message);
}

/**
 * Maps an HTTP failure to the LLM_* codes: 401/403 auth, 429 rate limit (retryable unless the
 * quota is gone), context overflow, 408 timeout, other 4xx bad request (never retried), 5xx
 * unavailable (retryable). The provider's message is kept; `retryAfterMs` lands in details.
 */
export function classifyHttpFailure(failure: HttpFailure, context: FailureContext): BuildwrightError {
  const { status } = failure;
  const said = failure.message.trim().replace(/\.$/, '') || 'no message';
  const statusText = status === undefined ? 'in the stream' : `HTTP ${status}`;
  const wait = retryAfterMs(failure.headers);
  const details: Record<string, unknown> = {
    ...context.details,
    status: status ?? null,
    providerCode: failure.code ?? null,
    ...(failure.requestId ? { requestId: failure.requestId } : {}),
    ...(wait === undefined ? {} : { retryAfterMs: wait }),
  };
  const make = (code: ConstructorParameters<typeof BuildwrightError>[0]['code'], message: string, retryable: boolean) =>
    new BuildwrightError({ code, message: `${message} See ${context.docs}.`, retryable, details, cause: context.cause });

  if (status === 401 || status === 403) {
    return make('LLM_AUTH', `${context.label} refused the credentials (${statusText}): ${said}. ${context.authHint}`, false);
  }
  if (status === 429 || failure.code === 'rate_limit_exceeded') {
    if (failure.code === 'insufficient_quota') {
      return make('LLM_RATE_LIMITED', `${context.label} says the account's quota is used up (${statusText}): ${said}. Check the plan and billing; retrying will not help.`, false);
    }
    return make('LLM_RATE_LIMITED', `${context.label} is rate limiting requests (${statusText}): ${said}. Wait and try again, or lower the request rate.`, true);
  }
  if (isContextTooLong(failure)) {
    return make(
      'LLM_CONTEXT_TOO_LONG',
      `The prompt does not fit the context window of ${context.label} (${statusText}): ${said}. Send fewer or smaller files, or use a model with a larger context window.`,
      false,
    );
  }
  if (status === 408) {
    return make('LLM_TIMEOUT', `${context.label} timed out the request (${statusText}): ${said}.`, false);
  }
  if (status !== undefined && status >= 400 && status < 500) {
    return make('LLM_BAD_REQUEST', `${context.label} rejected the request (${statusText}): ${said}. Check the model id and options.`, false);
  }
  return make('LLM_UNAVAILABLE', `${context.label} failed (${statusText}): ${said}. If this persists, the provider is down.`, true);
}

/** What is known of an error that carried no HTTP status: its name, message, and whether the vendor said its output could not be parsed. */
export interface ThrownFailure {
  error: unknown;
  name: string | undefined;
  message: string;
  /** The vendor reported output it could not parse (a JSON or validation error of its own). */
  unreadableOutput?: boolean;
}

/**
 * Maps an error without an HTTP status to LLM_BAD_OUTPUT (unparseable output), LLM_TIMEOUT,
 * LLM_UNAVAILABLE retryable (a lost connection: names and messages of Node's and undici's network
 * errors, searched through the `cause` chain) or LLM_UNAVAILABLE not retryable (anything else).
 */
export function classifyThrownFailure(failure: ThrownFailure, context: Pick<FailureContext, 'label' | 'docs'>): BuildwrightError {
  const { error, name, message } = failure;
  const { label, docs } = context;
  if (failure.unreadableOutput || error instanceof SyntaxError) {
    return new BuildwrightError({ code: 'LLM_BAD_OUTPUT', docsPage: docs, message: `${label} sent output that could not be read: ${message}.`, cause: error });
  }
  if (name === 'TimeoutError' || /timed? ?out/i.test(message)) {
    return new BuildwrightError({ code: 'LLM_TIMEOUT', docsPage: docs, message: `${label} timed out: ${message}.`, retryable: true, cause: error });
  }
  if (/connection|terminated|socket|ECONNRESET|ECONNREFUSED|fetch failed|network/i.test(`${name ?? ''} ${message} ${describeCauses(error)}`)) {
    return new BuildwrightError({ code: 'LLM_UNAVAILABLE', docsPage: docs, message: `The connection to ${label} failed: ${message}.`, retryable: true, cause: error });
  }
  return new BuildwrightError({ code: 'LLM_UNAVAILABLE', docsPage: docs, message: `${label} failed: ${message}.`, retryable: false, cause: error });
}

function describeCauses(error: unknown): string {
  const cause = (error as { cause?: unknown } | null)?.cause;
  if (cause instanceof Error) return `${cause.name} ${cause.message} ${String((cause as { code?: unknown }).code ?? '')} ${describeCauses(cause)}`;
  return '';
}
