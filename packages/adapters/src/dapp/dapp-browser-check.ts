import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Check, CheckContext, CheckIssue } from '@buildwright/core';
import { failed } from '../checks/check-report.js';
import { chromiumMissing, chromiumPath } from '../checks/chromium-launch.js';
import { closeGuarded, openGuardedBrowser } from '../checks/guarded-browser.js';
import { allowOriginsOption, blockedRequestsAdvice, blockedRequestsMode, blockedRequestsNotice, pageOrigins } from '../checks/page-egress.js';
import { previewServer } from '../checks/preview-server.js';
import { requireChain } from './compile-project.js';
import { sharedDappSession } from './dapp-session.js';
import type { DappSession, Deployment } from './dapp-session.js';
import type { DappCheckContext } from './deploy-project.js';
import { jsonRpc } from './json-rpc.js';
import { stringifyJson } from './json-value.js';
import { compareReads, describeMismatch } from './page-values.js';
import type { ReadComparison, ReadElement } from './page-values.js';
import { runDeployments } from './run-deployments.js';
import { requirePeers } from '../internal/peer-dependency.js';

export interface DappBrowserCheckOptions {
  /** Chromium binary. Default `$BUILDWRIGHT_CHROMIUM`, else `/usr/bin/chromium`. */
  executablePath?: string;
  /** Extra Chromium flags, added to the headless defaults. */
  args?: string[];
  /** Built app directory. Default `dist`. */
  directory?: string;
  /** Page load timeout. Default 30 s. */
  timeoutMs?: number;
  /** How long to wait for on-chain values to show, for the transaction, and for the page to update. Default 20 s each. */
  waitMs?: number;
  /** Viewport of the page and screenshot. Default 1280×800. */
  viewport?: { width: number; height: number };
  /** State shared with the other dapp checks (`dappChecks()` passes one). */
  session?: DappSession;
  /** Origins the page may load besides its preview origin and the chain's RPC URL. Default none. */
  allowOrigins?: string[];
  /** `'fail'` (default): a request the page may not make fails the check; `'warn'`: it is blocked and posted as a warning. */
  blockedRequests?: 'fail' | 'warn';
}

interface Transaction {
  hash: `0x${string}`;
  from: string;
  to: string | null;
  nonce: string;
}

/**
 * Uses the built DApp the way a user would, in headless Chromium, against the run's local chain
 * with the preview's dev connector (a funded dev account, connected by the template's wagmi config
 * in preview builds only):
 * 1. every element with `data-bw-read="fn"` (optional `data-bw-args='[...]'`, `data-bw-contract`,
 *    `data-bw-value`) must show what the contract's `fn` returns;
 * 2. inputs with `data-bw-example="value"` are filled, then the first `data-bw-write` button is clicked;
 * 3. the dev account must send a transaction to the contract that succeeds on chain (its nonce
 *    grows, the receipt's status is success);
 * 4. the `data-bw-read` elements must then show the new on-chain values, at least one changed.
 * Any failure, or a page error during it, goes to the fix step. The page may load only its
 * preview origin and the chain's RPC URL (plus `allowOrigins`): every other request is blocked
 * before it leaves the browser and, by default, fails the check (`startPageEgress`, the same
 * policy as the web browser check). Returns the preview (the run emits `preview.ready`) with the screenshot taken after the
 * write. Skipped, with the reason, without Chromium or on a chain without dev accounts (a real
 * network: no one can sign there for the preview).
 *
 * @example
 * import { dappBrowserCheck } from '@buildwright/adapters/dapp';
 *
 * const check = dappBrowserCheck({ waitMs: 30_000 });
 */
