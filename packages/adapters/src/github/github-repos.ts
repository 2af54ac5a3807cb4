import { BuildwrightError } from '@buildwright/core';
import type { Octokit } from '@octokit/rest';
import { importPeer, requirePeers } from '../internal/peer-dependency.js';
import { githubError } from './github-errors.js';

export interface GithubReposOptions {
  /** A GitHub token (classic with the `repo` scope, or fine-grained with Administration). Default: `GITHUB_TOKEN`, read when first needed. */
  token?: string;
  /** GitHub's REST API address. Default `https://api.github.com`; GitHub Enterprise `https://<host>/api/v3`; tests a local stand-in. */
  baseUrl?: string;
  /** Time one request may take. Default 30,000 ms. */
  requestTimeoutMs?: number;
}

/** A repository as `githubRepos` reports it: what a git remote and a link need. */
export interface GithubRepository {
  owner: string;
  repo: string;
  /** HTTPS clone address (the `url` of an isomorphic-git push or fetch). */
  cloneUrl: string;
  htmlUrl: string;
  defaultBranch: string;
  private: boolean;
}

export interface CreateGithubRepositoryInput {
  /** The repository's name; GitHub turns characters it does not keep into `-`. */
  name: string;
  /** Default true: generated code stays private until its owner says otherwise. */
  private?: boolean;
  description?: string;
  /** Create it in this organization instead of the token's own account. */
  org?: string;
  /** Start with a README commit. Default false: an empty repository, ready for a first push. */
  autoInit?: boolean;
}

/** What isomorphic-git's `onAuth` returns for a GitHub token over HTTPS. */
export interface GithubGitAuth {
  username: 'x-access-token';
  password: string;
}

/** Repository management on GitHub for a project's two-way sync. */
export interface GithubRepos {
  /** Creates a repository; a taken name is `GITHUB_REPO_EXISTS`. */
  createRepository(input: CreateGithubRepositoryInput): Promise<GithubRepository>;
  /** The repository, or `undefined` when GitHub answers 404 (absent, or the token cannot see it). */
  getRepository(input: { owner: string; repo: string }): Promise<GithubRepository | undefined>;
  /** Deletes a repository (the token needs `delete_repo`); an absent one is `GITHUB_NOT_FOUND`. */
  deleteRepository(input: { owner: string; repo: string }): Promise<void>;
  /** Credentials for git over HTTPS: `onAuth: () => repos.gitAuth()` in isomorphic-git. */
  gitAuth(): GithubGitAuth;
}

/**
 * GitHub repositories for projects, on Octokit (`@octokit/rest`): create one for a project (in the
 * token's account or an organization), read it, delete it, and the credentials isomorphic-git
 * needs to push to and fetch from it. Errors are coded `GITHUB_*` and say what to do. Creating it
 * does no I/O. See docs/github.md.
 *
 * @example
 * import { githubRepos } from '@buildwright/adapters/github';
 * import git from 'isomorphic-git';
 * import http from 'isomorphic-git/http/node';
 *
 * const repos = githubRepos({ token: process.env.GITHUB_TOKEN });
 * const repository = await repos.createRepository({ name: 'todo-app', description: 'Made with Buildwright' });
 * await git.push({ fs, http, dir, url: repository.cloneUrl, ref: repository.defaultBranch, onAuth: () => repos.gitAuth() });
 */
export function githubRepos(options: GithubReposOptions = {}): GithubRepos {
  requirePeers('githubRepos', ['@octokit/rest']);
  const requestTimeoutMs = options.requestTimeoutMs ?? 30_000;
  let client: Promise<Octokit> | undefined;

  function token(): string {
    const value = options.token ?? process.env.GITHUB_TOKEN;
    if (!value) throw new BuildwrightError({ code: 'GITHUB_AUTH', docsPage: 'github.md#errors', message: 'githubRepos needs a GitHub token: set GITHUB_TOKEN or pass the token option.' });
    return value;
  }

  function octokit(): Promise<Octokit> {
    client ??= (async () => {
      const auth = token();
      const { Octokit } = await importPeer('githubRepos', '@octokit/rest', () => import('@octokit/rest'));
      return new Octokit({
        auth,
        baseUrl: options.baseUrl ?? 'https://api.github.com',
        userAgent: 'buildwright',
        // Octokit would print each failed request; the coded error says it instead.
        log: { debug: () => {}, info: () => {}, warn: () => {}, error: () => {} },
      });
    })();
    client.catch(() => {
      client = undefined;
    });
    return client;
  }

  async function call<T>(action: string, run: (sdk: Octokit, request: { request: { signal: AbortSignal } }) => Promise<T>): Promise<T> {
    const sdk = await octokit();
    try {
      return await run(sdk, { request: { signal: AbortSignal.timeout(requestTimeoutMs) } });
    } catch (error) {
      throw githubError(error, action);
    }
  }

  return {
    async createRepository(input) {
      const body = { name: input.name, private: input.private ?? true, auto_init: input.autoInit ?? false, ...(input.description === undefined ? {} : { description: input.description }) };
      const where = input.org ? `${input.org}/${input.name}` : input.name;
      const { data } = await call(`create repository ${where}`, (sdk, request) =>
        input.org ? sdk.rest.repos.createInOrg({ org: input.org, ...body, ...request }) : sdk.rest.repos.createForAuthenticatedUser({ ...body, ...request }),
      );
      return repository(data);
    },

    async getRepository({ owner, repo }) {
      try {
        const { data } = await call(`read repository ${owner}/${repo}`, (sdk, request) => sdk.rest.repos.get({ owner, repo, ...request }));
        return repository(data);
      } catch (error) {
        if (BuildwrightError.isInstance(error) && error.code === 'GITHUB_NOT_FOUND') return undefined;
        throw error;
      }
    },

    async deleteRepository({ owner, repo }) {
      await call(`delete repository ${owner}/${repo}`, (sdk, request) => sdk.rest.repos.delete({ owner, repo, ...request }));
    },

    gitAuth() {
      return { username: 'x-access-token', password: token() };
    },
  };
}

function repository(data: { owner: { login: string }; name: string; clone_url: string; html_url: string; default_branch?: string; private: boolean }): GithubRepository {
  return { owner: data.owner.login, repo: data.name, cloneUrl: data.clone_url, htmlUrl: data.html_url, defaultBranch: data.default_branch ?? 'main', private: data.private };
}
