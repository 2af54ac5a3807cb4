import * as fs from 'node:fs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BuildwrightError, createBuilder, type BuildwrightErrorCode, type Check, type StorageAdapter, type Transcript } from '@buildwright/core';
import { createBuilderHandler } from '@buildwright/core/http';
import { memorySandbox, memoryStorage, scriptedLlm } from '@buildwright/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHttpServer, type GitHttpServer } from './git-http-server.test-support.js';
import { gitSync } from './git-sync.js';

const ownerId = 'owner-git';

/** Awaits a promise that must reject with a BuildwrightError of `code`, and returns the error. */
async function expectCode(promise: Promise<unknown>, code: BuildwrightErrorCode): Promise<BuildwrightError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(BuildwrightError.isInstance(error) && { code: error.code, message: error.message }).toMatchObject({ code });
  return error as BuildwrightError;
}
const author = { name: 'Ada Builder', email: 'ada@example.com' };

let server: GitHttpServer;
beforeAll(async () => {
  server = await startGitHttpServer();
});
afterAll(async () => {
  await server?.close();
});

let repositories = 0;
/** A fresh bare repository on the server, a fresh storage, and a project with `versions` (files of each version, in order). */
async function setup(versions: Record<string, string>[]) {
  const name = `repo-${++repositories}`;
  const remote = server.createRepository(name);
  const storage: StorageAdapter = memoryStorage();
  const project = await storage.createProject({ ownerId, name: 'Todo', kind: 'web' });
  for (const [index, files] of versions.entries()) await storage.createVersion({ ownerId, projectId: project.id, runId: null, message: `Version ${index + 1} of the todo app`, files });
  const sync = gitSync({ storage, ownerId, author });
  return { name, remote, storage, project, sync, bare: join(server.root, `${name}.git`) };
}

/** Commits `files` in a fresh clone of the repository with the git binary and pushes, as someone outside Buildwright would. */
async function commitOutside(name: string, files: Record<string, string | null>, message: string): Promise<string> {
  const clone = await server.clone(name);
  for (const [path, content] of Object.entries(files)) {
    if (content === null) server.git(clone, 'rm', '--quiet', path);
    else {
      fs.mkdirSync(join(clone, path, '..'), { recursive: true });
      fs.writeFileSync(join(clone, path), content);
      server.git(clone, 'add', path);
    }
  }
  server.git(clone, 'commit', '--quiet', '-m', message);
  await server.gitRemote(clone, 'push', '--quiet', 'origin', 'HEAD:main');
  return server.git(clone, 'rev-parse', 'HEAD').trim();
}

const app = (title: string) => `export function App() {\n  return <h1>${title}</h1>;\n}\n`;
const three = [
  { 'src/App.tsx': app('Todo'), 'index.html': '<div id="root"></div>\n' },
  { 'src/App.tsx': app('Todo list'), 'index.html': '<div id="root"></div>\n', 'src/list.ts': 'export const items: string[] = [];\n' },
  { 'src/App.tsx': app('My todos'), 'src/list.ts': 'export const items: string[] = [];\n', 'README.md': '# Todos\n' },
];

