import type { CheckContext } from '@buildwright/core';
import { describe, expect, it } from 'vitest';
import { createDappSession } from './dapp-session.js';
import type { Deployment } from './dapp-session.js';
import { withDeploymentRpcUrls } from './deployment-rpc-urls.js';

const context = { runId: 'run-1' } as CheckContext;
const deployment = (rpcUrl: string) => ({ name: 'Token', rpcUrl }) as Deployment;

describe('withDeploymentRpcUrls', () => {
  it("default: the browser check may load the RPC URL of each of the run's deployments, after the caller's origins", async () => {
    const session = createDappSession();
    session.setDeployments('run-1', [deployment('https://rpc.sepolia.example/v1'), deployment('http://127.0.0.1:8545')]);
    const options = withDeploymentRpcUrls({ browser: { allowOrigins: ['https://fonts.example.com'], blockedRequests: 'warn' }, worker: false }, session);
    expect(options.worker).toBe(false);
    const browser = options.browser as Exclude<typeof options.browser, false | undefined>;
    expect(browser.blockedRequests).toBe('warn');
    expect(typeof browser.allowOrigins === 'function' && (await browser.allowOrigins(context))).toEqual(['https://fonts.example.com', 'https://rpc.sepolia.example/v1', 'http://127.0.0.1:8545']);
    const other = { runId: 'run-2' } as CheckContext;
    expect(typeof browser.allowOrigins === 'function' && (await browser.allowOrigins(other))).toEqual(['https://fonts.example.com']);
  });

  it('args: browser false stays false; error: a bad allowOrigins entry is refused at once', () => {
    expect(withDeploymentRpcUrls({ browser: false }, createDappSession())).toEqual({ browser: false });
    expect(() => withDeploymentRpcUrls({ browser: { allowOrigins: ['cdn.example.com'] } }, createDappSession())).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringContaining('web.browser.allowOrigins entry "cdn.example.com"') }),
    );
  });
});
