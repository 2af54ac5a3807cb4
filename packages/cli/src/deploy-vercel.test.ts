import { createServer } from 'node:net';
import { join } from 'node:path';
import { pgliteStorage } from '@buildwright/adapters/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startVercelTestServer, type VercelTestServer } from '../../adapters/src/vercel/vercel-test-server.test-support.js';
import { freshDirectories, runCli } from './run-cli.test-support.js';

const token = 'cli-vercel-token';
const freshDirectory = freshDirectories();
let server: VercelTestServer;
beforeAll(async () => {
  server = await startVercelTestServer({ token, teamId: 'team_cli', buildPolls: 1 });
});
afterAll(async () => {
  await server?.close();
});

/**
 * One data directory for the file's tests, created once (a new embedded database costs seconds):
 * each test deploys its own web project, whose version 1 is a site as it is (no build step).
 */
let storageFlag = '';
const projectIds: string[] = [];
beforeAll(async () => {
  const dataDir = join(freshDirectory(), 'data');
  const storage = pgliteStorage({ dataDir });
  try {
    for (const name of ['Todo', 'Unsent', 'Refused']) {
      const project = await storage.createProject({ ownerId: 'local', name, kind: 'web' });
      await storage.createVersion({ ownerId: 'local', projectId: project.id, runId: null, message: 'First', files: { 'index.html': '<h1>Todo v1</h1>\n' } });
      projectIds.push(project.id);
    }
  } finally {
    await storage.close();
  }
  storageFlag = `pglite:${dataDir}`;
});

/** The test's own project (the `index`th) in the shared data directory, and a fresh directory to run the CLI in. */
function webProject(index: number): { cwd: string; storageFlag: string; projectId: string } {
  return { cwd: freshDirectory(), storageFlag, projectId: projectIds[index]! };
}

/** A port nobody listens on now, for the static server the CLI starts beside Vercel's target. */
async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe('buildwright deploy --target vercel', () => {
  it('default: deploys the current version to Vercel (VERCEL_TOKEN, VERCEL_TEAM_ID, VERCEL_API_URL), lists it, undeploys it', async () => {
    const { cwd, storageFlag, projectId } = webProject(0);
    const env = { VERCEL_TOKEN: token, VERCEL_TEAM_ID: 'team_cli', VERCEL_API_URL: server.baseUrl };

    const deployed = await runCli(['deploy', projectId, '--target', 'vercel', '--storage', storageFlag, '--sandbox', 'local:none'], { cwd, env });
    expect(deployed.stderr).toBe('');
    expect(deployed.code).toBe(0);
    const lines = deployed.stdout.trim().split('\n');
    expect(lines[0]).toBe('Deploying version 1 to vercel...');
    expect(lines[1]).toMatch(/^Deployed version 1 \(\S+\)$/);
    const url = /url {4}(\S+)/.exec(deployed.stdout)?.[1];
    expect(url).toMatch(/^https:\/\/buildwright-[a-z0-9.-]+-standin\.vercel\.app$/);
    expect(deployed.stdout).toContain(`alias  https://buildwright-${projectId.toLowerCase()}.vercel.app`);
    // Vercel serves the deployment: no hint about --serve.
    expect(deployed.stdout).not.toMatch(/--serve/);

    const created = server.requests.find((request) => request.method === 'POST' && request.path === '/v13/deployments');
    expect(created?.query.get('teamId')).toBe('team_cli');
    const providerId = server.requests
      .find((request) => request.method === 'GET' && request.path.startsWith('/v13/deployments/dpl_'))!
      .path.split('/')
      .at(-1)!;
    expect(server.deployment(providerId)).toMatchObject({ readyState: 'READY', files: { 'dist/index.html': '<h1>Todo v1</h1>\n' }, projectSettings: { outputDirectory: 'dist' } });

    const listed = await runCli(['deployments', projectId, '--storage', storageFlag, '--json', '--port', String(await freePort())], { cwd, env });
    expect(listed.code).toBe(0);
    const [record] = JSON.parse(listed.stdout) as Array<{ id: string; target: string; status: string; url: string }>;
    expect(record).toMatchObject({ target: 'vercel', status: 'ready', url });

    const stopped = await runCli(['undeploy', record!.id, '--storage', storageFlag, '--port', String(await freePort())], { cwd, env });
    expect(stopped.stderr).toBe('');
    expect(stopped.code).toBe(0);
    expect(stopped.stdout).toMatch(/^Stopped \S+ \(version 1\)\.\n$/);
    expect(server.deployment(providerId)).toMatchObject({ deleted: true });
  }, 240_000);

  it('error: --target vercel without VERCEL_TOKEN is a usage error that names it (exit 2, nothing deployed)', async () => {
    const { cwd, storageFlag, projectId } = webProject(1);
    const before = server.requests.length;
    const run = await runCli(['deploy', projectId, '--target', 'vercel', '--storage', storageFlag], { cwd, env: { VERCEL_TOKEN: undefined, VERCEL_API_URL: server.baseUrl } });
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/--target vercel needs VERCEL_TOKEN/);
    expect(run.stdout).toBe('');
    expect(server.requests.length).toBe(before);
  }, 120_000);

  it('error: a token Vercel refuses fails the deploy with VERCEL_AUTH (exit 1), stored as a failed deployment', async () => {
    const { cwd, storageFlag, projectId } = webProject(2);
    const env = { VERCEL_TOKEN: 'wrong-token', VERCEL_TEAM_ID: 'team_cli', VERCEL_API_URL: server.baseUrl };
    const run = await runCli(['deploy', projectId, '--target', 'vercel', '--storage', storageFlag, '--sandbox', 'local:none'], { cwd, env });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/Vercel refused the token.*\[VERCEL_AUTH\]/);

    const listed = await runCli(['deployments', projectId, '--storage', storageFlag, '--port', String(await freePort())], { cwd, env });
    expect(listed.stdout).toMatch(/v1 {2}vercel {2}failed {2}VERCEL_AUTH: Vercel refused the token/);
  }, 240_000);
});