describe('gitSync against a git http-backend server', () => {
  it('default: push three versions → three commits on the bare repository, in order, with their messages, author and files', async () => {
    const { remote, storage, project, sync, bare, name } = await setup(three);
    const result = await sync.push(project.id, { remote });
    expect(result.pushed.map((entry) => entry.version)).toEqual([1, 2, 3]);
    const log = server.git(bare, 'log', '--format=%H|%P|%an <%ae>|%s', 'main').trim().split('\n');
    expect(log).toHaveLength(3);
    expect(log.map((line) => line.split('|')[0])).toEqual(result.pushed.map((entry) => entry.commit).reverse());
    expect(log.map((line) => line.split('|')[3])).toEqual(['Version 3 of the todo app', 'Version 2 of the todo app', 'Version 1 of the todo app']);
    expect(log.every((line) => line.split('|')[2] === 'Ada Builder <ada@example.com>')).toBe(true);
    expect(server.git(bare, 'log', '-1', '--format=%B', 'main')).toContain('Buildwright-Version: 3');
    const clone = await server.clone(name);
    expect(server.git(clone, 'ls-files').trim().split('\n').sort()).toEqual(['README.md', 'src/App.tsx', 'src/list.ts']);
    expect(readFileSync(join(clone, 'src/App.tsx'), 'utf8')).toBe(app('My todos'));
    expect(server.git(bare, 'show', `${result.pushed[0]?.commit}:index.html`)).toBe('<div id="root"></div>\n');
    expect(result.link).toMatchObject({ remote, branch: 'main', lastCommit: result.pushed[2]?.commit });
    expect((await storage.listGitCommits({ ownerId, projectId: project.id })).map((record) => record.commit)).toEqual(result.pushed.map((entry) => entry.commit));
  });

  it('behavior: pushing again pushes nothing (no receive-pack request, the remote unchanged)', async () => {
    const { remote, project, sync, bare } = await setup(three);
    const first = await sync.push(project.id, { remote });
    const before = server.requests.length;
    const again = await sync.push(project.id);
    expect(again).toMatchObject({ pushed: [], head: first.head });
    expect(server.requests.slice(before).filter((request) => request.includes('git-receive-pack') && request.startsWith('POST'))).toEqual([]);
    expect(server.git(bare, 'rev-list', '--count', 'main').trim()).toBe('3');
  });

  it('behavior: a commit made outside Buildwright → pull → version 4 with its files, version.created source git; a push after it sends nothing', async () => {
    const events: unknown[] = [];
    const { remote, storage, project, bare, name } = await setup(three);
    const sync = gitSync({ storage, ownerId, author, onVersionCreated: (event) => events.push(event) });
    await sync.push(project.id, { remote });
    const outside = await commitOutside(name, { 'src/App.tsx': app('Shared todos'), 'docs/notes.md': 'Made with the git binary.\n', 'README.md': null }, 'Rename the title\n\nFrom a laptop.');
    const pulled = await sync.pull(project.id);
    expect(pulled.status).toBe('fast-forward');
    expect(pulled.version).toMatchObject({ number: 4, parent: 3, runId: null, message: `Rename the title (git ${outside.slice(0, 7)})` });
    expect(pulled.commits.map((entry) => entry.commit)).toEqual([outside]);
    expect(pulled.event).toMatchObject({ type: 'version.created', projectId: project.id, number: 4, source: 'git', fileCount: 3 });
    expect(events).toEqual([pulled.event]);
    expect((await storage.getVersionFiles({ ownerId, projectId: project.id, number: 4 }))?.files).toEqual({
      'src/App.tsx': app('Shared todos'),
      'src/list.ts': 'export const items: string[] = [];\n',
      'docs/notes.md': 'Made with the git binary.\n',
    });
    expect(pulled.link.lastCommit).toBe(outside);
    expect(await sync.pull(project.id)).toMatchObject({ status: 'up-to-date', commits: [] });
    expect(await sync.push(project.id)).toMatchObject({ pushed: [], head: outside });
    expect(server.git(bare, 'rev-parse', 'main').trim()).toBe(outside);
  });

  it('error: a change to the same lines on both sides → GIT_CONFLICT naming the files; no version stored, the remote untouched, both sides still there', async () => {
    const { remote, storage, project, sync, bare, name } = await setup(three);
    await sync.push(project.id, { remote });
    const outside = await commitOutside(name, { 'src/App.tsx': app('Their title'), 'README.md': '# Theirs\n' }, 'Their change');
    await storage.createVersion({ ownerId, projectId: project.id, runId: null, message: 'Our change', files: { ...three[2], 'src/App.tsx': app('Our title'), 'README.md': '# Ours\n' } });
    const linkBefore = await storage.getGitLink({ ownerId, projectId: project.id });
    const error = await expectCode(sync.pull(project.id), 'GIT_CONFLICT');
    expect(error.details.files).toEqual(['README.md', 'src/App.tsx']);
    expect(error.message).toContain('README.md, src/App.tsx');
    expect(error.message).toContain('versions 4');
    expect((await storage.listVersions({ ownerId, projectId: project.id })).map((version) => version.number)).toEqual([1, 2, 3, 4]);
    expect((await storage.getVersionFiles({ ownerId, projectId: project.id }))?.files['src/App.tsx']).toBe(app('Our title'));
    expect(await storage.getGitLink({ ownerId, projectId: project.id })).toEqual(linkBefore);
    expect(server.git(bare, 'rev-parse', 'main').trim()).toBe(outside);
    expect(server.git(bare, 'show', 'main:src/App.tsx')).toBe(app('Their title'));
    await expectCode(sync.push(project.id), 'GIT_REMOTE_AHEAD');
    expect(server.git(bare, 'rev-parse', 'main').trim()).toBe(outside);
  });

  it('behavior: a divergence touching different files merges three-way into a version; the next push sends the local version and a merge commit', async () => {
    const { remote, storage, project, sync, bare, name } = await setup(three);
    await sync.push(project.id, { remote });
    const outside = await commitOutside(name, { 'README.md': '# Todos\n\nEdited on GitHub.\n' }, 'Edit the readme');
    await storage.createVersion({ ownerId, projectId: project.id, runId: null, message: 'Retitle', files: { ...three[2], 'src/App.tsx': app('Retitled') } });
    const pulled = await sync.pull(project.id);
    expect(pulled.status).toBe('merged');
    expect(pulled.version).toMatchObject({ number: 5, parent: 4 });
    expect(pulled.version?.message).toContain('Edit the readme');
    const files = (await storage.getVersionFiles({ ownerId, projectId: project.id }))?.files;
    expect(files).toMatchObject({ 'src/App.tsx': app('Retitled'), 'README.md': '# Todos\n\nEdited on GitHub.\n' });
    const pushed = await sync.push(project.id);
    expect(pushed.pushed.map((entry) => entry.version)).toEqual([4, 5]);
    const merge = server.git(bare, 'log', '-1', '--format=%P', 'main').trim().split(' ');
    expect(merge).toEqual([pushed.pushed[0]?.commit, outside]);
    const clone = await server.clone(name);
    expect(readFileSync(join(clone, 'src/App.tsx'), 'utf8')).toBe(app('Retitled'));
    expect(readFileSync(join(clone, 'README.md'), 'utf8')).toBe('# Todos\n\nEdited on GitHub.\n');
    expect(await sync.pull(project.id)).toMatchObject({ status: 'up-to-date' });
  });

  it('behavior: a first pull of a repository with history into an empty project makes version 1', async () => {
    const { remote, storage, project, sync, name } = await setup([]);
    server.git(server.root, 'init', '--quiet', `seed-${name}`);
    const seed = join(server.root, `seed-${name}`);
    fs.writeFileSync(join(seed, 'index.html'), '<p>hi</p>\n');
    server.git(seed, 'add', '.');
    server.git(seed, 'commit', '--quiet', '-m', 'Seed');
    await server.gitRemote(seed, 'push', '--quiet', remote, 'HEAD:main');
    const pulled = await sync.pull(project.id, { remote });
    expect(pulled).toMatchObject({ status: 'fast-forward', version: { number: 1 } });
    expect((await storage.getVersionFiles({ ownerId, projectId: project.id }))?.files).toEqual({ 'index.html': '<p>hi</p>\n' });
  });

  it('error: a push to a remote that has commits not pulled is GIT_REMOTE_AHEAD and pushes nothing', async () => {
    const { remote, storage, project, sync, bare, name } = await setup(three);
    await sync.push(project.id, { remote });
    const outside = await commitOutside(name, { 'extra.txt': 'x\n' }, 'Outside');
    await storage.createVersion({ ownerId, projectId: project.id, runId: null, message: 'Local', files: { 'a.txt': 'a\n' } });
    const error = await expectCode(sync.push(project.id), 'GIT_REMOTE_AHEAD');
    expect(error.message).toContain('Pull first');
    expect(server.git(bare, 'rev-parse', 'main').trim()).toBe(outside);
  });

  it('error: a remote URL with credentials in it, or none at all, is INVALID_INPUT before any request', async () => {
    const { project, sync } = await setup(three);
    await expectCode(sync.push(project.id), 'INVALID_INPUT');
    await expectCode(sync.push(project.id, { remote: `${server.url.replace('http://', 'http://user:token@')}x.git` }), 'INVALID_INPUT');
  });

  it('error: a missing repository is GIT_REMOTE_FAILED (404)', async () => {
    const { project, sync } = await setup(three);
    const error = await expectCode(sync.push(project.id, { remote: `${server.url}missing.git` }), 'GIT_REMOTE_FAILED');
    expect(error.details.status).toBe(404);
  });
});

