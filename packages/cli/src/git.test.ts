import { join } from 'node:path';
import { pgliteStorage } from '@buildwright/adapters/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startGitHttpServer, type GitHttpServer } from '../../adapters/src/git/git-http-server.test-support.js';
import { freshDirectories, runCli } from './run-cli.test-support.js';

const freshDirectory = freshDirectories();
let server: GitHttpServer;
beforeAll(async () => {
  server = await startGitHttpServer();
});
afterAll(async () => {
  await server?.close();
});

describe('buildwright git push|pull', () => {
  it('default: push sends every version as a commit, then a commit made outside is pulled as the next version', async () => {
    const cwd = freshDirectory();
    const dataDir = join(cwd, 'data');
    const storage = pgliteStorage({ dataDir });
    const project = await storage.createProject({ ownerId: 'local', name: 'Todo', kind: 'web' });
    await storage.createVersion({ ownerId: 'local', projectId: project.id, runId: null, message: 'First', files: { 'index.html': '<h1>1</h1>\n' } });
    await storage.createVersion({ ownerId: 'local', projectId: project.id, runId: null, message: 'Second', files: { 'index.html': '<h1>2</h1>\n' } });
    await storage.close();
    const remote = server.createRepository('cli');

    const pushed = await runCli(['git', 'push', project.id, '--remote', remote, '--storage', `pglite:${dataDir}`], { cwd, env: { BUILDWRIGHT_GIT_AUTHOR: 'Cli User <cli@example.com>' } });
    expect(pushed.stderr).toBe('');
    expect(pushed.code).toBe(0);
    expect(pushed.stdout).toMatch(/^Pushed versions 1, 2 to .*cli\.git \(main\): [0-9a-f]{12}\.\n$/);
    expect(server.git(join(server.root, 'cli.git'), 'log', '--format=%s|%an', 'main').trim().split('\n')).toEqual(['Second|Cli User', 'First|Cli User']);

    const clone = await server.clone('cli');
    server.git(clone, 'mv', 'index.html', 'home.html');
    server.git(clone, 'commit', '--quiet', '-m', 'Rename the page');
    await server.gitRemote(clone, 'push', '--quiet', 'origin', 'HEAD:main');
    const pulled = await runCli(['git', 'pull', project.id, '--storage', `pglite:${dataDir}`, '--json'], { cwd });
    expect(pulled.code).toBe(0);
    expect(JSON.parse(pulled.stdout)).toMatchObject({ status: 'fast-forward', version: { number: 3, fileCount: 1 }, event: { type: 'version.created', source: 'git' } });
    // Two CLI processes (each starts from the TypeScript sources) and a Git server: a minute when the machine is busy.
  }, 240_000);

  it('error: an action other than push or pull, and a --remote that is not an http(s) URL, are exit 2', async () => {
    const bad = await runCli(['git', 'fetch', 'p1'], { cwd: freshDirectory() });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/git takes push or pull, not "fetch"/);
    const ssh = await runCli(['git', 'push', 'p1', '--remote', 'git@github.com:acme/todo.git'], { cwd: freshDirectory() });
    expect(ssh.code).toBe(2);
    expect(ssh.stderr).toMatch(/--remote "git@github.com:acme\/todo.git" is not an http\(s\) Git URL/);
  });
});
