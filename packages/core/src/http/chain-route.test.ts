import { createBuilderClient } from '@buildwright/client';
import { afterEach, describe, expect, it } from 'vitest';
import { createBuilder, type Builder } from '../builder/create-builder.js';
import { namedChain } from '../run/named-chain.test-support.js';
import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../testing/doubles/scripted-llm.js';
import { appTranscript, ownerHeaderHandler } from './http.test-support.js';

const builders: Builder[] = [];
afterEach(async () => {
  await Promise.all(builders.splice(0).map((builder) => builder.close()));
});

function setup() {
  const storage = memoryStorage();
  const builder = createBuilder({ llm: scriptedLlm({ transcript: appTranscript() }), sandbox: memorySandbox(), storage, chains: { local: namedChain('local'), sepolia: namedChain('sepolia') } });
  builders.push(builder);
  return { storage, builder, ...ownerHeaderHandler(builder) };
}

describe('POST /runs with a chain', () => {
  it('default: the chain is stored with the DApp project; GET /projects/:id returns it', async () => {
    const { call } = setup();
    const created = await call('POST', '/runs', { prompt: 'a token page', kind: 'dapp', chain: 'sepolia' });
    expect(created.status).toBe(201);
    const { projectId } = (await created.json()) as { projectId: string };
    const answer = (await (await call('GET', `/projects/${projectId}`)).json()) as { project: { chain?: string } };
    expect(answer.project.chain).toBe('sepolia');
  });

  it('error: a chain the builder does not have is 400 CHAIN_NOT_CONFIGURED naming its chains, and no project is stored; a chain on a web project is 400 INVALID_INPUT', async () => {
    const { call, storage } = setup();
    const refused = await call('POST', '/runs', { prompt: 'a token page', kind: 'dapp', chain: 'mainnet' });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: unknown }).error).toMatchObject({ code: 'CHAIN_NOT_CONFIGURED', message: expect.stringContaining("This builder's chains: local, sepolia.") });
    const web = await call('POST', '/runs', { prompt: 'a page', kind: 'web', chain: 'local' });
    expect(web.status).toBe(400);
    expect(((await web.json()) as { error: { code: string } }).error.code).toBe('INVALID_INPUT');
    expect(await storage.listProjects({ ownerId: 'alice' })).toEqual([]);
  });

  it('behavior: the client sends generate(…, { chain }) and rejects an unknown chain with the coded error', async () => {
    const { handler, storage } = setup();
    const client = () => createBuilderClient({ baseUrl: 'http://test', headers: { 'x-owner': 'alice' }, fetch: async (input, init) => handler(new Request(input, init)) });
    const [first, second] = [client(), client()];
    try {
      const { projectId } = await first.generate('a token page', 'dapp', { chain: 'sepolia' });
      expect((await storage.getProject({ ownerId: 'alice', projectId }))?.chain).toBe('sepolia');
      await expect(second.generate('another token page', 'dapp', { chain: 'goerli' })).rejects.toMatchObject({
        code: 'CHAIN_NOT_CONFIGURED',
        message: expect.stringContaining('Chain "goerli" is not configured'),
      });
      expect(second.getSnapshot().errors.map((error) => error.code)).toEqual(['CHAIN_NOT_CONFIGURED']);
    } finally {
      first.close();
      second.close();
    }
  });
});
