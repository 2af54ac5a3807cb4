import { BuildwrightError } from '@buildwright/core';

const docsPage = 'github.md#errors';

/** What Octokit throws for an HTTP error (`RequestError`, named `HttpError`), read structurally. */
interface OctokitRequestError {
  status: number;
  message: string;
  response?: { data?: unknown; headers?: Record<string, string | number | undefined> };
}

function isRequestError(error: unknown): error is OctokitRequestError {
  return error instanceof Error && error.name === 'HttpError' && typeof (error as { status?: unknown }).status === 'number';
}

/** GitHub's error body: `{ message, errors?: [{ resource, code, field, message }], documentation_url }`. */
interface GithubErrorBody {
  message?: string;
  errors?: Array<{ code?: string; field?: string; message?: string } | string>;
}

/**
 * Maps what Octokit threw while doing `action` (e.g. `create repository acme/shop`) to a coded
 * BuildwrightError that says what to do: 401 → GITHUB_AUTH; 422 "name already exists" →
 * GITHUB_REPO_EXISTS; 404 → GITHUB_NOT_FOUND; 429 or a 403 with the rate limit spent →
 * GITHUB_RATE_LIMITED (with `retryAfterSeconds`); another 403 → GITHUB_AUTH (missing scope or
 * rights); 5xx and network failures → GITHUB_UNAVAILABLE (retryable); else GITHUB_REQUEST_FAILED.
 */
export function githubError(error: unknown, action: string): BuildwrightError {
  if (BuildwrightError.isInstance(error)) return error;
  if (!isRequestError(error) || error.response === undefined) {
    const reason = error instanceof Error ? error.message : String(error);
    return new BuildwrightError({
      code: 'GITHUB_UNAVAILABLE',
      docsPage,
      message: `Could not reach GitHub to ${action}: ${reason}. Check the network and the baseUrl option.`,
      retryable: true,
      details: { action },
      cause: error,
    });
  }
  const status = error.status;
  const body = (typeof error.response.data === 'object' && error.response.data !== null ? error.response.data : {}) as GithubErrorBody;
  const headers = error.response.headers ?? {};
  const reasons = (body.errors ?? []).map((entry) => (typeof entry === 'string' ? entry : (entry.message ?? `${entry.field ?? ''} ${entry.code ?? ''}`.trim())));
  const said = [body.message ?? error.message, ...reasons].filter(Boolean).join(': ');
  const details = { status, action, ...(reasons.length > 0 ? { reasons } : {}) };

  const retryAfterSeconds = rateLimitWait(headers);
  if (status === 429 || (status === 403 && (String(headers['x-ratelimit-remaining']) === '0' || /rate limit/i.test(said)))) {
    return new BuildwrightError({
      code: 'GITHUB_RATE_LIMITED',
      docsPage,
      message: `GitHub's rate limit stopped the request to ${action} (${status}: ${said}). Retry ${retryAfterSeconds === undefined ? 'later' : `in ${retryAfterSeconds} s`}.`,
      retryable: true,
      details: { ...details, ...(retryAfterSeconds === undefined ? {} : { retryAfterSeconds }) },
      cause: error,
    });
  }
  if (status === 401 || status === 403) {
    return new BuildwrightError({
      code: 'GITHUB_AUTH',
      docsPage,
      message: `GitHub refused the token while trying to ${action} (${status}: ${said}). Check GITHUB_TOKEN or the token option, and that it may manage repositories (the "repo" scope; "delete_repo" to delete; Administration for fine-grained tokens).`,
      details,
      cause: error,
    });
  }
  if (status === 422 && reasons.some((reason) => /already exists/i.test(reason))) {
    return new BuildwrightError({
      code: 'GITHUB_REPO_EXISTS',
      docsPage,
      message: `GitHub could not ${action}: a repository of that name already exists for this owner. Choose another name, or use the existing one with getRepository.`,
      details,
      cause: error,
    });
  }
  if (status === 404) {
    return new BuildwrightError({
      code: 'GITHUB_NOT_FOUND',
      docsPage,
      message: `GitHub found nothing to ${action} (404 Not Found): the repository or organization does not exist, or the token cannot see it.`,
      details,
      cause: error,
    });
  }
  if (status >= 500) {
    return new BuildwrightError({ code: 'GITHUB_UNAVAILABLE', docsPage, message: `GitHub failed to ${action} (${status}: ${said}). Retry in a moment.`, retryable: true, details, cause: error });
  }
  return new BuildwrightError({ code: 'GITHUB_REQUEST_FAILED', docsPage, message: `GitHub refused to ${action} (${status}: ${said}).`, details, cause: error });
}

/** Seconds to wait: `retry-after`, else until `x-ratelimit-reset` (epoch seconds). */
function rateLimitWait(headers: Record<string, string | number | undefined>): number | undefined {
  const retryAfter = headers['retry-after'];
  if (retryAfter !== undefined && /^\d+$/.test(String(retryAfter))) return Number(retryAfter);
  const reset = Number(headers['x-ratelimit-reset']);
  if (Number.isFinite(reset) && reset > 0) return Math.max(0, Math.ceil(reset - Date.now() / 1000));
  return undefined;
}
