import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DeployInput } from '@buildwright/core';
import { expectCode, freePort, get } from './deploy.test-support.js';
import { staticDeploy } from './static-deploy.js';

const root = mkdtempSync(join(tmpdir(), 'bw-static-deploy-'));
afterAll(() => rm(root, { recursive: true, force: true }));

const project = { id: 'project-1', ownerId: 'owner-1', kind: 'web' as const, name: 'Todo App' };
const input = (number: number, html: string, extra: Partial<DeployInput> = {}): DeployInput => ({
  project,
  version: { number, message: `v${number}` },
  kind: 'web',
  files: { 'package.json': '{}', 'src/main.tsx': '' },
  build: { outputDir: 'dist', files: { 'dist/index.html': html, 'dist/assets/app.js': `console.log(${number})` } },
  ...extra,
});

describe('staticDeploy', () => {
  it('default: one URL per deployment on its own host name, an alias that moves, survives a restart, undeploy answers 404', async () => {
    const port = await freePort();
    const dir = join(root, 'default');
    const first = staticDeploy({ dir, port });
    const v1 = await first.deploy(input(1, '<h1>one</h1>'));
    expect(v1).toMatchObject({ target: 'static', projectId: 'project-1', versionNumber: 1, status: 'ready', error: null });
    expect(v1.url).toMatch(new RegExp(`^http://todo-app-v1-[0-9a-f]{8}\\.localhost:${port}/$`));
    expect(v1.aliasUrl).toMatch(new RegExp(`^http://todo-app-[0-9a-f]{8}\\.localhost:${port}/$`));
    expect((await get(v1.url!, port)).body).toBe('<h1>one</h1>');
    expect((await get(v1.url!, port, '/assets/app.js')).body).toBe('console.log(1)');
    expect((await get(v1.url!, port, '/some/route')).body).toBe('<h1>one</h1>');
    const v2 = await first.deploy(input(2, '<h1>two</h1>'));
    expect(v2.aliasUrl).toBe(v1.aliasUrl);
    expect((await get(v2.aliasUrl!, port)).body).toBe('<h1>two</h1>');
    expect((await first.status({ deploymentId: v1.deploymentId }))?.aliasUrl).toBeNull();
    await first.close();

    const second = staticDeploy({ dir, port });
    await second.serve();
    try {
      expect((await get(v1.url!, port)).body).toBe('<h1>one</h1>');
      expect((await get(v2.url!, port)).body).toBe('<h1>two</h1>');
      expect((await second.list({ projectId: 'project-1' })).map((deployment) => deployment.versionNumber)).toEqual([2, 1]);
      await second.undeploy({ deploymentId: v2.deploymentId });
      await second.undeploy({ deploymentId: v2.deploymentId });
      expect((await get(v2.url!, port)).status).toBe(404);
      expect((await get(v1.aliasUrl!, port)).body).toBe('<h1>one</h1>');
      expect((await second.status({ deploymentId: v2.deploymentId }))?.status).toBe('stopped');
      await second.undeploy({ deploymentId: v1.deploymentId });
      expect((await get(v1.aliasUrl!, port)).status).toBe(404);
    } finally {
      await second.close();
    }
  });

  it('behavior: answers carry security headers; unknown hosts, other methods and paths out of the build are refused', async () => {
    const port = await freePort();
    const adapter = staticDeploy({ dir: join(root, 'headers'), port });
    try {
      const deployment = await adapter.deploy(input(1, '<p>hi</p>', { env: { VITE_CONTRACT_ADDRESS: '0xabc' } }));
      const page = await get(deployment.url!, port);
      expect(page.headers).toMatchObject({ 'x-content-type-options': 'nosniff', 'x-frame-options': 'SAMEORIGIN', 'referrer-policy': 'no-referrer', 'cache-control': 'no-cache' });
      expect((await get(deployment.url!, port, '/assets/app.js')).headers['cache-control']).toContain('immutable');
      expect(JSON.parse((await get(deployment.url!, port, '/.well-known/buildwright.json')).body)).toEqual({ projectId: 'project-1', version: 1, env: { VITE_CONTRACT_ADDRESS: '0xabc' } });
      expect((await get(`http://127.0.0.1:${port}/`, port)).status).toBe(404);
      expect((await get(`http://nothing-here.localhost:${port}/`, port)).status).toBe(404);
      expect((await get(deployment.url!, port, '/%2e%2e/%2e%2e/deployments/x.json')).status).toBe(404);
    } finally {
      await adapter.close();
    }
  });

  it('error: an api project is DEPLOY_UNSUPPORTED_KIND; sources with no build are DEPLOY_BUILD_FAILED; a build path leaving its directory is DEPLOY_FAILED', async () => {
    const adapter = staticDeploy({ dir: join(root, 'errors'), port: await freePort() });
    try {
      await expectCode(adapter.deploy({ ...input(1, ''), kind: 'api' }), 'DEPLOY_UNSUPPORTED_KIND');
      const { build: _build, ...unbuilt } = input(1, '');
      await expectCode(adapter.deploy(unbuilt), 'DEPLOY_BUILD_FAILED');
      await expectCode(adapter.deploy(input(1, '', { build: { outputDir: 'dist', files: { 'index.html': 'x', '../escape.txt': 'x' } } })), 'DEPLOY_FAILED');
      expect(await adapter.list({ projectId: 'project-1' })).toEqual([]);
    } finally {
      await adapter.close();
    }
  });
});
