import { describe, expect, it } from 'vitest';
import { uniqueId, type StorageSpecContext } from './context.js';

/** Storage spec, contracts: see runStorageSpec. */
export function describeContracts(spec: StorageSpecContext): void {
  const { storage, newProject, newRun } = spec;
  describe('contracts', () => {
    it('default: saveContract then listContracts', async () => {
      const run = await newRun();
      const contract = await storage.saveContract({
        projectId: run.projectId,
        runId: run.id,
        name: 'Counter',
        address: '0x5FbDB2315678afecb367f032d93F642f64180aa3',
        chainId: 31337,
        network: 'local',
        abi: [{ type: 'function', name: 'increment', inputs: [], outputs: [], stateMutability: 'nonpayable' }],
        source: 'contract Counter { uint256 public count; function increment() public { count++; } }',
        txHash: '0xabc',
        explorerUrl: null,
        status: 'deployed',
      });
      expect(typeof contract.id).toBe('string');
      expect(await storage.listContracts({ ownerId: run.ownerId, projectId: run.projectId })).toEqual([contract]);
    });

    it('behavior: owner B cannot list owner A contracts', async () => {
      const project = await newProject();
      await storage.saveContract({
        projectId: project.id,
        runId: null,
        name: 'Token',
        address: '0x1',
        chainId: 1,
        network: 'n',
        abi: [],
        source: '',
        txHash: '0x2',
        explorerUrl: 'https://example.com/tx/0x2',
        status: 'failed',
      });
      expect(await storage.listContracts({ ownerId: uniqueId('owner'), projectId: project.id })).toEqual([]);
    });
  });
}
