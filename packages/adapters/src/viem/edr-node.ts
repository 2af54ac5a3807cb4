import { BuildwrightError } from '@buildwright/core';
import type * as Edr from '@nomicfoundation/edr';
import { importPeer } from '../internal/peer-dependency.js';
import { interopDefault } from './interop-default.js';
import type { JsonRpcRequest } from './json-rpc-server.js';

type EdrModule = typeof Edr;

export interface EdrNodeOptions {
  chainId: number;
  /** Funded accounts; their keys are also "owned" so `eth_sendTransaction` from them works. */
  accounts: { address: `0x${string}`; privateKey: `0x${string}`; balance: bigint }[];
  /** Hardfork name (e.g. `prague`, `osaka`); default: the newest EDR supports. */
  hardfork?: string;
  blockGasLimit: bigint;
}

/** An in-process EVM answering JSON-RPC requests. */
export interface EdrNode {
  handle(request: JsonRpcRequest): Promise<Record<string, unknown>>;
  hardfork: string;
}

let context: Promise<{ edr: EdrModule; context: Edr.EdrContext }> | undefined;

// EDR allows one context per process ("should only be called once"); every local chain shares it.
function loadContext() {
  context ??= importPeer('localChain', '@nomicfoundation/edr', () => import('@nomicfoundation/edr'))
    .then(async (module) => {
      const edr = interopDefault(module as unknown as EdrModule | { default: EdrModule });
      const edrContext = new edr.EdrContext();
      await edrContext.registerProviderFactory(edr.L1_CHAIN_TYPE, edr.l1ProviderFactory());
      return { edr, context: edrContext };
    })
    .catch((error: unknown) => {
      context = undefined;
      throw error;
    });
  return context;
}

const squash = (name: string) => name.toLowerCase().replace(/[^a-z]/g, '');

/** EDR names hardforks `Prague`, `Arrow Glacier`...: accept `prague`, `arrow-glacier` and friends. */
function findHardfork(edr: EdrModule, name: string): Edr.SpecId {
  const ids = Object.values(edr.SpecId).filter((value): value is Edr.SpecId => typeof value === 'number');
  const found = ids.find((id) => squash(edr.l1HardforkToString(id)) === squash(name));
  if (found === undefined) {
    throw new BuildwrightError({
      code: 'INVALID_INPUT',
      message: `Unknown hardfork "${name}": use one of ${ids
        .map((id) => squash(edr.l1HardforkToString(id)))
        .slice(-4)
        .join(', ')} (or leave it out for the newest).`,
    });
  }
  return found;
}

const hexToBytes = (hex: string) => Buffer.from(hex.slice(2), 'hex');

/**
 * Starts an EDR (Hardhat's Rust EVM) provider in process: instant mining, the given funded
 * accounts, no logging. Its JSON-RPC answers come back as `{ jsonrpc, id, result | error }`.
 */
export async function startEdrNode(options: EdrNodeOptions): Promise<EdrNode> {
  const { edr, context: edrContext } = await loadContext();
  const hardforkId = options.hardfork === undefined ? edr.l1HardforkLatest() : findHardfork(edr, options.hardfork);
  const hardfork = edr.l1HardforkToString(hardforkId);
  // Osaka caps one transaction's gas at 2^24 (EIP-7825): the default gas limit stays below it.
  const defaultTransactionGasLimit = options.blockGasLimit < 16_777_216n ? options.blockGasLimit : 16_777_216n;
  const provider = await edrContext.createProvider(
    edr.L1_CHAIN_TYPE,
    {
      allowBlocksWithSameTimestamp: false,
      allowUnlimitedContractSize: false,
      bailOnCallFailure: true,
      bailOnTransactionFailure: false,
      chainId: BigInt(options.chainId),
      coinbase: Buffer.alloc(20),
      defaultTransactionGasLimit,
      genesisState: [...edr.l1GenesisState(hardforkId), ...options.accounts.map((account) => ({ address: hexToBytes(account.address), balance: account.balance }))],
      hardfork,
      initialBaseFeePerGas: 1_000_000_000n,
      minGasPrice: 0n,
      mining: { autoMine: true, blockGasLimit: options.blockGasLimit, memPool: { order: edr.MineOrdering.Priority } },
      network: { genesisBlockGasLimit: options.blockGasLimit },
      networkId: BigInt(options.chainId),
      observability: {},
      ownedAccounts: options.accounts.map((account) => account.privateKey),
      precompileOverrides: [],
    },
    { enable: false, decodeConsoleLogInputsCallback: () => [], printLineCallback: () => {} },
    { subscriptionCallback: () => {} },
    new edr.ContractDecoder(),
  );
  return {
    hardfork,
    async handle(request) {
      const response = await provider.handleRequest(JSON.stringify(request));
      const data = typeof response.data === 'string' ? (JSON.parse(response.data) as Record<string, unknown>) : (response.data as Record<string, unknown>);
      // EDR answers `{ result }` or `{ error }`; the envelope is ours to add.
      return { ...data, jsonrpc: '2.0', id: request.id };
    },
  };
}
