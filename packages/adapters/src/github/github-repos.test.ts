import { BuildwrightError } from '@buildwright/core';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { githubRepos } from './github-repos.js';
import { type GithubTestServer, startGithubTestServer } from './github-test-server.test-support.js';

const token = 'ghp_standin';
let server: GithubTestServer;

beforeEach(async () => {
  server = await startGithubTestServer({ token, login: 'octo', orgs: ['acme'] });
});

afterEach(async () => {
  await server.close();
});

async function errorOf(promise: Promise<unknown>): Promise<BuildwrightError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!BuildwrightError.isInstance(error)) throw new Error(`expected a BuildwrightError, got ${String(error)}`);
  return error;
}

describe('githubRepos', () => {
  it('default: creates a private, empty repository in the token’s account and reports how to reach it', async () => {
    const repos = githubRepos({ token, baseUrl: server.baseUrl });
    const repository = await repos.createRepository({ name: 'todo-app', description: 'Made with Buildwright' });
    expect(repository).toEqual({
      owner: 'octo',
      repo: 'todo-app',
      cloneUrl: `${server.baseUrl}/octo/todo-app.git`,
      htmlUrl: `${server.baseUrl}/octo/todo-app`,
      defaultBranch: 'main',
      private: true,
    });
    const [request] = server.requests;
    expect(request).toMatchObject({ method: 'POST', path: '/user/repos', json: { name: 'todo-app', private: true, auto_init: false, description: 'Made with Buildwright' } });
    expect(request?.headers.authorization).toBe(`token ${token}`);
  });

  it('args: org creates it in the organization; private: false and autoInit are sent', async () => {
    const repos = githubRepos({ token, baseUrl: server.baseUrl });
    const repository = await repos.createRepository({ name: 'shop', org: 'acme', private: false, autoInit: true });
    expect(repository).toMatchObject({ owner: 'acme', repo: 'shop', private: false });
    expect(server.requests.at(-1)).toMatchObject({ path: '/orgs/acme/repos', json: { name: 'shop', private: false, auto_init: true } });
  });

  it('behavior: getRepository reads it (undefined once absent); deleteRepository deletes it', async () => {
    const repos = githubRepos({ token, baseUrl: server.baseUrl });
    await repos.createRepository({ name: 'todo-app' });
    expect(await repos.getRepository({ owner: 'octo', repo: 'todo-app' })).toMatchObject({ owner: 'octo', repo: 'todo-app', defaultBranch: 'main' });
    await repos.deleteRepository({ owner: 'octo', repo: 'todo-app' });
    expect(server.repositories()).toEqual([]);
    expect(await repos.getRepository({ owner: 'octo', repo: 'todo-app' })).toBeUndefined();
  });

  it('behavior: gitAuth is what isomorphic-git’s onAuth needs for a token; from GITHUB_TOKEN when not given', () => {
    expect(githubRepos({ token }).gitAuth()).toEqual({ username: 'x-access-token', password: token });
    const saved = process.env.GITHUB_TOKEN;
    try {
      process.env.GITHUB_TOKEN = 'from-env';
      expect(githubRepos().gitAuth().password).toBe('from-env');
      delete process.env.GITHUB_TOKEN;
      expect(() => githubRepos().gitAuth()).toThrow(/GITHUB_TOKEN/);
    } finally {
      if (saved === undefined) delete process.env.GITHUB_TOKEN;
      else process.env.GITHUB_TOKEN = saved;
    }
  });

  it('error: a name that exists is GITHUB_REPO_EXISTS with GitHub’s reason', async () => {
    const repos = githubRepos({ token, baseUrl: server.baseUrl });
    await repos.createRepository({ name: 'todo-app' });
    const error = await errorOf(repos.createRepository({ name: 'Todo-App' }));
    expect(error).toMatchObject({ code: 'GITHUB_REPO_EXISTS', details: { status: 422, reasons: ['name already exists on this account'] } });
    expect(error.docsUrl).toContain('github#errors');
  });

  it('error: a token GitHub refuses is GITHUB_AUTH naming GITHUB_TOKEN', async () => {
    const error = await errorOf(githubRepos({ token: 'wrong', baseUrl: server.baseUrl }).createRepository({ name: 'x' }));
    expect(error).toMatchObject({ code: 'GITHUB_AUTH', details: { status: 401 } });
    expect(error.message).toMatch(/Bad credentials.*GITHUB_TOKEN/);
    expect(error.message).not.toContain('wrong');
  });

  it('error: an unknown organization or repository is GITHUB_NOT_FOUND', async () => {
    const repos = githubRepos({ token, baseUrl: server.baseUrl });
    expect(await errorOf(repos.createRepository({ name: 'x', org: 'nobody' }))).toMatchObject({ code: 'GITHUB_NOT_FOUND', details: { status: 404 } });
    expect(await errorOf(repos.deleteRepository({ owner: 'octo', repo: 'absent' }))).toMatchObject({ code: 'GITHUB_NOT_FOUND' });
  });

  it('error: rate limits are GITHUB_RATE_LIMITED with retryAfterSeconds; a missing scope is GITHUB_AUTH; 5xx and no server are GITHUB_UNAVAILABLE', async () => {
    const repos = githubRepos({ token, baseUrl: server.baseUrl });
    const reset = Math.floor(Date.now() / 1000) + 600;
    server.fail({ status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(reset) }, body: { message: 'API rate limit exceeded for user ID 1.', status: '403' } });
    const limited = await errorOf(repos.createRepository({ name: 'x' }));
    expect(limited).toMatchObject({ code: 'GITHUB_RATE_LIMITED', retryable: true });
    expect(limited.details.retryAfterSeconds).toBeGreaterThan(590);
    server.fail({ status: 429, headers: { 'retry-after': '60' }, body: { message: 'You have exceeded a secondary rate limit.' } });
    expect(await errorOf(repos.createRepository({ name: 'x' }))).toMatchObject({ code: 'GITHUB_RATE_LIMITED', details: { retryAfterSeconds: 60 } });

    server.fail({ method: 'DELETE', status: 403, body: { message: 'Must have admin rights to Repository.', status: '403' } });
    expect(await errorOf(repos.deleteRepository({ owner: 'octo', repo: 'x' }))).toMatchObject({ code: 'GITHUB_AUTH', message: expect.stringContaining('delete_repo') });

    server.fail({ status: 502, body: { message: 'Server Error' } });
    expect(await errorOf(repos.getRepository({ owner: 'octo', repo: 'x' }))).toMatchObject({ code: 'GITHUB_UNAVAILABLE', retryable: true });
    expect(await errorOf(githubRepos({ token, baseUrl: 'http://127.0.0.1:9' }).getRepository({ owner: 'octo', repo: 'x' }))).toMatchObject({ code: 'GITHUB_UNAVAILABLE' });
  });
});

// Runs against the real GitHub API only when a token is present (it creates and deletes a private repository; the token needs repo and delete_repo).
describe.skipIf(!process.env.GITHUB_TOKEN)(`githubRepos live${process.env.GITHUB_TOKEN ? '' : ' (skipped because GITHUB_TOKEN is not set)'}`, () => {
  it('behavior: creates, reads and deletes a private repository', async () => {
    const repos = githubRepos();
    const created = await repos.createRepository({ name: `buildwright-live-${Date.now()}`, description: 'Buildwright live test (deleted at once)' });
    try {
      expect(created.cloneUrl).toMatch(/^https:\/\/github\.com\/.+\.git$/);
      expect(await repos.getRepository({ owner: created.owner, repo: created.repo })).toMatchObject({ repo: created.repo, private: true });
    } finally {
      await repos.deleteRepository({ owner: created.owner, repo: created.repo });
    }
  }, 60_000);
});
