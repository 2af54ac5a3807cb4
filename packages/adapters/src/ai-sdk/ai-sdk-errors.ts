import { BuildwrightError } from '@buildwright/core';
import { classifyHttpFailure, classifyThrownFailure, isContextTooLong } from '../llm-common/classify-http-failure.js';

const docs = 'ai-sdk.md';

interface ErrorFields {
  name?: unknown;
  message?: unknown;
  statusCode?: unknown;
  responseHeaders?: Record<string, string>;
  data?: { error?: { message?: unknown; code?: unknown; type?: unknown } };
  cause?: unknown;
}

/**
 * Maps what the AI SDK threw or streamed as an `error` part to a BuildwrightError. Provider HTTP
 * failures are `APICallError`s (`statusCode`, `responseHeaders`, the parsed error body in `data`);
 * `RetryError` wraps the last one when the SDK itself retried; the rest are timeouts, lost
 * connections, or output the SDK could not parse.
 */
export function aiSdkError(error: unknown, label: string): BuildwrightError {
  if (BuildwrightError.isInstance(error)) return error;
  const fields = (typeof error === 'object' && error !== null ? error : {}) as ErrorFields & { lastError?: unknown };
  if (fields.name === 'AI_RetryError' && fields.lastError !== undefined) return aiSdkError(fields.lastError, label);
  const message = typeof fields.message === 'string' ? fields.message : String(error);
  const body = fields.data?.error;
  const providerMessage = typeof body?.message === 'string' ? body.message : message;
  const code = typeof body?.code === 'string' ? body.code : typeof body?.type === 'string' ? body.type : undefined;
  const context = { label, authHint: "Check the provider's API key.", docs, cause: error };

  if (typeof fields.statusCode === 'number') {
    return classifyHttpFailure({ status: fields.statusCode, code, message: providerMessage, headers: fields.responseHeaders }, context);
  }
  if (isContextTooLong({ code, message: providerMessage })) return classifyHttpFailure({ status: 400, code: 'context_length_exceeded', message: providerMessage }, context);
  const unreadableOutput = fields.name === 'AI_JSONParseError' || fields.name === 'AI_TypeValidationError';
  return classifyThrownFailure({ error, name: typeof fields.name === 'string' ? fields.name : undefined, message, unreadableOutput }, context);
}
