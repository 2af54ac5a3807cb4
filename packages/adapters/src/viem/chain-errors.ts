import { BuildwrightError } from '@buildwright/core';

/** What was being done when a chain call failed; it picks the fallback code and the wording. */
export interface ChainErrorContext {
  operation: 'deploy' | 'read' | 'write' | 'connect';
  rpcUrl: string;
  /** The sending account, for funding advice. */
  account?: string;
  functionName?: string;
  contractName?: string;
}

interface ErrorLike {
  name?: string;
  message?: string;
  shortMessage?: string;
  details?: string;
  reason?: string;
  signature?: string;
  data?: { errorName?: string; args?: readonly unknown[] };
  cause?: unknown;
  code?: string;
}

/** The error and every `cause` under it (viem wraps node errors several levels deep). */
function chainOf(error: unknown): ErrorLike[] {
  const chain: ErrorLike[] = [];
  let current: unknown = error;
  while (typeof current === 'object' && current !== null && chain.length < 12) {
    chain.push(current as ErrorLike);
    current = (current as ErrorLike).cause;
  }
  return chain;
}

const text = (error: ErrorLike) => `${error.name ?? ''} ${error.shortMessage ?? ''} ${error.details ?? ''} ${error.message ?? ''}`;

function stringify(value: unknown): string {
  return typeof value === 'bigint' ? value.toString() : JSON.stringify(value, (_key, inner: unknown) => (typeof inner === 'bigint' ? inner.toString() : inner));
}

/** The revert reason: `require` message, custom error with arguments, panic, or the raw node text. */
function revertReason(chain: ErrorLike[]): string | undefined {
  for (const error of chain) {
    if (error.name !== 'ContractFunctionRevertedError') continue;
    if (error.reason) return error.reason;
    if (error.data?.errorName) return `${error.data.errorName}(${(error.data.args ?? []).map(stringify).join(', ')})`;
    if (error.signature) return `custom error ${error.signature}`;
  }
  for (const error of chain) {
    const match = /reverted with (?:reason string|custom error) '([^']*)'|execution reverted: ([^\n]+)/.exec(text(error));
    if (match) return (match[1] ?? match[2])?.trim();
  }
  return undefined;
}

const describe = (context: ChainErrorContext) =>
  context.operation === 'deploy' ? `Deploying ${context.contractName ?? 'the contract'}` : `${context.operation === 'read' ? 'Reading' : 'Calling'} ${context.functionName ?? 'the function'}`;

/**
 * Maps a viem or RPC error to a BuildwrightError with a stable code: `CHAIN_UNAVAILABLE` (RPC down,
 * retryable), `CHAIN_INSUFFICIENT_FUNDS`, `CHAIN_NONCE` (retryable), `CHAIN_REVERTED` (with the
 * revert reason), `INVALID_INPUT` (arguments that do not fit the ABI), else
 * `CONTRACT_DEPLOY_FAILED` for deploys and `INTERNAL` otherwise. The vendor error stays as `cause`.
 */
export function toChainError(error: unknown, context: ChainErrorContext): BuildwrightError {
  if (BuildwrightError.isInstance(error)) return error;
  const chain = chainOf(error);
  const all = chain.map(text).join('\n');
  const top = chain[0];
  const summary = top?.shortMessage ?? top?.message?.split('\n')[0] ?? String(error);
  const details: Record<string, unknown> = { operation: context.operation, rpcUrl: context.rpcUrl };
  if (context.functionName) details.functionName = context.functionName;
  if (context.account) details.account = context.account;
  const make = (code: ConstructorParameters<typeof BuildwrightError>[0]['code'], message: string, retryable = false) => new BuildwrightError({ code, message, cause: error, retryable, details });

  if (chain.some((item) => item.name === 'InsufficientFundsError') || /insufficient funds|enough funds|sender's balance is|exceeds transaction sender account balance|outoffunds/i.test(all)) {
    return make(
      'CHAIN_INSUFFICIENT_FUNDS',
      `${describe(context)} failed: the account${context.account ? ` ${context.account}` : ''} cannot pay for gas and value. Fund it (a testnet faucet, or a funded dev account on a local chain) and try again.`,
    );
  }
  if (
    chain.some((item) => /^Nonce(TooLow|TooHigh|MaxValue)Error$/.test(item.name ?? '')) ||
    /nonce too (low|high)|nonce has already been used|invalid nonce|replacement transaction underpriced|already known/i.test(all)
  ) {
    return make('CHAIN_NONCE', `${describe(context)} failed on the account nonce (another transaction from ${context.account ?? 'the account'} was sent at the same time). Try again.`, true);
  }
  const reason = revertReason(chain);
  if (reason !== undefined || chain.some((item) => item.name === 'ContractFunctionRevertedError' || item.name === 'ExecutionRevertedError')) {
    details.reason = reason ?? null;
    return make('CHAIN_REVERTED', `${describe(context)} reverted${reason ? `: ${reason}` : ' without a reason'}.`);
  }
  if (
    chain.some((item) => item.name === 'HttpRequestError' || item.name === 'TimeoutError' || item.name === 'WebSocketRequestError') ||
    /fetch failed|ECONNREFUSED|ECONNRESET|ENOTFOUND|EAI_AGAIN|socket hang up|other side closed/i.test(all)
  ) {
    return make('CHAIN_UNAVAILABLE', `The chain RPC at ${context.rpcUrl} is not reachable (${summary}). Check that the node is running and the URL is right, then try again.`, true);
  }
  if (chain.some((item) => /^(Abi\w+Error|InvalidAddressError|IntegerOutOfRangeError|SizeOverflowError|InvalidArgumentsError|BytesSizeMismatchError)$/.test(item.name ?? ''))) {
    return make('INVALID_INPUT', `${describe(context)} failed: the arguments do not fit the ABI (${summary}).`);
  }
  if (context.operation === 'deploy') return make('CONTRACT_DEPLOY_FAILED', `${describe(context)} failed: ${summary}`);
  return make('INTERNAL', `${describe(context)} failed: ${summary}`);
}
