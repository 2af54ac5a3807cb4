import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountWithRole, call } from '../testing/api-client.js';
import { runUntilEnded } from '../testing/run-until-ended.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

// A DApp generated through the service's HTTP API, on the default chain (the in-process EVM):
// the worker runs with WORKER_SANDBOX=local (the SDK's local sandbox and dappChecks: solc, deploy,
// vite build, Chromium), the model replays examples/transcripts/nft-mint.json.
const transcript = fileURLToPath(new URL('../../../transcripts/nft-mint.json', import.meta.url));
const root = mkdtempSync(join(tmpdir(), 'hs-dapp-'));
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({
    worker: true,
    environment: { LLM: `script:${transcript}`, WORKER_SANDBOX: 'local', SANDBOX_ROOT: join(root, 'sandboxes') },
  });
});
afterAll(async () => {
  await server?.close();
  await rm(root, { recursive: true, force: true });
});

describe('DApp generation through the API', () => {
  it('default: POST /api/builder/runs with kind dapp deploys the contract on the local chain; the project answer carries the contract card data', async () => {
    expect(server.config.chains.defaultChain).toEqual({ name: 'local' });
    const user = await accountWithRole(server, 'USER');
    const started = await call(server.url, 'POST', '/api/builder/runs', { credential: user.accessToken, body: { prompt: 'Create an NFT collection with a mint page', kind: 'dapp' } });
    expect(started.status).toBe(201);
    const { runId, projectId } = started.body as { runId: string; projectId: string };
    const run = await runUntilEnded(server.url, user.accessToken, runId, 280_000);
    expect(run).toMatchObject({ status: 'completed', ownerId: user.id });

    const project = await call(server.url, 'GET', `/api/builder/projects/${projectId}`, { credential: user.accessToken });
    expect(project.status).toBe(200);
    expect(project.body.project.kind).toBe('dapp');
    const contracts = project.body.contracts as Array<Record<string, unknown>>;
    expect(contracts).toEqual([
      expect.objectContaining({ name: 'Collection', chainId: 31337, status: 'deployed', address: expect.stringMatching(/^0x[0-9a-fA-F]{40}$/), txHash: expect.stringMatching(/^0x[0-9a-f]{64}$/) }),
    ]);
    const files = await call(server.url, 'GET', `/api/builder/projects/${projectId}/files`, { credential: user.accessToken });
    expect(files.body.files['src/contracts/deployed.ts']).toContain(`export const address = "${contracts[0]!['address']}" as const;`);
    expect(files.body.files['.env.production.local']).toBeUndefined();

    // Another user cannot see the project or its contract.
    const other = await accountWithRole(server, 'USER');
    expect((await call(server.url, 'GET', `/api/builder/projects/${projectId}`, { credential: other.accessToken })).status).toBe(404);
  }, 300_000);
});
