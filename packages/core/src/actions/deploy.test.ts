import { afterEach, describe, expect, it } from 'vitest';
import { createBuilderClient } from '@buildwright/client';
import { createBuilder, type Builder } from '../builder/create-builder.js';
import type { DeployEvent } from '../events/deploy-events.js';
import { parseDeployEvent } from '../events/deploy-events.js';
import { createBuilderHandler } from '../http/create-builder-handler.js';
import { appFiles, serve } from '../http/http.test-support.js';
import type { DeployAdapter, DeployInput, Deployment } from '../spec/deploy.js';
import type { ProjectKind } from '../spec/storage.js';
import { expectCode } from '../testing/expect-code.js';
import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../testing/doubles/scripted-llm.js';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A deploy target kept in memory: one URL per deployment, an alias per project (test use only). */
function memoryDeploy(provider: string, kinds: ProjectKind[], options: { fail?: boolean } = {}) {
  const deployments: Deployment[] = [];
  const inputs: DeployInput[] = [];
  const alias = new Map<string, string>();
  const view = (deployment: Deployment): Deployment => ({ ...deployment, aliasUrl: alias.get(deployment.projectId) === deployment.deploymentId ? `https://${deployment.projectId}.test/` : null });
  const adapter: DeployAdapter = {
    specificationVersion: 'v1',
    provider,
    kinds,
    async deploy(input) {
      inputs.push(input);
      if (options.fail) throw new Error('upload refused');
      const deploymentId = `d${deployments.length + 1}`;
      const deployment: Deployment = {
        deploymentId,
        target: provider,
        projectId: input.project.id,
        versionNumber: input.version.number,
        status: 'ready',
        url: `https://${deploymentId}.test/`,
        aliasUrl: null,
        error: null,
        createdAt: new Date().toISOString(),
      };
      deployments.unshift(deployment);
      alias.set(input.project.id, deploymentId);
      return view(deployment);
    },
    async status({ deploymentId }) {
      const found = deployments.find((deployment) => deployment.deploymentId === deploymentId);
      return found && view(found);
    },
    async undeploy({ deploymentId }) {
      const found = deployments.find((deployment) => deployment.deploymentId === deploymentId);
      if (!found) return;
      found.status = 'stopped';
      if (alias.get(found.projectId) === deploymentId) {
        const previous = deployments.find((deployment) => deployment.projectId === found.projectId && deployment.status === 'ready');
        if (previous) alias.set(found.projectId, previous.deploymentId);
        else alias.delete(found.projectId);
      }
    },
    async list({ projectId }) {
      return deployments.filter((deployment) => deployment.projectId === projectId).map(view);
    },
    async close() {},
  };
  return { adapter, inputs };
}

function builderWith(deploy: Record<string, DeployAdapter>, events: DeployEvent[] = []): Builder {
  const builder = createBuilder({
    llm: scriptedLlm({ transcript: { format: 'buildwright.transcript/v1', turns: [] } }),
    sandbox: memorySandbox(),
    storage: memoryStorage(),
    deploy,
    onDeployEvent: (event) => events.push(parseDeployEvent(event)),
  });
  cleanups.push(() => builder.close());
  return builder;
}

