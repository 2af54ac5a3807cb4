import { BuildwrightError } from '@buildwright/core';
import type { ChainAdapter, ChainInfo, CompiledContract, DeployResult } from '@buildwright/core';
import type { Account, Chain } from 'viem';
import { findBuild } from './build-registry.js';
import { toChainError } from './chain-errors.js';
import { deployWithSession, readWithSession, writeWithSession } from './chain-operations.js';
import type { WriteResult } from './chain-operations.js';
import { createSession } from './chain-session.js';
import type { ChainSession } from './chain-session.js';
import { compileSolidity } from './compile-solidity.js';
import type { CompileSolidityOptions, CompileSolidityResult } from './compile-solidity.js';
import { builtinTestnets, etherscanV2ApiUrl, isBuiltinTestnet, knownTestnetIds } from './known-chains.js';
import type { BuiltinTestnet } from './known-chains.js';
import { verifyContract } from './verify-contract.js';
import type { VerifyContractResult } from './verify-contract.js';
import { importPeer, requirePeers } from '../internal/peer-dependency.js';

type Hex = `0x${string}`;

/** A chain not built in: its id, and whether it is a testnet (anything else counts as a mainnet). */
export interface CustomChain {
  id: number;
  name?: string;
  testnet?: boolean;
  /** Block explorer base URL, e.g. `https://explorer.example.org`. */
  explorerUrl?: string;
  nativeCurrency?: { name: string; symbol: string; decimals: number };
}

export interface ViemChainOptions {
  /** JSON-RPC endpoint of the network (your provider's URL; public endpoints are rate-limited). */
  rpcUrl: string;
  /** A built-in testnet name, a viem `Chain` (from `viem/chains`), or `{ id, testnet, ... }`. */
  chain: BuiltinTestnet | Chain | CustomChain;
  /** Deployer key. Default: the `BUILDWRIGHT_DEPLOYER_PRIVATE_KEY` environment variable, read on first need. */
  privateKey?: Hex;
  /** A viem account instead of a key (e.g. from `mnemonicToAccount`), or an address the node signs for. */
  account?: Account | Hex;
  /** Blocks to wait after the one that includes a transaction. Default 1. */
  confirmations?: number;
  /** Mainnets spend real money: refused (`CHAIN_MAINNET_REFUSED`) unless this is `true`. */
  allowMainnet?: boolean;
  /** Explorer used for verification. `apiUrl` default: Etherscan's multichain API; `apiKey` default: `ETHERSCAN_API_KEY`. */
  explorer?: { apiUrl?: string; apiKey?: string; pollIntervalMs?: number; timeoutMs?: number };
  /** Verify every deployed contract on the explorer. Default false. */
  verify?: boolean;
  /** How long to wait for a receipt. Default 180000 ms. */
  receiptTimeoutMs?: number;
  /** How often to poll for receipts. Default 1000 ms. */
  pollingIntervalMs?: number;
  /** Timeout of one RPC request. Default 30000 ms. */
  requestTimeoutMs?: number;
  /** Compiler settings for `compile()`. */
  compiler?: Omit<CompileSolidityOptions, 'sources' | 'nodeModulesDir'>;
}

/** A deploy result, plus the explorer verification outcome when `verify` is on. */
export interface ViemDeployResult extends DeployResult {
  verification?: VerifyContractResult | { status: 'skipped'; message: string };
}

export interface ViemChain extends ChainAdapter {
  readonly provider: 'viem';
  compile(input: { sources: Record<string, string>; nodeModulesDir?: string }): Promise<CompileSolidityResult>;
  deploy(input: { contract: CompiledContract; args?: unknown[]; signal?: AbortSignal }): Promise<ViemDeployResult>;
  write(input: { address: Hex; abi: unknown[]; functionName: string; args?: unknown[]; value?: bigint }): Promise<WriteResult>;
  /** Verifies a contract compiled in this process (by `compile()` or `compileSolidity`) on the explorer. */
  verify(input: { address: Hex; contract: CompiledContract; args?: unknown[]; signal?: AbortSignal }): Promise<VerifyContractResult>;
}

function chainIdOf(chain: ViemChainOptions['chain']): number {
  return typeof chain === 'string' ? (builtinTestnets[chain as BuiltinTestnet]?.id ?? Number.NaN) : chain?.id;
}

