import { createHash } from 'node:crypto';
import { BuildwrightError, type DeployInput } from '@buildwright/core';
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { vercelDeploy } from './vercel-deploy.js';
import { startVercelTestServer, type VercelTestServer, type VercelTestServerOptions } from './vercel-test-server.test-support.js';

const token = 'vercel-test-token';
let server: VercelTestServer;

async function start(options: Partial<VercelTestServerOptions> = {}): Promise<VercelTestServer> {
  await server?.close();
  server = await startVercelTestServer({ token, ...options });
  return server;
}

// @vercel/sdk is large (its first import takes seconds under vitest): load it once, outside any test's time.
beforeAll(async () => {
  await import('@vercel/sdk');
}, 120_000);

beforeEach(async () => {
  await start();
});

afterEach(async () => {
  await server.close();
});

const project = { id: 'proj-1', ownerId: 'owner-1', kind: 'web' as const, name: 'Todo app' };

function input(versionNumber: number, files: Record<string, string | Uint8Array>, extra: Partial<DeployInput> = {}): DeployInput {
  return { project, version: { number: versionNumber, message: `v${versionNumber}` }, files: {}, kind: 'web', build: { files, outputDir: 'dist' }, ...extra };
}

const sha1 = (text: string) => createHash('sha1').update(text).digest('hex');
const uploads = () => server.requests.filter((request) => request.method === 'POST' && request.path === '/v2/files');

async function codeOf(promise: Promise<unknown>): Promise<BuildwrightError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!BuildwrightError.isInstance(error)) throw new Error(`expected a BuildwrightError, got ${String(error)}`);
  return error;
}

