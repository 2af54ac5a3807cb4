import { describe, expect, it } from 'vitest';
import { createBuilder } from '../builder/create-builder.js';
import { createWorker } from '../builder/create-worker.js';
import type { Transcript } from '../protocol/transcript.js';
import type { Check } from '../spec/check.js';
import type { StorageAdapter } from '../spec/storage.js';
import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../testing/doubles/scripted-llm.js';
import { expectCode } from '../testing/expect-code.js';
import { inProcessQueue } from './in-process-queue.js';
import { namedChain } from './named-chain.test-support.js';

const files = { 'index.html': '<div id="root"></div>' };
const app: Transcript = {
  format: 'buildwright.transcript/v1',
  turns: [
    { node: 'plan', toolCalls: [{ name: 'submit_plan', arguments: { title: 'App', summary: 'A small app', steps: [{ id: 'files', title: 'Files', files: Object.keys(files) }] } }] },
    {
      node: 'build',
      toolCalls: [
        { name: 'write_file', arguments: { path: 'index.html', content: files['index.html'] } },
        { name: 'finish', arguments: { summary: 'Wrote it.' } },
      ],
    },
  ],
};
const runs = (count: number): Transcript => ({ ...app, turns: Array.from({ length: count }, () => app.turns).flat() });

/** A check recording the network of the chain each run's checks got (`none` without one). */
function chainProbe() {
  const seen: string[] = [];
  const check: Check = {
    name: 'chain-probe',
    run: async (context) => {
      seen.push(context.chain ? (await context.chain.info()).network : 'none');
      return { status: 'passed' };
    },
  };
  return { seen, check };
}

function setup(storage: StorageAdapter = memoryStorage(), transcriptRuns = 3) {
  const chains = { local: namedChain('local'), sepolia: namedChain('sepolia') };
  const probe = chainProbe();
  const adapters = { llm: scriptedLlm({ transcript: runs(transcriptRuns) }), sandbox: memorySandbox(), storage, checks: [probe.check] };
  return { chains, probe, adapters, storage };
}