describe('builder.deploy', () => {
  it('default: deploys the current version to the first target of its kind, stores it, emits started then ready; v2 moves the alias; undeploy moves it back', async () => {
    const web = memoryDeploy('static', ['web', 'dapp']);
    const events: DeployEvent[] = [];
    const builder = builderWith({ node: memoryDeploy('node', ['api']).adapter, static: web.adapter }, events);
    const { project } = await builder.importFiles({ name: 'Counter', kind: 'web', files: appFiles });
    const first = await builder.deploy(project.id);
    expect(first).toMatchObject({
      projectId: project.id,
      target: 'static',
      versionNumber: 1,
      status: 'ready',
      url: 'https://d1.test/',
      aliasUrl: `https://${project.id}.test/`,
      providerDeploymentId: 'd1',
    });
    // A site without package.json is served as it is.
    expect(web.inputs[0]!.build).toEqual({ outputDir: '.', files: appFiles });
    expect(events.map((event) => event.type)).toEqual(['deploy.started', 'deploy.ready']);
    expect(events[1]).toMatchObject({ deploymentId: first.id, projectId: project.id, target: 'static', versionNumber: 1, url: 'https://d1.test/' });

    await builder.restore(project.id, 1);
    const second = await builder.deploy(project.id, { version: 2 });
    expect(second).toMatchObject({ versionNumber: 2, aliasUrl: `https://${project.id}.test/` });
    expect((await builder.listDeployments(project.id)).map((deployment) => [deployment.versionNumber, deployment.aliasUrl !== null])).toEqual([
      [2, true],
      [1, false],
    ]);

    expect(await builder.undeploy(second.id)).toMatchObject({ status: 'stopped', aliasUrl: null });
    expect((await builder.listDeployments(project.id)).map((deployment) => [deployment.status, deployment.aliasUrl])).toEqual([
      ['stopped', null],
      ['ready', `https://${project.id}.test/`],
    ]);
  });

  it('behavior: a failing target stores the deployment as failed and emits deploy.failed with the code', async () => {
    const events: DeployEvent[] = [];
    const builder = builderWith({ static: memoryDeploy('static', ['web'], { fail: true }).adapter }, events);
    const { project } = await builder.importFiles({ name: 'Counter', kind: 'web', files: appFiles });
    await expectCode(builder.deploy(project.id), 'DEPLOY_FAILED');
    const [stored] = await builder.listDeployments(project.id);
    expect(stored).toMatchObject({ status: 'failed', error: { code: 'DEPLOY_FAILED' } });
    expect(events.map((event) => event.type)).toEqual(['deploy.started', 'deploy.failed']);
  });

  it('behavior: a DApp on the local chain deploys to static with a warning and its contract in env; to another target it is DEPLOY_LOCAL_CHAIN', async () => {
    const web = memoryDeploy('static', ['web', 'dapp']);
    const builder = builderWith({ vercel: memoryDeploy('vercel', ['web', 'dapp']).adapter, static: web.adapter });
    const { project } = await builder.importFiles({ name: 'Token', kind: 'dapp', files: appFiles });
    await builder.options.storage.saveContract({
      projectId: project.id,
      runId: null,
      name: 'Counter',
      address: '0x5FbDB2315678afecb367f032d93F642f64180aa3',
      chainId: 31337,
      network: 'local',
      abi: [],
      source: '',
      txHash: '0x1',
      explorerUrl: null,
      status: 'deployed',
    });
    await expectCode(builder.deploy(project.id, { target: 'vercel' }), 'DEPLOY_LOCAL_CHAIN');
    const deployment = await builder.deploy(project.id, { target: 'static' });
    expect(deployment.warnings).toEqual([expect.stringContaining('local development chain')]);
    expect(web.inputs[0]!.env).toEqual({ VITE_BUILDWRIGHT_CONTRACT_ADDRESS: '0x5FbDB2315678afecb367f032d93F642f64180aa3', VITE_BUILDWRIGHT_CHAIN_ID: '31337', VITE_BUILDWRIGHT_NETWORK: 'local' });
  });

  it('error: no target, an unknown target, a target of another kind, another owner, an unknown deployment', async () => {
    const builder = builderWith({ node: memoryDeploy('node', ['api']).adapter });
    const { project } = await builder.importFiles({ name: 'Counter', kind: 'web', files: appFiles });
    await expectCode(builder.deploy(project.id), 'DEPLOY_TARGET_UNKNOWN');
    await expectCode(builder.deploy(project.id, { target: 'vercel' }), 'DEPLOY_TARGET_UNKNOWN');
    await expectCode(builder.deploy(project.id, { target: 'node' }), 'DEPLOY_UNSUPPORTED_KIND');
    await expectCode(builder.deploy(project.id, { target: 'node', ownerId: 'someone-else' }), 'PROJECT_NOT_FOUND');
    await expectCode(builder.undeploy('nope'), 'DEPLOYMENT_NOT_FOUND');
    expect(await builder.listDeployments(project.id)).toEqual([]);
  });
});

describe('deployment routes and client', () => {
  it('default: POST → 201 { deployment }, GET → { deployments }, DELETE → 204, each owner-scoped', async () => {
    const builder = builderWith({ static: memoryDeploy('static', ['web']).adapter });
    const { project } = await builder.importFiles({ name: 'Counter', kind: 'web', files: appFiles, ownerId: 'alice' });
    const handler = createBuilderHandler(builder, { authorize: (request) => request.headers.get('x-owner') ?? 'nobody', basePath: '/api' });
    const server = await serve(handler);
    cleanups.push(() => server.close());
    const alice = createBuilderClient({ baseUrl: `${server.url}/api`, headers: { 'x-owner': 'alice' } });
    const bob = createBuilderClient({ baseUrl: `${server.url}/api`, headers: { 'x-owner': 'bob' } });

    const raw = await fetch(`${server.url}/api/projects/${project.id}/deployments`, { method: 'POST', headers: { 'x-owner': 'alice', 'content-type': 'application/json' }, body: '{}' });
    expect(raw.status).toBe(201);
    const { deployment } = (await raw.json()) as { deployment: { id: string; status: string } };
    expect(deployment.status).toBe('ready');
    const again = await alice.deploy({ projectId: project.id, version: 1, target: 'static' });
    expect((await alice.listDeployments(project.id)).map((listed) => listed.id)).toEqual([again.id, deployment.id]);
    await expectCode(bob.listDeployments(project.id), 'PROJECT_NOT_FOUND');
    await expectCode(bob.undeploy(deployment.id, project.id), 'DEPLOYMENT_NOT_FOUND');
    await expectCode(alice.deploy({ projectId: project.id, target: 'vercel' }), 'DEPLOY_TARGET_UNKNOWN');

    const deleted = await fetch(`${server.url}/api/projects/${project.id}/deployments/${deployment.id}`, { method: 'DELETE', headers: { 'x-owner': 'alice' } });
    expect(deleted.status).toBe(204);
    await alice.undeploy(again.id, project.id);
    expect((await alice.listDeployments(project.id)).map((listed) => listed.status)).toEqual(['stopped', 'stopped']);
    const bad = await fetch(`${server.url}/api/projects/${project.id}/deployments`, { method: 'POST', headers: { 'x-owner': 'alice', 'content-type': 'application/json' }, body: '{"version":"two"}' });
    expect(bad.status).toBe(400);
  });
});