function checkOptions(options: ViemChainOptions): void {
  const fail = (message: string): never => {
    throw new BuildwrightError({ code: 'INVALID_INPUT', message });
  };
  if (typeof options?.rpcUrl !== 'string' || !/^(https?|wss?):\/\//.test(options.rpcUrl)) fail(`viemChain needs rpcUrl, an http(s) JSON-RPC URL (got ${String(options?.rpcUrl)}).`);
  if (typeof options.chain === 'string' && !isBuiltinTestnet(options.chain)) {
    fail(`Unknown chain "${options.chain}". Built in: ${Object.keys(builtinTestnets).join(', ')}; any other chain: chain: { id, testnet: true } or a viem Chain.`);
  }
  if (!Number.isInteger(chainIdOf(options.chain))) fail('viemChain needs chain: a built-in testnet name, a viem Chain, or { id }.');
  if (options.confirmations !== undefined && (!Number.isInteger(options.confirmations) || options.confirmations < 1)) fail('confirmations must be a whole number of at least 1.');
  if (options.privateKey !== undefined && !/^0x[0-9a-fA-F]{64}$/.test(options.privateKey)) fail('privateKey must be a 0x-prefixed 32-byte hex key.');
}

/** A mainnet is anything not known or declared to be a testnet. */
function refuseMainnet(options: ViemChainOptions): void {
  if (options.allowMainnet === true) return;
  const chain = options.chain;
  const id = chainIdOf(chain);
  const testnet = typeof chain === 'string' || knownTestnetIds.has(id) || (typeof chain === 'object' && chain.testnet === true);
  if (testnet) return;
  const name = typeof chain === 'object' && chain.name ? `${chain.name} (chain id ${id})` : `Chain id ${id}`;
  throw new BuildwrightError({
    code: 'CHAIN_MAINNET_REFUSED',
    message: `${name} is not a known testnet, so it is treated as a mainnet where deploys spend real funds. Pass allowMainnet: true to deploy there on purpose, or mark a testnet with chain: { id: ${id}, testnet: true }.`,
    details: { chainId: id },
  });
}

async function resolveChain(options: ViemChainOptions): Promise<Chain> {
  const chain = options.chain;
  if (typeof chain === 'string') {
    const chains = await importPeer('viemChain', 'viem', () => import('viem/chains'));
    return chains[builtinTestnets[chain as BuiltinTestnet].viemExport];
  }
  if ('rpcUrls' in chain) return chain;
  const viem = await importPeer('viemChain', 'viem', () => import('viem'));
  return viem.defineChain({
    id: chain.id,
    name: chain.name ?? `Chain ${chain.id}`,
    nativeCurrency: chain.nativeCurrency ?? { name: 'Ether', symbol: 'ETH', decimals: 18 },
    rpcUrls: { default: { http: [options.rpcUrl] } },
    ...(chain.explorerUrl ? { blockExplorers: { default: { name: 'Explorer', url: chain.explorerUrl } } } : {}),
    ...(chain.testnet === undefined ? {} : { testnet: chain.testnet }),
  });
}

async function resolveAccount(options: ViemChainOptions): Promise<Account> {
  const accounts = await importPeer('viemChain', 'viem', () => import('viem/accounts'));
  if (typeof options.account === 'object') return options.account;
  if (typeof options.account === 'string') return accounts.parseAccount(options.account);
  const key = options.privateKey ?? process.env.BUILDWRIGHT_DEPLOYER_PRIVATE_KEY;
  if (!key) {
    throw new BuildwrightError({ code: 'INVALID_INPUT', message: 'viemChain needs a deployer: pass privateKey or account, or set BUILDWRIGHT_DEPLOYER_PRIVATE_KEY.' });
  }
  if (!/^0x[0-9a-fA-F]{64}$/.test(key)) {
    throw new BuildwrightError({ code: 'INVALID_INPUT', message: 'BUILDWRIGHT_DEPLOYER_PRIVATE_KEY must be a 0x-prefixed 32-byte hex key.' });
  }
  return accounts.privateKeyToAccount(key as Hex);
}

/**
 * A chain adapter for any EVM network over JSON-RPC, with viem: Sepolia, Base Sepolia, Polygon
 * Amoy, Avalanche Fuji, Arbitrum Sepolia and OP Sepolia built in (with explorer URLs), any other
 * chain by id. Testnets only unless `allowMainnet: true`. Deploys wait for the receipt (the
 * configured confirmations) and report gas used; failures carry stable codes
 * (`CHAIN_INSUFFICIENT_FUNDS`, `CHAIN_NONCE`, `CHAIN_REVERTED`, `CHAIN_UNAVAILABLE`,
 * `CONTRACT_DEPLOY_FAILED`). With `verify: true` each deploy is verified on the explorer.
 *
 * @example
 * const chain = viemChain({ chain: 'base-sepolia', rpcUrl: process.env.BASE_SEPOLIA_RPC!, verify: true });
 * const compiled = await chain.compile({ sources });
 * const deployed = await chain.deploy({ contract: compiled.contracts[0]!, args: [] });
 * console.log(deployed.explorerUrl, deployed.gasUsed, deployed.verification?.status);
 */
export function viemChain(options: ViemChainOptions): ViemChain {
  requirePeers('viemChain', ['viem']);
  checkOptions(options);
  refuseMainnet(options);
  let ready: Promise<ChainSession> | undefined;

  const connect = async (): Promise<ChainSession> => {
    const [chain, account] = await Promise.all([resolveChain(options), resolveAccount(options)]);
    const session = await createSession({
      adapter: 'viemChain',
      chain,
      rpcUrl: options.rpcUrl,
      network: chain.name,
      explorerUrl: chain.blockExplorers?.default.url ?? null,
      account,
      confirmations: options.confirmations ?? 1,
      receiptTimeoutMs: options.receiptTimeoutMs ?? 180_000,
      pollingIntervalMs: options.pollingIntervalMs ?? 1_000,
      requestTimeoutMs: options.requestTimeoutMs ?? 30_000,
    });
    let remoteId: number;
    try {
      remoteId = await session.publicClient.getChainId();
    } catch (error) {
      throw toChainError(error, { operation: 'connect', rpcUrl: options.rpcUrl });
    }
    // The RPC decides where transactions land: a URL for another network must never be used silently.
    if (remoteId !== chain.id) {
      throw new BuildwrightError({
        code: 'INVALID_INPUT',
        message: `The RPC at ${options.rpcUrl} serves chain id ${remoteId}, but the chain configured is ${chain.name} (${chain.id}). Use an RPC URL for ${chain.name}.`,
        details: { expected: chain.id, actual: remoteId },
      });
    }
    return session;
  };

  const session = (): Promise<ChainSession> => {
    ready ??= connect().catch((error: unknown) => {
      ready = undefined;
      throw error;
    });
    return ready;
  };

  const verify: ViemChain['verify'] = async (input) => {
    const build = findBuild(input.contract);
    if (build === undefined) {
      throw new BuildwrightError({
        code: 'INVALID_INPUT',
        message: `No build of ${input.contract.name} in this process: compile it with this adapter (or compileSolidity) first, or call verifyContract with its standard JSON input.`,
      });
    }
    const current = await session();
    const viem = await importPeer('viemChain', 'viem', () => import('viem'));
    const deployData = viem.encodeDeployData({ abi: input.contract.abi, bytecode: input.contract.bytecode, args: input.args ?? [] } as unknown as Parameters<typeof viem.encodeDeployData>[0]);
    return verifyContract({
      apiUrl: options.explorer?.apiUrl ?? etherscanV2ApiUrl,
      ...(options.explorer?.apiKey === undefined ? {} : { apiKey: options.explorer.apiKey }),
      ...(options.explorer?.pollIntervalMs === undefined ? {} : { pollIntervalMs: options.explorer.pollIntervalMs }),
      ...(options.explorer?.timeoutMs === undefined ? {} : { timeoutMs: options.explorer.timeoutMs }),
      ...(input.signal === undefined ? {} : { signal: input.signal }),
      chainId: current.chain.id,
      address: input.address,
      contract: { file: input.contract.file, name: input.contract.name },
      standardJsonInput: build.standardJsonInput,
      compilerVersion: build.compilerLongVersion,
      constructorArguments: deployData.slice(input.contract.bytecode.length),
    });
  };

  return {
    specificationVersion: 'v1',
    provider: 'viem',
    async info(): Promise<ChainInfo> {
      const current = await session();
      return { chainId: current.chain.id, network: current.network, rpcUrl: options.rpcUrl, explorerUrl: current.explorerUrl, devAccounts: [] };
    },
    compile(input) {
      return compileSolidity({ ...options.compiler, ...input });
    },
    async deploy(input) {
      const deployed: ViemDeployResult = await deployWithSession(await session(), input);
      if (options.verify !== true) return deployed;
      try {
        deployed.verification =
          findBuild(input.contract) === undefined
            ? { status: 'skipped', message: `No build of ${input.contract.name} in this process to verify from; call verifyContract with its standard JSON input.` }
            : await verify({
                address: deployed.address,
                contract: input.contract,
                ...(input.args === undefined ? {} : { args: input.args }),
                ...(input.signal === undefined ? {} : { signal: input.signal }),
              });
      } catch (error) {
        // The contract is deployed: a verification problem must not lose its address.
        deployed.verification = { status: 'failed', message: error instanceof Error ? error.message : String(error) };
      }
      return deployed;
    },
    async read(input) {
      return readWithSession(await session(), input);
    },
    async write(input) {
      return writeWithSession(await session(), input);
    },
    verify,
    async close() {
      ready = undefined;
    },
  };
}
