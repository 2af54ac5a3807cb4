import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { BuildwrightEvent, CheckContext, EventOf, Sandbox } from '@buildwright/core';
import { apiChecks, contractCheck, createApiSession } from '../api/index.js';
import { collectEvents, webRuns } from '../checks/web-run.test-support.js';
import { localSandbox } from '../local/index.js';
import { freePort, resolveLocalhostNames } from './deploy.test-support.js';
import { nodeDeploy } from './node-deploy.js';

// Acceptance of the deploy port for APIs: an API project generated from the todo-api.json
// transcript (scripted model, real local sandbox, the API checks) deploys with nodeDeploy (its
// install step restores the template's dependencies in the deployment's own sandbox), and the same
// contract check the run passed passes against the deployed URL; a crashed server is restarted.
const fixture = fileURLToPath(new URL('../api/fixtures/todo-api.json', import.meta.url));
const runs = webRuns();
let restore = () => {};
afterAll(async () => {
  restore();
  await runs.cleanup();
});

/** Host pids of a deployment's server processes (they carry BUILDWRIGHT_DEPLOYMENT=<id>). */
async function serverPids(deploymentId: string): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const environ = await readFile(`/proc/${entry}/environ`, 'utf8').catch(() => '');
    const command = await readFile(`/proc/${entry}/cmdline`, 'utf8').catch(() => '');
    if (environ.split('\0').includes(`BUILDWRIGHT_DEPLOYMENT=${deploymentId}`) && command.includes('server.ts')) pids.push(Number(entry));
  }
  return pids;
}

async function waitFor<T>(probe: () => Promise<T | undefined>, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 300));
  }
}

describe('nodeDeploy of a generated API (todo-api.json)', () => {
  it('default: the deployed API passes the contract check at its deployed URL; a killed server is restarted; undeploy stops it', async () => {
    restore = await resolveLocalhostNames();
    const port = await freePort();
    const node = nodeDeploy({ sandbox: localSandbox({ root: join(runs.root, 'deploy-sandboxes') }), dir: join(runs.root, 'node-deployments'), port, checkIntervalMs: 300, startTimeoutMs: 60_000 });
    // The docs check (Chromium) is left out: the contract is what the deployment is checked on.
    const { builder } = runs.builder(fixture, { checks: apiChecks({ docs: false }), deploy: { node } });
    const run = builder.generate({ prompt: 'A todo API', kind: 'api' });
    const runEvents = await collectEvents(run);
    const result = await run.result;
    expect(result.version.number).toBe(1);
    expect(runEvents.at(-1)).toMatchObject({ type: 'run.completed', versionNumber: 1 });
    expect(runEvents.filter((event): event is EventOf<'api.contract_checked'> => event.type === 'api.contract_checked').map((event) => event.passed)).toEqual([true]);

    const deployment = await builder.deploy(run.projectId);
    expect(deployment).toMatchObject({ target: 'node', status: 'ready', versionNumber: 1, error: null });
    expect(deployment.url).toMatch(new RegExp(`^http://[a-z0-9-]+-v1-[0-9a-f]{8}\\.localhost:${port}/$`));
    expect((await fetch(`${deployment.url}health`)).status).toBe(200);
    expect(deployment.aliasUrl).toMatch(new RegExp(`^http://[a-z0-9-]+\\.localhost:${port}/$`));

    // The run's contract check, pointed at the deployed URL through an API session of its own.
    const { files } = await builder.files(run.projectId);
    const deployedUrl = deployment.url!.replace(/\/$/, '');
    const session = createApiSession();
    // The check only keys its session by the sandbox (and reads the server log from it on a failure).
    const sandbox = { root: '/nonexistent', readFile: async () => undefined } as unknown as Sandbox;
    await session.replace(sandbox, { server: { stop: async () => undefined } as never, url: deployedUrl, logPath: 'server.log' });
    const emitted: BuildwrightEvent[] = [];
    const context = {
      projectId: run.projectId,
      runId: 'deployed-contract',
      kind: 'api',
      sandbox,
      files,
      artifactsDir: join(runs.root, 'artifacts'),
      signal: new AbortController().signal,
      run: async () => ({ exitCode: 0, stdout: '', stderr: '', timedOut: false }),
      emit: async (event: unknown) => void emitted.push(event as BuildwrightEvent),
      writeFiles: async () => undefined,
    } as unknown as CheckContext;
    const checked = await contractCheck({ session }).run(context);
    expect(checked, JSON.stringify(checked)).toMatchObject({ status: 'passed', preview: { url: deployedUrl } });
    const [report] = emitted as Array<EventOf<'api.contract_checked'>>;
    expect(report).toMatchObject({ type: 'api.contract_checked', passed: true });
    expect(report!.operations.map((operation) => operation.operationId).sort()).toEqual(['createTodo', 'deleteTodo', 'getHealth', 'getTodo', 'listTodos', 'updateTodo']);
    for (const operation of report!.operations) expect(operation.failure, operation.operationId).toBeNull();
    // The check's requests reached the deployment: the todos it created (and did not delete) are listed there.
    const listed = (await (await fetch(`${deployedUrl}/todos`)).json()) as unknown[];
    expect(Array.isArray(listed)).toBe(true);
    expect(listed.length).toBeGreaterThan(0);

    // A crash of the deployed server is restarted by the supervisor.
    const providerId = deployment.providerDeploymentId!;
    const [pid] = await waitFor(async () => {
      const pids = await serverPids(providerId);
      return pids.length > 0 ? pids : undefined;
    }, 10_000);
    process.kill(pid!, 'SIGKILL');
    await waitFor(async () => ((await fetch(`${deployment.url}health`)).status === 200 && node.restarts(providerId) >= 1 ? true : undefined), 60_000);
    expect((await serverPids(providerId)).includes(pid!)).toBe(false);

    const stopped = await builder.undeploy(deployment.id);
    expect(stopped.status).toBe('stopped');
    expect((await fetch(`${deployment.url}health`)).status).toBe(404);
    expect(await serverPids(providerId)).toEqual([]);
  }, 600_000);
});
