import { BuildwrightError } from '@buildwright/core';
import type * as OpenAiModule from 'openai';
import { classifyHttpFailure } from '../llm-common/classify-http-failure.js';

const docs = 'openai.md';

/** Maps what the `openai` client threw to a BuildwrightError with an LLM_* code. */
export function openAiError(error: unknown, sdk: typeof OpenAiModule, label: string): BuildwrightError {
  if (BuildwrightError.isInstance(error)) return error;
  if (error instanceof sdk.APIConnectionTimeoutError) {
    return new BuildwrightError({ code: 'LLM_TIMEOUT', docsPage: docs, message: `${label} did not answer in time. Raise timeoutMs for slow models.`, retryable: true, cause: error });
  }
  if (error instanceof sdk.APIConnectionError) {
    const reason = error.cause instanceof Error ? `${error.message} (${describeCause(error.cause)})` : error.message;
    return new BuildwrightError({
      code: 'LLM_UNAVAILABLE',
      docsPage: docs,
      message: `Could not reach ${label}: ${reason}. Check baseURL and that the server is running.`,
      retryable: true,
      cause: error,
    });
  }
  if (error instanceof sdk.APIError) {
    const body = error.error as { message?: unknown } | undefined;
    const message = typeof body?.message === 'string' ? body.message : error.message;
    return classifyHttpFailure(
      { status: error.status, code: error.code, type: error.type, message, headers: error.headers, requestId: error.requestID },
      { label, authHint: 'Check OPENAI_API_KEY or the apiKey option (and baseURL for other providers).', docs, cause: error },
    );
  }
  if (error instanceof SyntaxError) {
    return new BuildwrightError({ code: 'LLM_BAD_OUTPUT', docsPage: docs, message: `${label} sent a stream chunk that is not JSON: ${error.message}.`, cause: error });
  }
  // undici reports a connection closed mid-body as `TypeError: terminated` (cause: SocketError).
  const detail = error instanceof Error ? describeCause(error) : String(error);
  return new BuildwrightError({
    code: 'LLM_UNAVAILABLE',
    docsPage: docs,
    message: `The connection to ${label} was lost mid-stream: ${detail}.`,
    retryable: true,
    cause: error,
  });
}

function describeCause(error: Error): string {
  const cause = error.cause;
  const inner = cause instanceof Error ? cause.message : typeof cause === 'object' && cause !== null && 'code' in cause ? String((cause as { code: unknown }).code) : '';
  return inner && inner !== error.message ? `${error.message}: ${inner}` : error.message;
}
