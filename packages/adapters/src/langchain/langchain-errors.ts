import { BuildwrightError } from '@buildwright/core';
import { classifyHttpFailure, classifyThrownFailure, isContextTooLong } from '../llm-common/classify-http-failure.js';

const docs = 'langchain.md';

interface ErrorFields {
  name?: string;
  message?: string;
  status?: unknown;
  statusCode?: unknown;
  response?: { status?: unknown; headers?: unknown };
  headers?: unknown;
  code?: unknown;
  error?: { message?: unknown; code?: unknown; type?: unknown };
  lc_error_code?: unknown;
  requestID?: unknown;
}

/**
 * Maps what a LangChain chat model threw to a BuildwrightError. Works from what providers
 * share: an HTTP `status` (OpenAI, Anthropic, Groq... SDK errors), LangChain's `lc_error_code`
 * and `ContextOverflowError`, timeout and connection error names.
 */
export function langChainError(error: unknown, label: string): BuildwrightError {
  if (BuildwrightError.isInstance(error)) return error;
  const fields = (typeof error === 'object' && error !== null ? error : {}) as ErrorFields;
  const rawMessage = typeof fields.message === 'string' ? fields.message : String(error);
  const message = rawMessage.replace(/\s*Troubleshooting URL:[\s\S]*$/, '').trim();
  const providerMessage = typeof fields.error?.message === 'string' ? fields.error.message : message;
  const code = typeof fields.error?.code === 'string' ? fields.error.code : typeof fields.code === 'string' ? fields.code : undefined;
  const context = { label, authHint: "Check the chat model's API key.", docs, cause: error };

  if (fields.name === 'ContextOverflowError' || fields.lc_error_code === 'CONTEXT_OVERFLOW')
    return classifyHttpFailure({ status: 400, code: 'context_length_exceeded', message: providerMessage }, context);
  const status = [fields.status, fields.statusCode, fields.response?.status].find((value): value is number => typeof value === 'number');
  if (status !== undefined) {
    const headers = (fields.headers ?? fields.response?.headers) as Headers | Record<string, string> | undefined;
    return classifyHttpFailure({ status, code, message: providerMessage, headers, requestId: typeof fields.requestID === 'string' ? fields.requestID : undefined }, context);
  }
  const lcCode = fields.lc_error_code;
  if (lcCode === 'MODEL_AUTHENTICATION') return classifyHttpFailure({ status: 401, message: providerMessage }, context);
  if (lcCode === 'MODEL_RATE_LIMIT') return classifyHttpFailure({ status: 429, message: providerMessage }, context);
  if (lcCode === 'MODEL_NOT_FOUND') return classifyHttpFailure({ status: 404, message: providerMessage }, context);
  if (isContextTooLong({ code, message: providerMessage })) return classifyHttpFailure({ status: 400, code: 'context_length_exceeded', message: providerMessage }, context);
  return classifyThrownFailure({ error, name: fields.name, message }, context);
}
