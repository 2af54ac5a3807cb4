import { afterAll, describe, expect, it } from 'vitest';
import { createBuilder, type BuildwrightEvent, type EventOf, type Transcript } from '@buildwright/core';
import { memorySandbox, memoryStorage } from '../memory/index.js';
import { scriptedLlm } from '../scripted/index.js';
import { localChain } from '../viem/index.js';
import { contractCompileCheck } from './contract-compile-check.js';
import { contractDeployCheck } from './contract-deploy-check.js';

// Two in-process EVM chains under two names: each DApp's contract is deployed on the chain its
// generate named, and its edit deploys there again. Compile and deploy checks only (no browser).
const counter = (start: number) => `// SPDX-License-Identifier: MIT\npragma solidity ^0.8.24;\n\ncontract Counter {\n  uint256 public count = ${start};\n}\n`;
const abi = [{ type: 'function', name: 'count', stateMutability: 'view', inputs: [], outputs: [{ name: '', type: 'uint256' }] }];
const files = (start: number) => ({ 'contracts/Counter.sol': counter(start), 'contracts/deploy.json': '{ "contract": "Counter", "args": [] }' });
const write = (content: Record<string, string>) => Object.entries(content).map(([path, text]) => ({ name: 'write_file', arguments: { path, content: text } }));
const dapp = (start: number): Transcript['turns'] => [
  {
    node: 'plan',
    toolCalls: [{ name: 'submit_plan', arguments: { title: 'Counter', summary: 'A counter contract', steps: [{ id: 'contract', title: 'Contract', files: Object.keys(files(start)) }] } }],
  },
  { node: 'build', toolCalls: [...write(files(start)), { name: 'finish', arguments: { summary: `Counter from ${start}.` } }] },
];

const chains = { alpha: localChain({ chainId: 31337 }), beta: localChain({ chainId: 1337 }) };
afterAll(() => Promise.all(Object.values(chains).map((chain) => chain.close())));

const deployedOf = (events: BuildwrightEvent[]) => events.filter((event): event is EventOf<'contract.deployed'> => event.type === 'contract.deployed');

describe('DApps on two named chains (localChain × 2, compile and deploy checks)', () => {
  it("default: each project's contract lands on the chain its generate named, its edit redeploys there and not on the other chain", async () => {
    const storage = memoryStorage();
    const builder = createBuilder({
      llm: scriptedLlm({ transcript: { format: 'buildwright.transcript/v1', turns: [...dapp(1), ...dapp(2), ...dapp(3)] } }),
      sandbox: memorySandbox(),
      storage,
      // Each chain is closed by afterAll: the builder's close must not stop them first.
      chains: { alpha: { ...chains.alpha, close: async () => {} }, beta: { ...chains.beta, close: async () => {} } },
      checks: [contractCompileCheck(), contractDeployCheck({ previewConnector: false })],
    });
    try {
      const onAlpha = builder.generate({ prompt: 'a counter from 1', kind: 'dapp', chain: 'alpha' });
      const alphaEvents: BuildwrightEvent[] = [];
      for await (const event of onAlpha) alphaEvents.push(event);
      const onBeta = builder.generate({ prompt: 'a counter from 2', kind: 'dapp', chain: 'beta' });
      const betaEvents: BuildwrightEvent[] = [];
      for await (const event of onBeta) betaEvents.push(event);
      expect((await onAlpha.result).project.chain).toBe('alpha');
      expect((await onBeta.result).project.chain).toBe('beta');

      const [alphaDeploy] = deployedOf(alphaEvents);
      const [betaDeploy] = deployedOf(betaEvents);
      expect(alphaDeploy).toMatchObject({ name: 'Counter', chainId: 31337 });
      expect(betaDeploy).toMatchObject({ name: 'Counter', chainId: 1337 });
      const read = (chain: keyof typeof chains, address: string) => chains[chain].read({ address: address as `0x${string}`, abi, functionName: 'count' });
      expect(await read('alpha', alphaDeploy!.address)).toBe(1n);
      expect(await read('beta', betaDeploy!.address)).toBe(2n);
      // Each chain's first deploy from the same dev account gets the same address: what is there tells the chains apart.
      expect(alphaDeploy!.address).toBe(betaDeploy!.address);
      expect(await storage.listContracts({ ownerId: 'local', projectId: onBeta.projectId })).toEqual([expect.objectContaining({ chainId: 1337, address: betaDeploy!.address })]);

      // The edit of the beta project deploys its new contract on beta again (count 3), and alpha's contract is untouched.
      const edit = builder.edit(onBeta.projectId, { prompt: 'start the counter from 3' });
      const editEvents: BuildwrightEvent[] = [];
      for await (const event of edit) editEvents.push(event);
      const [redeploy] = deployedOf(editEvents);
      expect(redeploy).toMatchObject({ chainId: 1337 });
      expect(await read('beta', redeploy!.address)).toBe(3n);
      expect(await read('alpha', alphaDeploy!.address)).toBe(1n);
      expect(redeploy!.address).not.toBe(betaDeploy!.address);
      await expect(read('alpha', redeploy!.address)).rejects.toThrow();
    } finally {
      await builder.close();
    }
  });
});