export function dappBrowserCheck(options: DappBrowserCheckOptions = {}): Check {
  requirePeers('dappBrowserCheck', ['playwright-core']);
  const session = options.session ?? sharedDappSession;
  const extraOrigins = allowOriginsOption(options.allowOrigins);
  const blockedMode = blockedRequestsMode(options.blockedRequests);
  return {
    name: 'dapp-browser',
    kinds: ['dapp'],
    async run(context) {
      const executablePath = chromiumPath(options.executablePath);
      const missing = chromiumMissing(executablePath);
      if (missing) return missing;
      const chain = requireChain(context);
      const deployments = await runDeployments(context as DappCheckContext, session);
      if (!deployments) return { status: 'skipped', reason: 'no contract is deployed (see the contract-deploy check)' };
      const info = await chain.info();
      const primary = deployments[0]!;
      if (primary.chainId !== info.chainId)
        return { status: 'skipped', reason: `the contract is on chain ${primary.chainId}, not on the builder's chain ${info.chainId}: the preview cannot send transactions there` };
      const account = info.devAccounts[0];
      if (!account) return { status: 'skipped', reason: `${info.network} has no dev accounts (a real network): the preview cannot send a transaction without a wallet` };
      const directory = options.directory ?? 'dist';
      if ((await context.sandbox.readFile(`${directory}/index.html`)) === undefined) {
        return failed(`DApp browser check failed: no ${directory}/index.html to serve`, [{ file: `${directory}/index.html`, message: 'missing; the build must produce it' }]);
      }
      const waitMs = options.waitMs ?? 20_000;
      const server = await previewServer(context, directory);
      // The deployments' RPC URL is the one the page was given (a contract given with its own rpcUrl may name another).
      const guarded = await openGuardedBrowser({
        adapter: 'dappBrowserCheck',
        executablePath,
        args: options.args,
        allowed: pageOrigins({ previewUrl: server.url, rpcUrls: [info.rpcUrl, ...deployments.map((deployment) => deployment.rpcUrl)], extra: extraOrigins }),
      });
      const { egress } = guarded;
      const pageErrors: CheckIssue[] = [];
      let screenshotPath: string | null = null;
      let summary = '';
      let blocked: CheckIssue[] = [];
      try {
        const browserContext = await guarded.newContext({ viewport: options.viewport ?? { width: 1280, height: 800 } });
        const page = await browserContext.newPage();
        page.on('pageerror', (error) => pageErrors.push({ message: `Uncaught ${error.name}: ${error.message}` }));
        page.on('console', (message) => {
          if (message.type() === 'error' && !message.text().startsWith('Failed to load resource') && !egress.explains(message.text()))
            pageErrors.push({ message: `Console error: ${message.text().split('\n').slice(0, 4).join(' ')}` });
        });
        // Blocked requests are listed with every failure: they may be its cause (a library from a CDN, an RPC elsewhere).
        const fail = async (headline: string, issues: CheckIssue[]) => {
          await mkdir(context.artifactsDir, { recursive: true });
          await page.screenshot({ path: join(context.artifactsDir, `dapp-failed-${Date.now()}.png`) }).catch(() => undefined);
          const blockedNow = egress.issues();
          return failed(`DApp browser check failed: ${headline} (${server.url})`, [...issues, ...pageErrors, ...blockedNow], blockedNow.length > 0 ? blockedRequestsAdvice : undefined);
        };
        try {
          await page.goto(server.url, { waitUntil: 'networkidle', timeout: options.timeoutMs ?? 30_000 });
        } catch (error) {
          return await fail('the page did not load', [{ message: (error as Error).message.split('\n')[0]! }]);
        }
        const readElements = () =>
          page.$$eval('[data-bw-read]', (elements) =>
            elements.map((element) => ({
              read: element.getAttribute('data-bw-read') ?? '',
              args: element.getAttribute('data-bw-args'),
              contract: element.getAttribute('data-bw-contract'),
              value: element.getAttribute('data-bw-value'),
              text: (element.textContent ?? '').trim(),
            })),
          ) as Promise<ReadElement[]>;

        const before = await settleReads(chain, deployments, readElements, waitMs);
        if ('issues' in before) return await fail(before.headline, before.issues);

        const buttons = page.locator('[data-bw-write]');
        if ((await buttons.count()) === 0) {
          return await fail('the page has no data-bw-write button', [
            { file: 'src/App.tsx', message: 'mark the button that sends the main transaction (mint, transfer, vote…) with data-bw-write, and give its inputs data-bw-example="<a valid value>"' },
          ]);
        }
        const examples = page.locator('[data-bw-example]');
        for (let index = 0; index < (await examples.count()); index += 1) {
          const input = examples.nth(index);
          await input.fill((await input.getAttribute('data-bw-example')) ?? '', { timeout: waitMs });
        }
        const nonceBefore = Number(await jsonRpc<string>(info.rpcUrl, 'eth_getTransactionCount', [account.address, 'latest']));
        const button = buttons.first();
        const label = ((await button.textContent()) ?? '').trim().slice(0, 40) || (await button.getAttribute('data-bw-write')) || 'data-bw-write';
        try {
          await button.click({ timeout: waitMs });
        } catch (error) {
          return await fail(`the data-bw-write button "${label}" could not be clicked`, [{ message: (error as Error).message.split('\n')[0]! }]);
        }
        const transaction = await waitForTransaction(info.rpcUrl, account.address, nonceBefore, waitMs);
        if (!transaction) {
          return await fail(`clicking "${label}" sent no transaction from the connected dev account ${account.address} within ${waitMs / 1000} s`, [
            {
              file: 'src/App.tsx',
              message: 'the data-bw-write button must send the transaction with wagmi (useWriteContract) from the connected account; check that its inputs have valid data-bw-example values',
            },
          ]);
        }
        const receipt = await jsonRpc<{ status: string } | null>(info.rpcUrl, 'eth_getTransactionReceipt', [transaction.hash]);
        const target = deployments.find((deployment) => deployment.address.toLowerCase() === transaction.to?.toLowerCase());
        if (!target)
          return await fail(
            `the transaction ${transaction.hash} went to ${transaction.to ?? 'a new contract'}, not to ${deployments.map((deployment) => `${deployment.name} at ${deployment.address}`).join(', ')}`,
            [],
          );
        if (receipt?.status !== '0x1')
          return await fail(`the transaction ${transaction.hash} sent by "${label}" reverted on chain`, [
            { message: "check the arguments the page passes (and the data-bw-example values) against the contract's requirements" },
          ]);

        const after = await settleReads(chain, deployments, readElements, waitMs, before.comparisons);
        if ('issues' in after) return await fail(`after the transaction ${transaction.hash}, ${after.headline}`, after.issues);
        if (pageErrors.length > 0) return await fail('the page reported errors while it was used', []);
        blocked = egress.issues();
        if (blocked.length > 0 && blockedMode === 'fail') return await fail('the page made requests to origins it may not load', []);

        await mkdir(context.artifactsDir, { recursive: true });
        screenshotPath = join(context.artifactsDir, `dapp-${Date.now()}.png`);
        await page.screenshot({ path: screenshotPath });
        const changed = after.comparisons.filter((comparison) => before.comparisons.some((earlier) => earlier.key === comparison.key && !sameValue(earlier.onChain, comparison.onChain)));
        summary = `DApp check: the page showed ${before.comparisons.length} on-chain value${before.comparisons.length === 1 ? '' : 's'}, "${label}" sent ${transaction.hash} to ${target.name}, and the page then showed ${changed.map((comparison) => comparison.key).join(', ')} updated.`;
      } finally {
        await closeGuarded(guarded);
      }
      if (blocked.length > 0) await context.emit({ type: 'notice.posted', level: 'warn', message: blockedRequestsNotice('DApp browser check', blocked) });
      await context.emit({ type: 'notice.posted', level: 'info', message: summary });
      return { status: 'passed', preview: { url: server.url, screenshotPath } };
    },
  };
}

