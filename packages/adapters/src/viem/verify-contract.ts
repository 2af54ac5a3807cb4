import { BuildwrightError, sleep } from '@buildwright/core';

type Hex = `0x${string}`;

export interface VerifyContractOptions {
  /** Etherscan-compatible API endpoint, e.g. `https://api.etherscan.io/v2/api`. */
  apiUrl: string;
  /** API key; default: the `ETHERSCAN_API_KEY` environment variable. */
  apiKey?: string;
  chainId: number;
  address: Hex;
  /** Source file and contract name, e.g. `{ file: 'contracts/Token.sol', name: 'Token' }`. */
  contract: { file: string; name: string };
  /** The solc standard JSON input the contract was compiled from (`compileSolidity().standardJsonInput`). */
  standardJsonInput: string;
  /** Full compiler version, e.g. `0.8.37+commit.f401782d` (a leading `v` is added when missing). */
  compilerVersion: string;
  /** ABI-encoded constructor arguments, hex, with or without `0x`. */
  constructorArguments?: string;
  /** Delay between status checks. Default 3000 ms. */
  pollIntervalMs?: number;
  /** Give up after this long (submission retries included). Default 120000 ms. */
  timeoutMs?: number;
  signal?: AbortSignal;
}

export interface VerifyContractResult {
  /** `verified` (now or already before) or `failed` (the explorer said why in `message`). */
  status: 'verified' | 'failed';
  /** The explorer's own words, e.g. `Pass - Verified` or `Fail - Unable to verify`. */
  message: string;
  /** The submission receipt, when one was issued. */
  guid?: string;
}

interface ExplorerReply {
  status?: string;
  message?: string;
  result?: unknown;
}

async function call(url: URL, init: RequestInit): Promise<ExplorerReply> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    if (init.signal?.aborted) throw new BuildwrightError({ code: 'RUN_CANCELLED', message: 'Contract verification was cancelled.', cause: error });
    throw new BuildwrightError({
      code: 'CHAIN_UNAVAILABLE',
      message: `The explorer API at ${url.origin} is not reachable (${error instanceof Error ? error.message : String(error)}). Try again later.`,
      cause: error,
      retryable: true,
    });
  }
  const text = await response.text();
  if (!response.ok) {
    throw new BuildwrightError({
      code: 'CHAIN_UNAVAILABLE',
      message: `The explorer API at ${url.origin} answered HTTP ${response.status}. Try again later.`,
      retryable: response.status === 429 || response.status >= 500,
      details: { status: response.status, body: text.slice(0, 500) },
    });
  }
  try {
    return JSON.parse(text) as ExplorerReply;
  } catch (error) {
    throw new BuildwrightError({
      code: 'CHAIN_UNAVAILABLE',
      message: `The explorer API at ${url.origin} did not answer JSON: is apiUrl an Etherscan-compatible endpoint?`,
      cause: error,
      details: { body: text.slice(0, 500) },
    });
  }
}

const resultText = (reply: ExplorerReply) => (typeof reply.result === 'string' ? reply.result : JSON.stringify(reply.result ?? reply.message ?? ''));

/**
 * Verifies a deployed contract's source on an Etherscan-compatible explorer: submits the standard
 * JSON input (`verifysourcecode`, answered by a GUID), then polls `checkverifystatus` until the
 * explorer passes or fails it. A submission the explorer cannot match yet ("Unable to locate
 * ContractCode", the explorer has not indexed the deploy) is retried until `timeoutMs`. Returns
 * `failed` with the explorer's message when it rejects the source; throws only when the explorer
 * cannot be reached or no API key is set.
 *
 * @example
 * const compiled = await compileSolidity({ sources });
 * const result = await verifyContract({
 *   apiUrl: 'https://api.etherscan.io/v2/api', chainId: 11155111, address,
 *   contract: { file: 'contracts/Token.sol', name: 'Token' },
 *   standardJsonInput: compiled.standardJsonInput, compilerVersion: compiled.compilerLongVersion,
 * });
 * console.log(result.status); // 'verified'
 */
export async function verifyContract(options: VerifyContractOptions): Promise<VerifyContractResult> {
  const apiKey = options.apiKey ?? process.env.ETHERSCAN_API_KEY;
  if (!apiKey) {
    throw new BuildwrightError({ code: 'INVALID_INPUT', message: 'Contract verification needs an explorer API key: pass explorer.apiKey or set ETHERSCAN_API_KEY.' });
  }
  let endpoint: URL;
  try {
    endpoint = new URL(options.apiUrl);
  } catch (error) {
    throw new BuildwrightError({ code: 'INVALID_INPUT', message: `Explorer apiUrl "${options.apiUrl}" is not a URL.`, cause: error });
  }
  // Etherscan V2 picks the chain from the query string; other Etherscan-compatible APIs ignore it.
  endpoint.searchParams.set('chainid', String(options.chainId));
  const pollIntervalMs = options.pollIntervalMs ?? 3_000;
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  const constructorArguments = (options.constructorArguments ?? '').replace(/^0x/, '');
  const form = new URLSearchParams({
    apikey: apiKey,
    module: 'contract',
    action: 'verifysourcecode',
    contractaddress: options.address,
    sourceCode: options.standardJsonInput,
    codeformat: 'solidity-standard-json-input',
    contractname: `${options.contract.file}:${options.contract.name}`,
    compilerversion: options.compilerVersion.startsWith('v') ? options.compilerVersion : `v${options.compilerVersion}`,
    constructorArguments,
    // The historical spelling, still what older Etherscan-compatible explorers read.
    constructorArguements: constructorArguments,
  });
  const signalInit = options.signal === undefined ? {} : { signal: options.signal };
  const pause = () =>
    sleep(pollIntervalMs, options.signal).catch(() => {
      throw new BuildwrightError({ code: 'RUN_CANCELLED', message: 'Contract verification was cancelled.' });
    });

  let guid: string | undefined;
  while (guid === undefined) {
    const reply = await call(endpoint, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: form.toString(), ...signalInit });
    const text = resultText(reply);
    if (reply.status === '1') {
      guid = text;
    } else if (/already verified/i.test(text)) {
      return { status: 'verified', message: text };
    } else if (/unable to locate contract ?code|not (yet )?(indexed|found)/i.test(text) && Date.now() + pollIntervalMs < deadline) {
      await pause();
    } else {
      return { status: 'failed', message: text };
    }
  }
  const statusUrl = new URL(endpoint);
  for (const [key, value] of Object.entries({ apikey: apiKey, module: 'contract', action: 'checkverifystatus', guid })) statusUrl.searchParams.set(key, value);
  for (;;) {
    await pause();
    const reply = await call(statusUrl, { method: 'GET', ...signalInit });
    const text = resultText(reply);
    if (/pending/i.test(text)) {
      if (Date.now() >= deadline) return { status: 'failed', message: `Still "${text}" after ${Math.round((options.timeoutMs ?? 120_000) / 1000)} s: check later with GUID ${guid}.`, guid };
      continue;
    }
    if (reply.status === '1' || /already verified/i.test(text)) return { status: 'verified', message: text, guid };
    return { status: 'failed', message: text, guid };
  }
}
