import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { toFunctionSelector } from 'viem';
import { afterAll, describe, expect, it } from 'vitest';
import { localChain } from '../viem/index.js';
import { contractDeployCheck } from './contract-deploy-check.js';
import { dappBrowserCheck } from './dapp-browser-check.js';
import { createDappSession } from './dapp-session.js';
import { checkContexts } from './dapp.test-support.js';

const chain = localChain();
const contexts = checkContexts(chain);
const received: string[] = [];
const listener = createServer((request, response) => {
  received.push(`${request.method} ${request.url}`);
  response.writeHead(200, { 'access-control-allow-origin': '*' }).end('0');
});
listener.on('connection', () => received.push('connection'));
afterAll(async () => {
  listener.close();
  await chain.close();
  await contexts.cleanup();
});

const counterSource = 'pragma solidity ^0.8.24;\ncontract Counter { uint256 public count; function increment() external { count += 1; } }\n';

/**
 * A hand-written built page (no wagmi, no build) that reads and writes the contract over the
 * chain's JSON-RPC URL from the page, as a DApp does, and also calls another port.
 */
function counterPage(rpcUrl: string, address: string, account: string, otherPort: number): string {
  return `<!doctype html><html><body><div id="root"><p>count <span data-bw-read="count">…</span></p><button data-bw-write="increment">Increment</button></div><script>
const rpc = (method, params) => fetch(${JSON.stringify(rpcUrl)}, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ jsonrpc: '2.0', id: 1, method, params }) }).then((response) => response.json()).then((body) => body.result);
const show = async () => { document.querySelector('[data-bw-read]').textContent = String(BigInt(await rpc('eth_call', [{ to: '${address}', data: '${toFunctionSelector('count()')}' }, 'latest']))); };
document.querySelector('[data-bw-write]').onclick = async () => {
  await rpc('eth_sendTransaction', [{ from: '${account}', to: '${address}', data: '${toFunctionSelector('increment()')}' }]);
  await show();
};
show();
fetch('http://127.0.0.1:${otherPort}/price').catch(() => {});
</script></body></html>`;
}

describe('dappBrowserCheck egress', () => {
  it("default: the chain's RPC URL stays reachable from the page while another local port is blocked and fails the check", async () => {
    await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', resolve));
    const otherPort = (listener.address() as AddressInfo).port;
    const session = createDappSession();
    const { context, events } = await contexts.open({ 'contracts/Counter.sol': counterSource });
    expect(await contractDeployCheck({ session }).run(context)).toEqual({ status: 'passed' });
    const deployed = events.find((event) => event.type === 'contract.deployed') as { address: string };
    const { rpcUrl, devAccounts } = await chain.info();
    await context.sandbox.writeFile('dist/index.html', counterPage(rpcUrl, deployed.address, devAccounts[0]!.address, otherPort));

    const result = await dappBrowserCheck({ session, waitMs: 10_000 }).run(context);
    expect(received).toEqual([]);
    // It got as far as the end: the page read the count over the RPC URL, sent the transaction and showed the new count.
    expect(result.status === 'failed' && result.report.split('\n').slice(0, 2)).toEqual([
      expect.stringMatching(/^DApp browser check failed: the page made requests to origins it may not load \(http:\/\/127\.0\.0\.1:\d+\)$/),
      `blocked request to http://127.0.0.1:${otherPort}/price (only the preview origin and the chain's RPC URL may be loaded)`,
    ]);
  });
});
