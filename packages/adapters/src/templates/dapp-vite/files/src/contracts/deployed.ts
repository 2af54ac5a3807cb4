// Placeholder. Buildwright's contract-deploy check rewrites this file after it deploys the
// contract named in contracts/deploy.json: import address, abi and chainId from here.
export const contractName: string = '';
export const address = '0x0000000000000000000000000000000000000000' as const;
export const chainId = 31337;
export const network = 'local';
export const rpcUrl = 'http://127.0.0.1:8545';
export const explorerUrl: string | null = null;
export const abi = [] as const;
/** Creation bytecode and constructor arguments, for tests that deploy their own instance (null for a contract deployed elsewhere). */
export const bytecode: `0x${string}` | null = null;
export const deployArgs = [] as const;
/** Every contract deployed for this project, by name. */
export const contracts = {} as const;