describe('vercelDeploy', () => {
  it('default: deploys a built version: uploads its files by sha, creates the deployment, polls it until READY', async () => {
    const deploy = vercelDeploy({ token, baseUrl: server.baseUrl, pollIntervalMs: 5 });
    const deployment = await deploy.deploy(input(1, { 'dist/index.html': '<h1>v1</h1>', 'dist/assets/app.js': 'console.log(1)' }));

    expect(deployment).toMatchObject({ target: 'vercel', projectId: 'proj-1', versionNumber: 1, status: 'ready', error: null, aliasUrl: 'https://buildwright-proj-1.vercel.app' });
    expect(deployment.url).toMatch(/^https:\/\/buildwright-proj-1-[a-z0-9]+-standin\.vercel\.app$/);
    expect(deployment.deploymentId).toMatch(/^dpl_/);
    const stored = server.deployment(deployment.deploymentId);
    expect(stored?.files).toEqual({ 'dist/index.html': '<h1>v1</h1>', 'dist/assets/app.js': 'console.log(1)' });
    expect(stored?.projectSettings).toEqual({ framework: null, buildCommand: '', installCommand: '', outputDirectory: 'dist' });
    expect(stored?.meta).toMatchObject({ buildwrightProjectId: 'proj-1', buildwrightVersion: '1' });
    expect(
      uploads()
        .map((request) => request.headers['x-vercel-digest'])
        .sort(),
    ).toEqual([sha1('<h1>v1</h1>'), sha1('console.log(1)')].sort());
    expect(uploads().every((request) => request.headers.authorization === `Bearer ${token}`)).toBe(true);
    // The deployment was polled through BUILDING before READY.
    expect(server.requests.filter((request) => request.method === 'GET' && request.path === `/v13/deployments/${deployment.deploymentId}`).length).toBeGreaterThanOrEqual(2);
  });

  it('behavior: a file Vercel already has is not uploaded again; identical contents are uploaded once', async () => {
    const deploy = vercelDeploy({ token, baseUrl: server.baseUrl, pollIntervalMs: 5 });
    await deploy.deploy(input(1, { 'dist/index.html': '<h1>v1</h1>', 'dist/a.js': 'same', 'dist/b.js': 'same' }));
    expect(uploads()).toHaveLength(2);

    const before = uploads().length;
    await deploy.deploy(input(2, { 'dist/index.html': '<h1>v2</h1>', 'dist/a.js': 'same', 'dist/b.js': 'same' }));
    const sent = uploads().slice(before);
    expect(sent.map((request) => request.headers['x-vercel-digest'])).toEqual([sha1('<h1>v2</h1>')]);
  });

  it('behavior: a binary file of the build (not valid UTF-8) is uploaded byte for byte, its sha over those bytes', async () => {
    const deploy = vercelDeploy({ token, baseUrl: server.baseUrl, pollIntervalMs: 5 });
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0xff, 0xfe, 0x80]);
    await deploy.deploy(input(1, { 'dist/index.html': '<img src="/logo.png">', 'dist/logo.png': png }));
    const sent = uploads().find((request) => request.headers['x-vercel-digest'] === createHash('sha1').update(png).digest('hex'));
    expect(sent && Array.from(sent.body)).toEqual(Array.from(png));
  });

  it("behavior: a site served as it is (build at the root, outputDir '.') goes up under dist/, without './' paths", async () => {
    const deploy = vercelDeploy({ token, baseUrl: server.baseUrl, pollIntervalMs: 5 });
    const deployment = await deploy.deploy(
      input(1, { 'index.html': '<h1>site</h1>', 'css/app.css': 'h1{}' }, { build: { files: { 'index.html': '<h1>site</h1>', 'css/app.css': 'h1{}' }, outputDir: '.' } }),
    );
    const stored = server.deployment(deployment.deploymentId);
    expect(stored?.files).toEqual({ 'dist/index.html': '<h1>site</h1>', 'dist/css/app.css': 'h1{}' });
    expect(stored?.projectSettings).toMatchObject({ framework: null, outputDirectory: 'dist' });
  });

  it('behavior: a version without a build uploads its sources for a Vite build on Vercel, with env in .env.production', async () => {
    const deploy = vercelDeploy({ token, baseUrl: server.baseUrl, pollIntervalMs: 5 });
    const deployment = await deploy.deploy({
      project,
      version: { number: 3, message: 'v3' },
      files: { 'index.html': '<div id="root"></div>', 'package.json': '{}' },
      kind: 'dapp',
      env: { VITE_CONTRACT_ADDRESS: '0xabc' },
    });
    const stored = server.deployment(deployment.deploymentId);
    expect(stored?.projectSettings).toEqual({ framework: 'vite' });
    expect(stored?.files['.env.production']).toBe('VITE_CONTRACT_ADDRESS="0xabc"\n');
  });

  it('behavior: status, list (newest first, with the alias on the newest), undeploy (idempotent)', async () => {
    const deploy = vercelDeploy({ token, baseUrl: server.baseUrl, pollIntervalMs: 5 });
    const first = await deploy.deploy(input(1, { 'dist/index.html': 'one' }));
    const second = await deploy.deploy(input(2, { 'dist/index.html': 'two' }));
    await vercelDeploy({ token, baseUrl: server.baseUrl, pollIntervalMs: 5 }).deploy({ ...input(1, { 'dist/index.html': 'other' }), project: { ...project, id: 'proj-2' } });

    expect(await deploy.status({ deploymentId: first.deploymentId })).toMatchObject({ status: 'ready', versionNumber: 1, url: first.url, aliasUrl: null });
    const listed = await deploy.list({ projectId: 'proj-1' });
    expect(listed.map((deployment) => [deployment.versionNumber, deployment.status])).toEqual([
      [2, 'ready'],
      [1, 'ready'],
    ]);
    expect(listed[0]?.aliasUrl).toBe('https://buildwright-proj-1.vercel.app');
    expect(listed[1]?.aliasUrl).toBeNull();

    await deploy.undeploy({ deploymentId: second.deploymentId });
    await deploy.undeploy({ deploymentId: second.deploymentId });
    expect(server.deployment(second.deploymentId)?.deleted).toBe(true);
    expect(await deploy.status({ deploymentId: second.deploymentId })).toBeUndefined();
    expect((await deploy.list({ projectId: 'proj-1' })).map((deployment) => deployment.versionNumber)).toEqual([1]);
    expect(await deploy.list({ projectId: 'never-deployed' })).toEqual([]);
  });

  it('args: teamId scopes every request; projectName names the Vercel project', async () => {
    await start({ teamId: 'team_abc' });
    const deploy = vercelDeploy({ token, teamId: 'team_abc', projectName: (id) => `shop-${id}`, baseUrl: server.baseUrl, pollIntervalMs: 5 });
    const deployment = await deploy.deploy(input(1, { 'dist/index.html': 'x' }));
    expect(deployment.aliasUrl).toBe('https://shop-proj-1.vercel.app');
    expect(server.requests.every((request) => request.query.get('teamId') === 'team_abc')).toBe(true);
    expect(await deploy.list({ projectId: 'proj-1' })).toHaveLength(1);
  });

  it('args: target preview deploys without the project alias', async () => {
    const deployment = await vercelDeploy({ token, baseUrl: server.baseUrl, pollIntervalMs: 5, target: 'preview' }).deploy(input(1, { 'dist/index.html': 'x' }));
    expect(deployment).toMatchObject({ status: 'ready', aliasUrl: null });
    expect(server.requests.find((request) => request.path === '/v13/deployments' && request.method === 'POST' && request.json !== undefined)?.json).not.toHaveProperty('target');
  });

  it('args: the token comes from VERCEL_TOKEN when not given; without one, VERCEL_AUTH names the variable', async () => {
    const saved = process.env.VERCEL_TOKEN;
    try {
      process.env.VERCEL_TOKEN = token;
      await expect(vercelDeploy({ baseUrl: server.baseUrl, pollIntervalMs: 5 }).deploy(input(1, { 'dist/index.html': 'x' }))).resolves.toMatchObject({ status: 'ready' });
      delete process.env.VERCEL_TOKEN;
      const error = await codeOf(vercelDeploy({ baseUrl: server.baseUrl }).list({ projectId: 'proj-1' }));
      expect(error.code).toBe('VERCEL_AUTH');
      expect(error.message).toContain('VERCEL_TOKEN');
    } finally {
      if (saved === undefined) delete process.env.VERCEL_TOKEN;
      else process.env.VERCEL_TOKEN = saved;
    }
  });

  it('error: a token Vercel refuses is VERCEL_AUTH saying what to check', async () => {
    const error = await codeOf(vercelDeploy({ token: 'wrong', baseUrl: server.baseUrl }).deploy(input(1, { 'dist/index.html': 'x' })));
    expect(error).toMatchObject({ code: 'VERCEL_AUTH', retryable: false, details: { status: 403, vercelCode: 'forbidden' } });
    expect(error.message).toMatch(/Not authorized.*VERCEL_TOKEN/);
    expect(error.docsUrl).toContain('deploy-vercel#errors');
  });

  it('error: a rate limit is VERCEL_QUOTA with retryAfterSeconds; the plan limit (402) is VERCEL_QUOTA too', async () => {
    const deploy = vercelDeploy({ token, baseUrl: server.baseUrl, pollIntervalMs: 5 });
    server.fail({ method: 'POST', path: '/v13/deployments', status: 429, headers: { 'retry-after': '42' }, body: { error: { code: 'rate_limited', message: 'Rate limit exceeded' } } });
    const limited = await codeOf(deploy.deploy(input(1, { 'dist/index.html': 'x' })));
    expect(limited).toMatchObject({ code: 'VERCEL_QUOTA', retryable: true, details: { status: 429, retryAfterSeconds: 42 } });
    expect(limited.message).toContain('Retry in 42 s');

    const reset = Math.floor(Date.now() / 1000) + 3600;
    server.fail({
      method: 'POST',
      path: '/v13/deployments',
      status: 429,
      headers: { 'x-ratelimit-reset': String(reset) },
      body: { error: { code: 'api-deployments-free-per-day', message: 'Resource is limited - try again in 24 hours (more than 100, code: "api-deployments-free-per-day").' } },
    });
    const daily = await codeOf(deploy.deploy(input(1, { 'dist/index.html': 'x' })));
    expect(daily.details.retryAfterSeconds).toBeGreaterThan(3500);

    server.fail({ method: 'POST', path: '/v13/deployments', status: 402, body: { error: { code: 'payment_required', message: 'This feature requires a Pro plan.' } } });
    expect(await codeOf(deploy.deploy(input(1, { 'dist/index.html': 'x' })))).toMatchObject({ code: 'VERCEL_QUOTA', retryable: false });
  });

  it('error: a failed build is DEPLOY_BUILD_FAILED with the build log lines from the events endpoint', async () => {
    await start({
      build: ({ files }) =>
        files['dist/index.html']?.includes('broken')
          ? { log: ['Running "vite build"', 'error during build:', 'src/App.tsx (3:1): Unexpected token'], error: { code: 'BUILD_FAILED', message: 'Command "vite build" exited with 1' } }
          : {},
    });
    const deploy = vercelDeploy({ token, baseUrl: server.baseUrl, pollIntervalMs: 5 });
    const error = await codeOf(deploy.deploy(input(4, { 'dist/index.html': 'broken' })));
    expect(error.code).toBe('DEPLOY_BUILD_FAILED');
    expect(error.message).toContain('Command "vite build" exited with 1');
    expect(error.message).toContain('src/App.tsx (3:1): Unexpected token');
    expect(error.details.log).toEqual(['Running "vite build"', 'error during build:', 'src/App.tsx (3:1): Unexpected token']);
    const [failed] = await deploy.list({ projectId: 'proj-1' });
    expect(failed).toMatchObject({ status: 'failed', versionNumber: 4, url: null, error: { code: 'DEPLOY_BUILD_FAILED', message: 'Command "vite build" exited with 1' } });
  });

  it('error: a build still running after timeoutMs is VERCEL_TIMEOUT naming the deployment (status can follow it)', async () => {
    await start({ buildPolls: 1_000 });
    const deploy = vercelDeploy({ token, baseUrl: server.baseUrl, pollIntervalMs: 5, timeoutMs: 60 });
    const error = await codeOf(deploy.deploy(input(1, { 'dist/index.html': 'slow' })));
    expect(error).toMatchObject({ code: 'VERCEL_TIMEOUT', retryable: true });
    expect(await deploy.status({ deploymentId: String(error.details.deploymentId) })).toMatchObject({ status: 'building', url: null });
  });

  it('error: 5xx is VERCEL_UNAVAILABLE (retryable); an unreachable server too; another refusal is VERCEL_REQUEST_FAILED with Vercel’s words', async () => {
    const deploy = vercelDeploy({ token, baseUrl: server.baseUrl, pollIntervalMs: 5 });
    server.fail({ path: '/v7/deployments', status: 503, body: { error: { code: 'service_unavailable', message: 'Try again' } } });
    expect(await codeOf(deploy.list({ projectId: 'proj-1' }))).toMatchObject({ code: 'VERCEL_UNAVAILABLE', retryable: true });

    const refused = await codeOf(vercelDeploy({ token, baseUrl: server.baseUrl, projectName: 'Not A Valid Name' }).deploy(input(1, { 'dist/index.html': 'x' })));
    expect(refused).toMatchObject({ code: 'VERCEL_REQUEST_FAILED', details: { status: 400, vercelCode: 'bad_request' } });
    expect(refused.message).toContain('project name');

    server.fail({ path: '/v7/deployments', status: 200, body: { unexpected: true } });
    const garbled = await codeOf(deploy.list({ projectId: 'proj-1' }));
    expect(garbled.code).toBe('VERCEL_REQUEST_FAILED');
    expect(garbled.message).toContain('@vercel/sdk does not accept');

    const gone = await codeOf(vercelDeploy({ token, baseUrl: 'http://127.0.0.1:9' }).list({ projectId: 'proj-1' }));
    expect(gone).toMatchObject({ code: 'VERCEL_UNAVAILABLE', retryable: true });
  });

  it('error: an API project is DEPLOY_UNSUPPORTED_KIND, before any request', async () => {
    const error = await codeOf(vercelDeploy({ token, baseUrl: server.baseUrl }).deploy({ ...input(1, {}), kind: 'api' }));
    expect(error.code).toBe('DEPLOY_UNSUPPORTED_KIND');
    expect(server.requests).toEqual([]);
  });

  it('behavior: an abort while polling is RUN_CANCELLED naming the deployment', async () => {
    await start({ buildPolls: 1_000 });
    const controller = new AbortController();
    const deploy = vercelDeploy({ token, baseUrl: server.baseUrl, pollIntervalMs: 20 });
    const pending = codeOf(deploy.deploy({ ...input(1, { 'dist/index.html': 'x' }), signal: controller.signal }));
    // Abort once the deployment exists and is being polled (a fixed delay could fire before the upload ended, on a loaded machine).
    const polled = setInterval(() => {
      if (!server.requests.some((request) => request.method === 'GET' && /\/deployments\/dpl_/.test(request.path))) return;
      clearInterval(polled);
      controller.abort();
    }, 5);
    const error = await pending;
    expect(error.code).toBe('RUN_CANCELLED');
    expect(error.details.deploymentId).toMatch(/^dpl_/);
  });
});

