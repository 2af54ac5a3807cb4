import type { WebChecksOptions } from '../checks/web-checks.js';
import { allowOriginsOption } from '../checks/page-egress.js';
import type { DappSession } from './dapp-session.js';

/**
 * The web checks' options for a DApp run: the browser check may also load the RPC URLs of the
 * run's deployments, which the page talks to (a contract given on another chain has an RPC URL of
 * its own, not the chain adapter's). The caller's `allowOrigins` are kept, and checked here.
 *
 * @example
 * const checks = webChecks(withDeploymentRpcUrls({ browser: { allowOrigins: ['https://fonts.example.com'] } }, session));
 */
export function withDeploymentRpcUrls(options: WebChecksOptions, session: DappSession): WebChecksOptions {
  const browser = options.browser;
  if (browser === false) return options;
  const allowOrigins = browser?.allowOrigins;
  if (typeof allowOrigins !== 'function') allowOriginsOption(allowOrigins, 'web.browser.allowOrigins');
  return {
    ...options,
    browser: {
      ...browser,
      allowOrigins: async (context) => [
        ...(typeof allowOrigins === 'function' ? await allowOrigins(context) : (allowOrigins ?? [])),
        ...(session.deployments(context.runId) ?? []).map((deployment) => deployment.rpcUrl),
      ],
    },
  };
}
