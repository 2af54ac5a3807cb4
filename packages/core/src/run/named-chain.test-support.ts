import type { ChainAdapter } from '../spec/chain.js';

/** A chain that only says its name: the runs here never compile or deploy; `closed` counts `close()` calls. */
export function namedChain(network: string): ChainAdapter & { closed: number } {
  const unused = () => Promise.reject(new Error(`${network}: not used in these tests`));
  return {
    specificationVersion: 'v1',
    provider: 'test',
    closed: 0,
    info: async () => ({ chainId: 31337, network, rpcUrl: `http://${network}.invalid`, explorerUrl: null, devAccounts: [] }),
    compile: unused,
    deploy: unused,
    read: unused,
    write: unused,
    async close() {
      this.closed++;
    },
  };
}
