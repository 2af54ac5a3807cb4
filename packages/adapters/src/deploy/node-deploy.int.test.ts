import { readFile, readdir } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { DeployInput } from '@buildwright/core';
import { localSandbox } from '../local/index.js';
import { freePort, resolveLocalhostNames } from './deploy.test-support.js';
import { nodeDeploy } from './node-deploy.js';

// nodeDeploy with the real local sandbox (bubblewrap when present): the deployed server runs
// isolated, is reached through the proxy, is restarted after it is killed, and stops on undeploy.
const root = mkdtempSync(join(tmpdir(), 'bw-node-deploy-'));
let restore = () => {};
afterAll(async () => {
  restore();
  await rm(root, { recursive: true, force: true });
});

const server = `import { createServer } from 'node:http';
createServer((request, response) => {
  if (request.url === '/health') return response.end('ok');
  response.setHeader('content-type', 'application/json');
  response.end(JSON.stringify({ hello: 'world', pid: process.pid }));
}).listen(Number(process.env.PORT), process.env.HOST ?? '127.0.0.1');
`;

const input = (number: number): DeployInput => ({
  project: { id: 'api-1', ownerId: 'owner-1', kind: 'api', name: 'Hello API' },
  version: { number, message: `v${number}` },
  kind: 'api',
  files: { 'server.mjs': server, 'package.json': '{"type":"module"}' },
});

/** Host pids of the processes started for a deployment (its servers carry BUILDWRIGHT_DEPLOYMENT=<id>). */
async function pidsOf(deploymentId: string): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const environ = await readFile(`/proc/${entry}/environ`, 'utf8').catch(() => '');
    const command = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (environ.split('\0').includes(`BUILDWRIGHT_DEPLOYMENT=${deploymentId}`) && command.includes('server.mjs')) pids.push(Number(entry));
  }
  return pids;
}

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 200));
  }
}

describe('nodeDeploy (local sandbox)', () => {
  it('default: serves the deployed server at its URL and alias; a killed server is restarted; undeploy stops it (404)', async () => {
    restore = await resolveLocalhostNames();
    const port = await freePort();
    const adapter = nodeDeploy({ sandbox: localSandbox({ root: join(root, 'sandboxes') }), dir: join(root, 'deployments'), port, command: 'node server.mjs', install: false, checkIntervalMs: 300 });
    try {
      const deployment = await adapter.deploy(input(1));
      expect(deployment).toMatchObject({ status: 'ready', target: 'node', versionNumber: 1 });
      expect(deployment.url).toMatch(new RegExp(`^http://hello-api-v1-[0-9a-f]{8}\\.localhost:${port}/$`));
      const first = (await (await fetch(`${deployment.url}hello`)).json()) as { hello: string; pid: number };
      expect(first.hello).toBe('world');
      expect((await (await fetch(`${deployment.aliasUrl}hello`)).json()) as object).toMatchObject({ hello: 'world' });

      const [pid] = await pidsOf(deployment.deploymentId);
      expect(pid).toBeGreaterThan(0);
      process.kill(pid!, 'SIGKILL');
      // The kill reaches the server inside the sandbox a moment later (through the sandbox's own
      // processes), so an answer right after it may still come from the old server: wait for the
      // supervisor to have restarted it, then for the new one to answer.
      const again = await waitFor(async () => {
        if (adapter.restarts(deployment.deploymentId) < 1) return undefined;
        const response = await fetch(`${deployment.url}hello`);
        return response.status === 200 ? ((await response.json()) as { hello: string }) : undefined;
      }, 30_000);
      expect(again.hello).toBe('world');
      expect(adapter.restarts(deployment.deploymentId)).toBeGreaterThanOrEqual(1);
      expect((await pidsOf(deployment.deploymentId)).includes(pid!)).toBe(false);

      await adapter.undeploy({ deploymentId: deployment.deploymentId });
      expect((await fetch(`${deployment.url}hello`)).status).toBe(404);
      expect((await fetch(`${deployment.aliasUrl}hello`)).status).toBe(404);
      expect(await pidsOf(deployment.deploymentId)).toEqual([]);
    } finally {
      await adapter.close();
    }
  }, 120_000);

  it('error: a web project is DEPLOY_UNSUPPORTED_KIND', async () => {
    const adapter = nodeDeploy({ sandbox: localSandbox({ root: join(root, 'sandboxes') }), dir: join(root, 'unsupported'), port: await freePort() });
    await expect(adapter.deploy({ ...input(1), kind: 'web' })).rejects.toMatchObject({ code: 'DEPLOY_UNSUPPORTED_KIND' });
    await adapter.close();
  });
});
