import type { Account, Chain, PublicClient, Transport, WalletClient } from 'viem';
import { importPeer } from '../internal/peer-dependency.js';

/** Everything deploy/read/write need: viem clients over one HTTP RPC, and how to report results. */
export interface ChainSession {
  chain: Chain;
  rpcUrl: string;
  /** Network name used in results, e.g. `Sepolia` or `local`. */
  network: string;
  /** Explorer base URL, e.g. `https://sepolia.etherscan.io`. */
  explorerUrl: string | null;
  publicClient: PublicClient<Transport, Chain>;
  walletClient: WalletClient<Transport, Chain, Account>;
  account: Account;
  confirmations: number;
  receiptTimeoutMs: number;
  /**
   * Runs sends one at a time. Each send reads the account's pending nonce, so two sends racing
   * would pick the same nonce; receipts are still awaited in parallel.
   */
  serializeSend<T>(send: () => Promise<T>): Promise<T>;
}

export interface CreateSessionOptions {
  /** The adapter whose session this is, named when viem is missing. */
  adapter: 'localChain' | 'viemChain';
  chain: Chain;
  rpcUrl: string;
  network: string;
  explorerUrl: string | null;
  account: Account;
  confirmations: number;
  receiptTimeoutMs: number;
  pollingIntervalMs: number;
  /** Per-request timeout of the HTTP transport. */
  requestTimeoutMs: number;
}

/** Builds the viem public and wallet clients (viem is imported here, on first need). */
export async function createSession(options: CreateSessionOptions): Promise<ChainSession> {
  const viem = await importPeer(options.adapter, 'viem', () => import('viem'));
  // No transport-level retries: a down RPC should surface as CHAIN_UNAVAILABLE now, and the
  // caller (the run graph) decides about retrying.
  const transport = viem.http(options.rpcUrl, { retryCount: 0, timeout: options.requestTimeoutMs });
  const publicClient = viem.createPublicClient({ chain: options.chain, transport, pollingInterval: options.pollingIntervalMs });
  const walletClient = viem.createWalletClient({ chain: options.chain, transport, account: options.account, pollingInterval: options.pollingIntervalMs });
  let queue: Promise<unknown> = Promise.resolve();
  const serializeSend = <T>(send: () => Promise<T>): Promise<T> => {
    const next = queue.then(send, send);
    queue = next.catch(() => undefined);
    return next;
  };
  return {
    serializeSend,
    chain: options.chain,
    rpcUrl: options.rpcUrl,
    network: options.network,
    explorerUrl: options.explorerUrl,
    publicClient: publicClient as PublicClient<Transport, Chain>,
    walletClient,
    account: options.account,
    confirmations: options.confirmations,
    receiptTimeoutMs: options.receiptTimeoutMs,
  };
}
