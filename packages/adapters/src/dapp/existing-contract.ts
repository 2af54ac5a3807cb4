import { BuildwrightError } from '@buildwright/core';
import { dappPaths } from './project-paths.js';

/** A contract deployed before the run: the frontend is built for it instead of a new contract. */
export interface ExistingContract {
  name: string;
  address: `0x${string}`;
  abi: unknown[];
  chainId: number;
  /** JSON-RPC URL for the frontend; default: the run's chain when the ids match, else viem's default for the chain. */
  rpcUrl?: string;
  explorerUrl?: string | null;
}

/**
 * Reads `contracts/existing.json` (written by `builder.generate({ kind: 'dapp', contract })`);
 * `undefined` when the project has none. A malformed file is `INVALID_INPUT`.
 */
export function readExistingContract(files: Readonly<Record<string, string>>): ExistingContract | undefined {
  const text = files[dappPaths.existingContract];
  if (text === undefined) return undefined;
  const bad = (why: string) =>
    new BuildwrightError({
      code: 'INVALID_INPUT',
      message: `${dappPaths.existingContract} ${why}. It holds { "address": "0x…", "abi": [...], "chainId": 11155111 } of the contract the frontend is for.`,
      docsPage: 'dapp.md',
    });
  let value: Record<string, unknown>;
  try {
    value = JSON.parse(text) as Record<string, unknown>;
  } catch (error) {
    throw bad(`is not valid JSON (${(error as Error).message})`);
  }
  if (typeof value !== 'object' || value === null) throw bad('is not a JSON object');
  if (typeof value.address !== 'string' || !/^0x[0-9a-fA-F]{40}$/.test(value.address)) throw bad('needs "address", a 0x-prefixed 20-byte hex address');
  if (!Array.isArray(value.abi)) throw bad('needs "abi", the contract ABI array');
  if (typeof value.chainId !== 'number' || !Number.isInteger(value.chainId) || value.chainId <= 0) throw bad('needs "chainId", a positive integer');
  return {
    name: typeof value.name === 'string' && value.name ? value.name : 'Contract',
    address: value.address as `0x${string}`,
    abi: value.abi,
    chainId: value.chainId,
    ...(typeof value.rpcUrl === 'string' ? { rpcUrl: value.rpcUrl } : {}),
    ...(typeof value.explorerUrl === 'string' || value.explorerUrl === null ? { explorerUrl: value.explorerUrl } : {}),
  };
}
