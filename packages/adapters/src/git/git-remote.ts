import { mkdtemp, rm } from 'node:fs/promises';
import * as fs from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BuildwrightError } from '@buildwright/core';
import type { HttpClient } from 'isomorphic-git';
import { importPeer } from '../internal/peer-dependency.js';
import type { ScratchRepository } from './git-objects.js';

/**
 * Credentials for the remote, as isomorphic-git's `onAuth` takes them: a GitHub token is
 * `{ username: token }` (or `{ username: 'x-access-token', password: token }`), other hosts take a
 * user name and password or token, or extra `headers`.
 */
export interface GitAuth {
  username?: string;
  password?: string;
  headers?: Record<string, string>;
}

/** A scratch repository and the remote it talks to. */
export interface RemoteSession extends ScratchRepository {
  http: HttpClient;
  url: string;
  auth: GitAuth | undefined;
  /** Removes the scratch repository. */
  dispose(): Promise<void>;
}

/** Opens an empty scratch repository under `parent` (the OS temp directory by default) for one push or pull. */
export async function openRemoteSession(input: { url: string; auth: GitAuth | undefined; parent?: string | undefined }): Promise<RemoteSession> {
  const git = await importPeer('gitSync', 'isomorphic-git', () => import('isomorphic-git'));
  const http = (await importPeer('gitSync', 'isomorphic-git', () => import('isomorphic-git/http/node'))).default;
  const dir = await mkdtemp(join(input.parent ?? tmpdir(), 'buildwright-git-'));
  await git.init({ fs, dir, defaultBranch: 'buildwright' });
  // fetch records what it took under the remote's refspec, so the scratch repository names one.
  await git.addRemote({ fs, dir, remote: 'origin', url: input.url });
  return { git, fs, dir, cache: {}, http, url: input.url, auth: input.auth, dispose: () => rm(dir, { recursive: true, force: true }) };
}

const authCallbacks = (session: RemoteSession) => ({
  ...(session.auth ? { onAuth: () => session.auth as GitAuth } : {}),
  // Asked again after a refusal, isomorphic-git would retry the same credentials forever.
  onAuthFailure: () => ({ cancel: true }),
});

/**
 * Fetches the remote branch into the scratch repository and returns its commit, or `null` when the
 * remote has no such branch (an empty repository).
 */
export async function fetchBranch(session: RemoteSession, branch: string): Promise<string | null> {
  const { git, fs, dir, http, url, cache } = session;
  try {
    const refs = await git.listServerRefs({ http, url, prefix: `refs/heads/${branch}`, ...authCallbacks(session) });
    if (!refs.some((ref) => ref.ref === `refs/heads/${branch}`)) return null;
    const fetched = await git.fetch({ fs, http, dir, url, remote: 'origin', ref: branch, singleBranch: true, tags: false, cache, ...authCallbacks(session) });
    return fetched.fetchHead;
  } catch (error) {
    throw remoteError(error, url, 'fetch');
  }
}

/** Moves the remote branch to `commit` (a fast-forward only); `GIT_REMOTE_AHEAD` when the remote moved meanwhile. */
export async function pushBranch(session: RemoteSession, branch: string, commit: string): Promise<void> {
  const { git, fs, dir, http, url, cache } = session;
  await git.writeRef({ fs, dir, ref: 'refs/heads/buildwright-push', value: commit, force: true });
  try {
    const result = await git.push({ fs, http, dir, url, ref: 'refs/heads/buildwright-push', remoteRef: `refs/heads/${branch}`, cache, ...authCallbacks(session) });
    const status = result.refs[`refs/heads/${branch}`];
    if (!result.ok || (status && !status.ok)) {
      throw new BuildwrightError({
        code: 'GIT_REMOTE_FAILED',
        docsPage: 'git-sync.md#errors',
        message: `The remote ${url} refused the push to ${branch}: ${status?.error ?? result.error ?? 'no reason given'}. Check the branch's protection rules and the token's write access.`,
        details: { url, branch, reason: status?.error ?? result.error ?? null },
      });
    }
  } catch (error) {
    throw remoteError(error, url, 'push');
  }
}

/** A thrown error of isomorphic-git or the network as a `BuildwrightError` that says what to do; others unchanged. */
export function remoteError(error: unknown, url: string, action: 'fetch' | 'push'): unknown {
  if (BuildwrightError.isInstance(error)) return error;
  const code = (error as { code?: unknown } | null)?.code;
  const data = ((error as { data?: unknown } | null)?.data ?? {}) as { statusCode?: number; reason?: string };
  const failed = (message: string, details: Record<string, unknown>, retryable = false) =>
    new BuildwrightError({ code: 'GIT_REMOTE_FAILED', docsPage: 'git-sync.md#errors', retryable, message, cause: error, details: { url, action, ...details } });
  if (code === 'PushRejectedError' || (code === 'NotFoundError' && action === 'push')) {
    return new BuildwrightError({
      code: 'GIT_REMOTE_AHEAD',
      docsPage: 'git-sync.md#errors',
      message: `The remote ${url} has commits this project has not pulled (it moved while pushing), so nothing was pushed. Pull first, then push again.`,
      cause: error,
      details: { url },
    });
  }
  if (code === 'UserCanceledError' || (code === 'HttpError' && (data.statusCode === 401 || data.statusCode === 403))) {
    return failed(
      `The remote ${url} refused the credentials for ${action} (HTTP ${data.statusCode ?? 401}). Pass auth with a token that can ${action === 'push' ? 'write to' : 'read'} the repository.`,
      { status: data.statusCode ?? 401 },
    );
  }
  if (code === 'HttpError' && data.statusCode === 404) return failed(`There is no Git repository at ${url} (HTTP 404). Check the remote URL, or create the repository first.`, { status: 404 });
  if (code === 'HttpError') return failed(`The remote ${url} answered HTTP ${data.statusCode} to the ${action}. Try again later.`, { status: data.statusCode }, (data.statusCode ?? 0) >= 500);
  if (code === 'SmartHttpError') return failed(`${url} does not answer as a Git smart HTTP server. Check the remote URL (it usually ends in .git).`, {});
  const systemCode = (error as { code?: unknown; cause?: { code?: unknown } } | null)?.cause?.code ?? code;
  if (typeof systemCode === 'string' && /^(ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|UND_ERR_)/.test(systemCode)) {
    return failed(`The remote ${url} could not be reached for ${action} (${systemCode}). Check the URL and the network, then try again.`, { reason: systemCode }, true);
  }
  return error;
}
