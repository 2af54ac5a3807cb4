import { BuildwrightError } from '@buildwright/core';

let requestId = 0;

/**
 * One JSON-RPC call over HTTP to the chain the preview uses (nonce, blocks, receipts, code): what
 * the ChainAdapter port does not cover, asked of the same endpoint the browser talks to.
 */
export async function jsonRpc<T>(url: string, method: string, params: unknown[] = []): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: (requestId += 1), method, params }),
      signal: AbortSignal.timeout(15_000),
    });
  } catch (error) {
    throw new BuildwrightError({ code: 'CHAIN_UNAVAILABLE', message: `The chain's JSON-RPC endpoint ${url} did not answer ${method}: ${(error as Error).message}.`, cause: error, retryable: true });
  }
  const body = (await response.json().catch(() => undefined)) as { result?: T; error?: { message?: string } } | undefined;
  if (!response.ok || body === undefined || body.error) {
    throw new BuildwrightError({
      code: 'CHAIN_UNAVAILABLE',
      message: `The chain's JSON-RPC endpoint ${url} answered ${method} with ${body?.error?.message ?? `HTTP ${response.status}`}.`,
      retryable: true,
    });
  }
  return body.result as T;
}
