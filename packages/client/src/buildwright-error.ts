import { docsUrlFor } from './error-docs.js';

const marker = Symbol.for('buildwright.error');

/** Every stable error code Buildwright raises. Codes never change meaning once released. */
export type BuildwrightErrorCode =
  | 'INVALID_INPUT'
  | 'PATH_OUTSIDE_PROJECT'
  | 'PATH_PROTECTED'
  | 'PATH_INVALID'
  | 'TOO_MANY_REQUESTS'
  | 'QUOTA_EXCEEDED'
  | 'PAYMENT_REQUIRED'
  | 'PROJECT_LIMIT_EXCEEDED'
  | 'DEPENDENCY_REFUSED'
  | 'TRANSCRIPT_INVALID'
  | 'TRANSCRIPT_EXHAUSTED'
  | 'LLM_AUTH'
  | 'LLM_RATE_LIMITED'
  | 'LLM_BAD_REQUEST'
  | 'LLM_CONTEXT_TOO_LONG'
  | 'LLM_UNAVAILABLE'
  | 'LLM_TIMEOUT'
  | 'LLM_BAD_OUTPUT'
  | 'LLM_MISSING_API_KEY'
  | 'SANDBOX_TIMEOUT'
  | 'SANDBOX_UNAVAILABLE'
  | 'SANDBOX_COMMAND_FAILED'
  | 'CHECK_FAILED'
  | 'BUDGET_EXCEEDED'
  | 'NO_PROGRESS'
  | 'RUN_CANCELLED'
  | 'RUN_NOT_FOUND'
  | 'RUN_LEASE_LOST'
  | 'RUN_ABANDONED'
  | 'RUN_AWAITING_APPROVAL'
  | 'PLAN_INVALID'
  | 'PLAN_NOT_AWAITING_APPROVAL'
  | 'RUN_METADATA_INVALID'
  | 'PROJECT_NOT_FOUND'
  | 'PROJECT_BUSY'
  | 'VERSION_NOT_FOUND'
  | 'STORAGE_ERROR'
  | 'STORAGE_LOCKED'
  | 'STORAGE_UNAVAILABLE'
  | 'EVENT_BUS_UNAVAILABLE'
  | 'VERSION_CONFLICT'
  | 'IMPORT_REJECTED'
  | 'GIT_CONFLICT'
  | 'GIT_REMOTE_AHEAD'
  | 'GIT_REMOTE_FAILED'
  | 'GIT_SYNC_BUSY'
  | 'CONTRACT_COMPILE_FAILED'
  | 'CONTRACT_DEPLOY_FAILED'
  | 'CHAIN_INSUFFICIENT_FUNDS'
  | 'CHAIN_NONCE'
  | 'CHAIN_REVERTED'
  | 'CHAIN_UNAVAILABLE'
  | 'CHAIN_MAINNET_REFUSED'
  | 'CHAIN_NOT_CONFIGURED'
  | 'DEPLOY_TARGET_UNKNOWN'
  | 'DEPLOY_UNSUPPORTED_KIND'
  | 'DEPLOY_BUILD_FAILED'
  | 'DEPLOY_FAILED'
  | 'DEPLOY_LOCAL_CHAIN'
  | 'DEPLOYMENT_NOT_FOUND'
  | 'UNAUTHORIZED'
  | 'ROUTE_NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'PAYLOAD_TOO_LARGE'
  | 'PEER_DEPENDENCY_MISSING'
  | 'SERVER_UNAVAILABLE'
  | 'VERCEL_AUTH'
  | 'VERCEL_QUOTA'
  | 'VERCEL_TIMEOUT'
  | 'VERCEL_UNAVAILABLE'
  | 'VERCEL_REQUEST_FAILED'
  | 'GITHUB_AUTH'
  | 'GITHUB_REPO_EXISTS'
  | 'GITHUB_NOT_FOUND'
  | 'GITHUB_RATE_LIMITED'
  | 'GITHUB_UNAVAILABLE'
  | 'GITHUB_REQUEST_FAILED'
  | 'TOOL_TIMEOUT'
  | 'TOOL_UNAVAILABLE'
  | 'TOOL_APPROVAL_NOT_FOUND'
  | 'AGENT_NOT_FOUND'
  | 'AGENT_VERSION_NOT_FOUND'
  | 'AGENT_NOT_PUBLISHED'
  | 'AGENT_MODEL_UNKNOWN'
  | 'AGENT_DEFINITION_INVALID'
  | 'AGENT_EVALS_FAILED'
  | 'AGENT_DRAFT_CHANGED'
  | 'AGENT_EXECUTION_NOT_FOUND'
  | 'AGENT_EXECUTION_TAKEN_OVER'
  | 'TEMPLATE_INVALID'
  | 'EMBEDDING_FAILED'
  | 'VECTOR_DIMENSION_MISMATCH'
  | 'INTERNAL';

export interface BuildwrightErrorOptions {
  code: BuildwrightErrorCode;
  /** What happened and what to do about it, in one or two sentences. */
  message: string;
  cause?: unknown;
  /** True when the same call may succeed if tried again. */
  retryable?: boolean;
  /** Structured details for programs (the check name, the path, the HTTP status...). */
  details?: Record<string, unknown>;
  /** The docs page that explains this error, relative to `docs/` (`'dapp.md#chains'`); default: its code's page. */
  docsPage?: string;
}

/**
 * The one error type Buildwright throws. Vendor errors are wrapped as `cause`.
 *
 * @example
 * try { await handle.result } catch (error) {
 *   if (BuildwrightError.isInstance(error) && error.code === 'LLM_RATE_LIMITED') retryLater();
 * }
 */
export class BuildwrightError extends Error {
  readonly [marker] = true;
  readonly code: BuildwrightErrorCode;
  readonly retryable: boolean;
  readonly details: Record<string, unknown>;
  /** Absolute address of the docs that explain this error and what to do. */
  readonly docsUrl: string;

  constructor(options: BuildwrightErrorOptions) {
    super(options.message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'BuildwrightError';
    this.code = options.code;
    this.retryable = options.retryable ?? false;
    this.details = options.details ?? {};
    this.docsUrl = docsUrlFor(options.code, options.docsPage);
  }

  /** True for a BuildwrightError from any copy of this package. */
  static isInstance(error: unknown): error is BuildwrightError {
    return typeof error === 'object' && error !== null && (error as Record<symbol, unknown>)[marker] === true;
  }

  toJSON(): { name: string; code: BuildwrightErrorCode; message: string; retryable: boolean; details: Record<string, unknown>; docsUrl: string } {
    return { name: this.name, code: this.code, message: this.message, retryable: this.retryable, details: this.details, docsUrl: this.docsUrl };
  }
}

/** Wraps anything thrown into a BuildwrightError, keeping BuildwrightErrors as they are. */
export function toBuildwrightError(error: unknown, fallback: Omit<BuildwrightErrorOptions, 'cause'> = { code: 'INTERNAL', message: 'Unexpected error.' }): BuildwrightError {
  if (BuildwrightError.isInstance(error)) return error;
  const detail = error instanceof Error ? error.message : String(error);
  return new BuildwrightError({ ...fallback, message: `${fallback.message} ${detail}`.trim(), cause: error });
}