type Settled = { comparisons: ReadComparison[] } | { headline: string; issues: CheckIssue[] };

/**
 * Waits until every `data-bw-read` element shows its on-chain value (and, after a write, at
 * least one value differs from `previous`), or the time is up.
 */
async function settleReads(
  chain: NonNullable<CheckContext['chain']>,
  deployments: Deployment[],
  readElements: () => Promise<ReadElement[]>,
  waitMs: number,
  previous?: ReadComparison[],
): Promise<Settled> {
  const deadline = Date.now() + waitMs;
  for (;;) {
    const elements = await readElements();
    const { comparisons, issues } = elements.length === 0 ? { comparisons: [], issues: [] } : await compareReads(chain, deployments, elements);
    if (issues.length > 0) return { headline: 'a data-bw-read element cannot be checked', issues };
    const allMatch = comparisons.length > 0 && comparisons.every((comparison) => comparison.matches);
    const changed = !previous || comparisons.some((comparison) => previous.some((earlier) => earlier.key === comparison.key && !sameValue(earlier.onChain, comparison.onChain)));
    if (allMatch && changed) return { comparisons };
    if (Date.now() > deadline) {
      if (elements.length === 0) {
        return {
          headline: 'the page shows no on-chain value',
          issues: [{ file: 'src/App.tsx', message: 'mark each element that shows a contract value with data-bw-read="<view function>" (and data-bw-args=\'[...]\' when it takes arguments)' }],
        };
      }
      if (!allMatch) {
        return {
          headline: `the page does not show the on-chain values within ${waitMs / 1000} s`,
          issues: comparisons.filter((comparison) => !comparison.matches).map((comparison) => ({ message: describeMismatch(comparison) })),
        };
      }
      return {
        headline: 'none of the values shown with data-bw-read changed on chain',
        issues: [
          {
            file: 'src/App.tsx',
            message: `show a value the data-bw-write transaction changes (shown: ${comparisons.map((comparison) => comparison.key).join(', ')}), and refetch it after the receipt`,
          },
        ],
      };
    }
    await new Promise((resolve) => setTimeout(resolve, 400));
  }
}

function sameValue(left: unknown, right: unknown): boolean {
  return stringifyJson(left) === stringifyJson(right);
}

/** The dev account's transaction with nonce `nonce`, once the account's nonce has moved past it. */
async function waitForTransaction(rpcUrl: string, account: string, nonce: number, waitMs: number): Promise<Transaction | undefined> {
  const deadline = Date.now() + waitMs;
  while (Date.now() <= deadline) {
    const current = Number(await jsonRpc<string>(rpcUrl, 'eth_getTransactionCount', [account, 'latest']));
    if (current > nonce) {
      const latest = Number(await jsonRpc<string>(rpcUrl, 'eth_blockNumber'));
      for (let number = latest; number >= 0 && number > latest - 50; number -= 1) {
        const block = await jsonRpc<{ transactions: Transaction[] } | null>(rpcUrl, 'eth_getBlockByNumber', [`0x${number.toString(16)}`, true]);
        const found = block?.transactions.find((transaction) => transaction.from.toLowerCase() === account.toLowerCase() && Number(transaction.nonce) === nonce);
        if (found) return found;
      }
      return undefined;
    }
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
  return undefined;
}