describe('gitSync with a builder', () => {
  const files = { 'index.html': '<div id="root"></div>\n', 'src/main.js': 'console.log("hi");\n' };
  const transcript: Transcript = {
    format: 'buildwright.transcript/v1',
    turns: [
      { node: 'plan', toolCalls: [{ name: 'submit_plan', arguments: { title: 'App', summary: 'A small app', steps: [{ id: 'files', title: 'Files', files: Object.keys(files) }] } }] },
      {
        node: 'build',
        toolCalls: [...Object.entries(files).map(([path, content]) => ({ name: 'write_file', arguments: { path, content } })), { name: 'finish', arguments: { summary: 'Wrote the small app.' } }],
      },
    ],
  };
  const passing: Check = { name: 'instant', run: async () => ({ status: 'passed' }) };

  it('behavior: a run’s version is pushed with the run’s summary; a pull updates the project’s open sandbox (changed files written, removed ones deleted)', async () => {
    const builder = createBuilder({ llm: scriptedLlm({ transcript }), sandbox: memorySandbox(), storage: memoryStorage(), checks: [passing] });
    const run = builder.generate({ prompt: 'a small app', kind: 'web' });
    const { version } = await run.result;
    const remote = server.createRepository('with-builder');
    const sync = gitSync({ builder, author });
    const pushed = await sync.push(version.projectId, { remote });
    expect(server.git(join(server.root, 'with-builder.git'), 'log', '-1', '--format=%s', 'main').trim()).toBe(version.message);
    expect(pushed.pushed).toHaveLength(1);
    await commitOutside('with-builder', { 'src/main.js': 'console.log("from git");\n', 'src/extra.js': 'export {};\n', 'index.html': null }, 'Outside edit');
    const pulled = await sync.pull(version.projectId);
    expect(pulled).toMatchObject({ status: 'fast-forward', sandboxUpdated: true, version: { number: 2 } });
    const sandbox = await builder.openedSandbox(version.projectId);
    expect(await sandbox?.readFile('src/main.js')).toBe('console.log("from git");\n');
    expect(await sandbox?.readFile('src/extra.js')).toBe('export {};\n');
    expect(await sandbox?.readFile('index.html')).toBeUndefined();
    expect((await builder.files(version.projectId)).files).toEqual({ 'src/main.js': 'console.log("from git");\n', 'src/extra.js': 'export {};\n' });
    await builder.close();
  });

  it('behavior: the HTTP handler serves POST /projects/:id/git/push and /pull with the server’s gitSync; 404 without one', async () => {
    const builder = createBuilder({ llm: scriptedLlm({ transcript }), sandbox: memorySandbox(), storage: memoryStorage(), checks: [passing], ownerId: 'user-1' });
    const { version } = await builder.generate({ prompt: 'a small app', kind: 'web' }).result;
    const remote = server.createRepository('over-http');
    const handler = createBuilderHandler(builder, { authorize: () => 'user-1', git: gitSync({ builder, author }) });
    const post = (path: string, body: unknown) => handler(new Request(`http://localhost${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) }));
    const pushed = await post(`/projects/${version.projectId}/git/push`, { remote });
    expect(pushed.status).toBe(200);
    expect(((await pushed.json()) as { pushed: unknown[] }).pushed).toHaveLength(1);
    const pulled = await post(`/projects/${version.projectId}/git/pull`, {});
    expect(await pulled.json()).toMatchObject({ status: 'up-to-date' });
    const withoutGit = createBuilderHandler(builder, { authorize: () => 'user-1' });
    const refused = await withoutGit(new Request(`http://localhost/projects/${version.projectId}/git/push`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }));
    expect(refused.status).toBe(404);
    expect(await refused.json()).toMatchObject({ error: { code: 'ROUTE_NOT_FOUND' } });
    const otherOwner = createBuilderHandler(builder, { authorize: () => 'user-2', git: gitSync({ builder, author }) });
    const hidden = await otherOwner(new Request(`http://localhost/projects/${version.projectId}/git/pull`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }));
    expect(hidden.status).toBe(404);
    await builder.close();
  });
});

describe('gitSync against a server that requires credentials', () => {
  let guarded: GitHttpServer;
  beforeAll(async () => {
    guarded = await startGitHttpServer({ credentials: { username: 'x-access-token', password: 'token-123' } });
  });
  afterAll(async () => {
    await guarded?.close();
  });

  it('error: without or with wrong credentials → GIT_REMOTE_FAILED (401); with them the push lands', async () => {
    const remote = guarded.createRepository('private');
    const storage = memoryStorage();
    const project = await storage.createProject({ ownerId, name: 'Private', kind: 'web' });
    await storage.createVersion({ ownerId, projectId: project.id, runId: null, message: 'One', files: { 'a.txt': 'a\n' } });
    const sync = gitSync({ storage, ownerId });
    expect((await expectCode(sync.push(project.id, { remote }), 'GIT_REMOTE_FAILED')).details.status).toBe(401);
    await expectCode(sync.push(project.id, { auth: { username: 'x-access-token', password: 'wrong' } }), 'GIT_REMOTE_FAILED');
    const pushed = await sync.push(project.id, { auth: { username: 'x-access-token', password: 'token-123' } });
    expect(pushed.pushed).toHaveLength(1);
    expect(guarded.git(join(guarded.root, 'private.git'), 'rev-parse', 'main').trim()).toBe(pushed.head);
  });
});
