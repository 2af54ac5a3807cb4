import { describe, expect, it } from 'vitest';

describe('@buildwright/adapters/viem', () => {
  it('default: the public exports', async () => {
    const exports = Object.keys(await import('./index.js')).sort();
    expect(exports).toEqual(['builtinTestnets', 'compileSolidity', 'defaultLintRules', 'etherscanV2ApiUrl', 'lintSolidity', 'localChain', 'toChainError', 'verifyContract', 'viemChain']);
  });

  it('behavior: factories do no I/O; configuration problems surface on first use', async () => {
    const { localChain, viemChain } = await import('./index.js');
    const local = localChain({ hardfork: 'no-such-fork' });
    expect(local).toMatchObject({ specificationVersion: 'v1', provider: 'local' });
    await expect(local.info()).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('no-such-fork') });
    await local.close();
    const saved = process.env.BUILDWRIGHT_DEPLOYER_PRIVATE_KEY;
    delete process.env.BUILDWRIGHT_DEPLOYER_PRIVATE_KEY;
    try {
      // No key anywhere, yet creating the adapter succeeds: the key is read when first needed.
      expect(viemChain({ rpcUrl: 'http://127.0.0.1:9', chain: 'sepolia' })).toMatchObject({ specificationVersion: 'v1', provider: 'viem' });
    } finally {
      if (saved !== undefined) process.env.BUILDWRIGHT_DEPLOYER_PRIVATE_KEY = saved;
    }
  });
});