describe('a builder with several chains', () => {
  it('default: generate({ chain }) stores the chain with the DApp, its checks get that chain, and its edit uses it again; without chain a DApp gets defaultChain', async () => {
    const { chains, probe, adapters, storage } = setup();
    const builder = createBuilder({ ...adapters, chains, defaultChain: 'local' });
    const run = builder.generate({ prompt: 'a token page', kind: 'dapp', chain: 'sepolia' });
    const { project } = await run.result;
    expect(project.chain).toBe('sepolia');
    expect((await storage.getProject({ ownerId: 'local', projectId: project.id }))?.chain).toBe('sepolia');
    await builder.edit(project.id, { prompt: 'add a title' }).result;
    expect(probe.seen).toEqual(['sepolia', 'sepolia']);

    const plain = await builder.generate({ prompt: 'another token page', kind: 'dapp' }).result;
    expect(plain.project.chain).toBe('local');
    expect(probe.seen).toEqual(['sepolia', 'sepolia', 'local']);
  });

  it('args: chain alone is the DApps\' chain, stored as "default"; a web project stores none (its runs get the default chain, as before); the first of chains is the default without defaultChain', async () => {
    const single = setup();
    const builder = createBuilder({ ...single.adapters, chain: single.chains.sepolia });
    expect((await builder.generate({ prompt: 'a token page', kind: 'dapp' }).result).project.chain).toBe('default');
    const web = await builder.generate({ prompt: 'a web page', kind: 'web' }).result;
    expect('chain' in web.project).toBe(false);
    expect(single.probe.seen).toEqual(['sepolia', 'sepolia']);

    const several = setup();
    const first = createBuilder({ ...several.adapters, chains: { sepolia: several.chains.sepolia, local: several.chains.local } });
    expect((await first.generate({ prompt: 'a token page', kind: 'dapp' }).result).project.chain).toBe('sepolia');
  });

  it('error: an unknown chain is CHAIN_NOT_CONFIGURED naming the configured chains, thrown by generate before any project or run is stored', async () => {
    const { chains, adapters, storage } = setup();
    const builder = createBuilder({ ...adapters, chains });
    const error = await expectCode(
      Promise.resolve().then(() => builder.generate({ prompt: 'a token page', kind: 'dapp', chain: 'base-sepolia' })),
      'CHAIN_NOT_CONFIGURED',
    );
    expect(error.message).toMatch(
      /Chain "base-sepolia" is not configured\. This builder's chains: local, sepolia\. Name one of them in generate\(\{ chain \}\), or add it to createBuilder\(\{ chains \}\)\./,
    );
    expect(error.details).toEqual({ chain: 'base-sepolia', chains: ['local', 'sepolia'] });
    expect(error.docsUrl).toMatch(/chain#several-chains$/);
    const noChain = createBuilder({ ...adapters });
    await expectCode(
      Promise.resolve().then(() => noChain.generate({ prompt: 'a token page', kind: 'dapp', chain: 'local' })),
      'CHAIN_NOT_CONFIGURED',
    );
    expect(await storage.listProjects({ ownerId: 'local' })).toEqual([]);
  });

  it('error: a chain for a web or api project is INVALID_INPUT saying only a DApp deploys to a chain', async () => {
    const { chains, adapters, storage } = setup();
    const builder = createBuilder({ ...adapters, chains });
    const error = await expectCode(
      Promise.resolve().then(() => builder.generate({ prompt: 'a page', kind: 'web', chain: 'local' })),
      'INVALID_INPUT',
    );
    expect(error.message).toMatch(/only a DApp deploys to a chain; pass kind: 'dapp'/);
    await expectCode(
      Promise.resolve().then(() => builder.generate({ prompt: 'an api', kind: 'api', chain: 'local' })),
      'INVALID_INPUT',
    );
    expect(await storage.listProjects({ ownerId: 'local' })).toEqual([]);
  });

  it('error: createBuilder refuses chain with chains, an empty chains and a defaultChain that is not one of them', async () => {
    const { chains, adapters } = setup();
    expect(() => createBuilder({ ...adapters, chain: chains.local, chains })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringMatching(/both chain and chains: pass one/) }),
    );
    expect(() => createBuilder({ ...adapters, chains: {} })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    expect(() => createBuilder({ ...adapters, chains, defaultChain: 'mainnet' })).toThrow(
      expect.objectContaining({ code: 'CHAIN_NOT_CONFIGURED', message: expect.stringMatching(/local, sepolia\. Name one of them in defaultChain/) }),
    );
  });

  it('error: an edit of a DApp on a chain this builder lacks is CHAIN_NOT_CONFIGURED before its run is stored', async () => {
    const { chains, adapters, storage } = setup();
    const project = await createBuilder({ ...adapters, chains }).generate({ prompt: 'a token page', kind: 'dapp', chain: 'sepolia' }).result;
    const localOnly = createBuilder({ ...adapters, chains: { local: chains.local } });
    const error = await expectCode(localOnly.edit(project.project.id, { prompt: 'add a title' }).result, 'CHAIN_NOT_CONFIGURED');
    expect(error.message).toMatch(/The project's contracts are on "sepolia": give this builder \(and every worker\) that chain/);
    expect(await storage.listRuns({ ownerId: 'local', projectId: project.project.id })).toHaveLength(1);
  });

  it("behavior: with a queue, a worker without the project's chain fails the run with CHAIN_NOT_CONFIGURED (run.failed), and takes the next run", async () => {
    const { chains, probe, adapters, storage } = setup();
    const queue = inProcessQueue();
    const builder = createBuilder({ ...adapters, chains, queue });
    const worker = createWorker({ ...adapters, chains: { local: chains.local }, queue });
    try {
      const run = builder.generate({ prompt: 'a token page', kind: 'dapp', chain: 'sepolia' });
      const error = await expectCode(run.result, 'CHAIN_NOT_CONFIGURED');
      expect(error.message).toMatch(/Chain "sepolia" is not configured\. This builder's chains: local\./);
      const events = await storage.readEvents({ ownerId: 'local', runId: run.runId });
      expect(events.at(-1)).toMatchObject({ type: 'run.failed', code: 'CHAIN_NOT_CONFIGURED' });
      expect((await storage.getRun({ ownerId: 'local', runId: run.runId }))?.status).toBe('failed');

      const next = await builder.generate({ prompt: 'a token page', kind: 'dapp', chain: 'local' }).result;
      expect(next.project.chain).toBe('local');
      expect(probe.seen).toEqual(['local']);
    } finally {
      await worker.close();
    }
  });

  it('behavior: close() closes every chain of the builder', async () => {
    const { chains, adapters } = setup();
    await createBuilder({ ...adapters, chains }).close();
    expect([chains.local.closed, chains.sepolia.closed]).toEqual([1, 1]);
  });
});
