import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accountWithRole, call } from '../testing/api-client.js';
import { startTestServer, type TestServer } from '../testing/test-server.js';

// The chain of a DApp generation through the service's API: one of CHAINS, refused with 400 before
// a run is stored otherwise. The worker has the memory sandbox (no dapp checks): nothing is deployed.
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ worker: true, environment: { CHAINS: 'local,sepolia=https://rpc.sepolia.example', DEFAULT_CHAIN: 'local', DEPLOYER_PRIVATE_KEY: `0x${'ab'.repeat(32)}` } });
});
afterAll(async () => {
  await server?.close();
});

describe('DApp chains through the API', () => {
  it('default: GET /me lists the chains (no RPC URLs) and the default; POST /api/builder/runs with chain stores it with the project', async () => {
    const user = await accountWithRole(server, 'USER');
    const me = await call(server.url, 'GET', '/me', { credential: user.accessToken });
    expect(me.body.chains).toEqual({ names: ['local', 'sepolia'], default: 'local' });
    expect(JSON.stringify(me.body)).not.toContain('rpc.sepolia.example');

    const started = await call(server.url, 'POST', '/api/builder/runs', { credential: user.accessToken, body: { prompt: 'A token page', kind: 'dapp', chain: 'sepolia' } });
    expect(started.status).toBe(201);
    const project = await call(server.url, 'GET', `/api/builder/projects/${started.body.projectId}`, { credential: user.accessToken });
    expect(project.body.project).toMatchObject({ kind: 'dapp', chain: 'sepolia' });
    const plain = await call(server.url, 'POST', '/api/builder/runs', { credential: user.accessToken, body: { prompt: 'Another token page', kind: 'dapp' } });
    expect((await call(server.url, 'GET', `/api/builder/projects/${plain.body.projectId}`, { credential: user.accessToken })).body.project.chain).toBe('local');
  });

  it('error: a chain not in CHAINS is 400 CHAIN_NOT_CONFIGURED naming the served chains, and no project or run is stored; a chain on a web app is 400 INVALID_INPUT', async () => {
    const user = await accountWithRole(server, 'USER');
    const refused = await call(server.url, 'POST', '/api/builder/runs', { credential: user.accessToken, body: { prompt: 'A token page', kind: 'dapp', chain: 'base-sepolia' } });
    expect(refused.status).toBe(400);
    expect(refused.body.error).toMatchObject({ code: 'CHAIN_NOT_CONFIGURED', message: expect.stringContaining("This builder's chains: local, sepolia.") });
    const web = await call(server.url, 'POST', '/api/builder/runs', { credential: user.accessToken, body: { prompt: 'A page', kind: 'web', chain: 'local' } });
    expect(web.status).toBe(400);
    expect(web.body.error.code).toBe('INVALID_INPUT');
    expect((await call(server.url, 'GET', '/api/builder/projects', { credential: user.accessToken })).body.projects).toEqual([]);
    const runs = await server.services.db.query(`SELECT count(*)::int AS count FROM buildwright_runs WHERE owner_id = $1`, [user.id]);
    expect(runs.rows[0].count).toBe(0);
  });
});