describe('vercel stand-in', () => {
  it('error: refuses an upload whose digest does not match its content, and a deployment whose files were not uploaded', async () => {
    const wrong = await fetch(`${server.baseUrl}/v2/files`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'x-vercel-digest': sha1('other'), 'content-type': 'application/octet-stream' },
      body: 'content',
    });
    expect(wrong.status).toBe(400);
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe('incorrect_file_digest');
    const missing = await fetch(`${server.baseUrl}/v13/deployments`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ name: 'x', files: [{ file: 'a', sha: sha1('a'), size: 1 }] }),
    });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toEqual({ error: { code: 'missing_files', message: 'Missing files', missing: [sha1('a')] } });
  });
});

// Runs against the real Vercel API only when a token is present.
describe.skipIf(!process.env.VERCEL_TOKEN)(`vercelDeploy live${process.env.VERCEL_TOKEN ? '' : ' (skipped because VERCEL_TOKEN is not set)'}`, () => {
  it('behavior: deploys a static build, lists it, undeploys it', async () => {
    const deploy = vercelDeploy({ projectName: 'buildwright-live-test' });
    const live = { ...input(1, { 'dist/index.html': `<h1>buildwright live ${Date.now()}</h1>` }), project: { ...project, id: `live-${Date.now()}` } };
    const deployment = await deploy.deploy(live);
    try {
      expect(deployment.status).toBe('ready');
      expect((await deploy.list({ projectId: live.project.id })).map((listed) => listed.deploymentId)).toContain(deployment.deploymentId);
    } finally {
      await deploy.undeploy({ deploymentId: deployment.deploymentId });
    }
  }, 300_000);
});
