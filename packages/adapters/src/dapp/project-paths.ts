/**
 * Where a dapp project keeps its contracts, its deploy instructions and the generated contract module.
 *
 * @example
 * import { dappPaths } from '@buildwright/adapters/dapp';
 *
 * const module = (await builder.files(projectId)).files[dappPaths.deployedModule]; // src/contracts/deployed.ts
 */
export const dappPaths = {
  /** Solidity sources: `contracts/**\/*.sol`. */
  contractsDirectory: 'contracts/',
  /** Which contract to deploy and its constructor arguments, written by the model. */
  deployConfig: 'contracts/deploy.json',
  /** A contract deployed elsewhere (frontend for an existing contract); written by `generate({ contract })`. */
  existingContract: 'contracts/existing.json',
  /** The typed module the deploy check writes: address, abi, chainId, rpcUrl. */
  deployedModule: 'src/contracts/deployed.ts',
  /** Sandbox-only env file of the preview build: turns on the dev connector. Never part of a version. */
  previewEnvFile: '.env.production.local',
  /** Contract tests the model writes, run with vitest against the chain. */
  testsDirectory: 'test/',
} as const;

/**
 * Environment variable the template's wagmi config reads to turn on the preview's dev connector.
 *
 * @example
 * // In your own template's wagmi config:
 * const previewAccount = import.meta.env.VITE_BUILDWRIGHT_PREVIEW_ACCOUNT as `0x${string}` | undefined;
 */
export const previewAccountVariable = 'VITE_BUILDWRIGHT_PREVIEW_ACCOUNT';

/** The project's Solidity sources: `contracts/**\/*.sol`, path → content. */
export function soliditySources(files: Readonly<Record<string, string>>): Record<string, string> {
  return Object.fromEntries(Object.entries(files).filter(([path]) => path.startsWith(dappPaths.contractsDirectory) && path.endsWith('.sol')));
}

/** The 1-based line of `function name(` (or `name` as a public variable) in a source, when found. */
export function lineOfFunction(source: string | undefined, name: string): number | undefined {
  if (!source) return undefined;
  const pattern = new RegExp(`\\bfunction\\s+${name}\\s*\\(|\\bpublic\\b[^;=]*\\b${name}\\s*[;=]`);
  const index = source.split('\n').findIndex((line) => pattern.test(line));
  return index === -1 ? undefined : index + 1;
}
