import { BuildwrightError, type BuildwrightErrorCode } from '@buildwright/client';

/** The body of every error response: `{ error: { code, message, docsUrl } }`. */
export interface HttpErrorBody {
  error: {
    code: BuildwrightErrorCode;
    message: string;
    /** Absolute address of the docs that explain the error. */
    docsUrl: string;
  };
}

const statusByCode: Partial<Record<BuildwrightErrorCode, number>> = {
  INVALID_INPUT: 400,
  IMPORT_REJECTED: 400,
  PATH_OUTSIDE_PROJECT: 400,
  PATH_INVALID: 400,
  PATH_PROTECTED: 400,
  PLAN_INVALID: 400,
  RUN_METADATA_INVALID: 400,
  UNAUTHORIZED: 401,
  PAYMENT_REQUIRED: 402,
  PROJECT_NOT_FOUND: 404,
  RUN_NOT_FOUND: 404,
  TOOL_APPROVAL_NOT_FOUND: 404,
  VERSION_NOT_FOUND: 404,
  DEPLOYMENT_NOT_FOUND: 404,
  AGENT_NOT_FOUND: 404,
  AGENT_VERSION_NOT_FOUND: 404,
  AGENT_NOT_PUBLISHED: 409,
  AGENT_MODEL_UNKNOWN: 400,
  AGENT_EVALS_FAILED: 422,
  AGENT_DRAFT_CHANGED: 409,
  AGENT_EXECUTION_NOT_FOUND: 404,
  AGENT_EXECUTION_TAKEN_OVER: 409,
  DEPLOY_TARGET_UNKNOWN: 400,
  DEPLOY_UNSUPPORTED_KIND: 400,
  DEPLOY_LOCAL_CHAIN: 400,
  CHAIN_NOT_CONFIGURED: 400,
  DEPLOY_BUILD_FAILED: 422,
  ROUTE_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  RUN_CANCELLED: 409,
  VERSION_CONFLICT: 409,
  GIT_CONFLICT: 409,
  GIT_REMOTE_AHEAD: 409,
  GIT_SYNC_BUSY: 409,
  PROJECT_BUSY: 409,
  PLAN_NOT_AWAITING_APPROVAL: 409,
  RUN_AWAITING_APPROVAL: 409,
  PAYLOAD_TOO_LARGE: 413,
  BUDGET_EXCEEDED: 429,
  TOO_MANY_REQUESTS: 429,
  QUOTA_EXCEEDED: 429,
  SERVER_UNAVAILABLE: 503,
  STORAGE_UNAVAILABLE: 503,
  EVENT_BUS_UNAVAILABLE: 503,
  EMBEDDING_FAILED: 503,
};

/** HTTP status for an error code: 4xx for what the caller can fix, 500 for the rest. */
export function statusOf(code: BuildwrightErrorCode): number {
  return statusByCode[code] ?? 500;
}

/** A JSON response with the given status. */
export function json(body: unknown, status = 200, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store', ...headers } });
}

/** A BuildwrightError to throw from a route; `errorResponse` turns it into `{ error }`. */
export function httpError(code: BuildwrightErrorCode, message: string, details: Record<string, unknown> = {}): BuildwrightError {
  return new BuildwrightError({ code, message, details });
}

/**
 * The response for anything a route threw. A BuildwrightError with a 4xx status keeps its code
 * and message; everything else becomes a 500 with a fixed message, so no stack trace, SQL or
 * vendor detail leaves the server (`onError` still sees the original error).
 */
export function errorResponse(error: unknown): Response {
  if (BuildwrightError.isInstance(error)) {
    const status = statusOf(error.code);
    if (status < 500) {
      const headers: Record<string, string> = typeof error.details.allow === 'string' ? { allow: error.details.allow } : {};
      if (typeof error.details.retryAfterSeconds === 'number') headers['retry-after'] = String(error.details.retryAfterSeconds);
      return json(errorBody(error), status, headers);
    }
    if (error.code === 'SERVER_UNAVAILABLE') return json(errorBody(error, 'The server is unavailable; try again shortly.'), status);
    // The embedding model's own message stays on the server (it may name an upstream host or key).
    if (error.code === 'EMBEDDING_FAILED')
      return json(errorBody(error, 'Template search is unavailable: the embedding model failed. Try again shortly, or list the templates without a query.'), status);
  }
  return json(errorBody(internalError), 500);
}

/** What a 500 says, whatever was thrown. */
const internalError = new BuildwrightError({ code: 'INTERNAL', message: 'The server failed to handle this request. It has been logged; try again, and report it if it persists.' });

function errorBody(error: BuildwrightError, message = error.message): HttpErrorBody {
  return { error: { code: error.code, message, docsUrl: error.docsUrl } };
}
