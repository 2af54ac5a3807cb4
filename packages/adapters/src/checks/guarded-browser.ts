import type { Browser, BrowserContext, BrowserContextOptions } from 'playwright-core';
import { chromiumArgs, launchChromium } from './chromium-launch.js';
import type { LaunchChromiumOptions } from './chromium-launch.js';
import type { ChromiumPool } from './chromium-pool.js';
import { startPageEgress } from './page-egress.js';
import type { AllowedOrigin, PageEgress } from './page-egress.js';

/**
 * A Chromium, the egress policy a check opened it for (its proxy lives as long as the check) and
 * the contexts the check opened in it. The browser may be shared with other checks (`pool`): open
 * contexts with `newContext` only, so `closeGuarded` closes them and nothing of the page outlives it.
 */
export interface GuardedBrowser {
  browser: Browser;
  egress: PageEgress;
  /** A new browser context under the egress policy (its proxy, routes and blocked service workers). */
  newContext(options?: BrowserContextOptions): Promise<BrowserContext>;
  /** Closes the contexts, then gives the browser back to its pool (or closes it), then stops the egress proxy. */
  close(): Promise<void>;
}

export interface OpenGuardedBrowserOptions {
  /** The check launching it, named when `playwright-core` is missing. */
  adapter: LaunchChromiumOptions['adapter'];
  executablePath: string;
  /** The check's extra Chromium flags, after the headless defaults and the egress flags. */
  args?: readonly string[] | undefined;
  /** The origins the page may load (`pageOrigins()`); every other request is blocked. */
  allowed: AllowedOrigin[];
  /** Borrow a running Chromium from this pool instead of launching one for this check alone. */
  pool?: ChromiumPool | undefined;
}

/**
 * Starts the page egress policy for `allowed` and launches Chromium with its flags, or borrows one
 * launched with the same flags from `pool` (the browser checks of web, DApp preview and API docs
 * pages share it). Close it with `closeGuarded`.
 *
 * @example
 * const guarded = await openGuardedBrowser({ adapter: 'browserCheck', executablePath: '/usr/bin/chromium', allowed: pageOrigins({ previewUrl }) });
 * try { const context = await guarded.newContext(); ... } finally { await closeGuarded(guarded); }
 */
export async function openGuardedBrowser(options: OpenGuardedBrowserOptions): Promise<GuardedBrowser> {
  const egress = await startPageEgress(options.allowed);
  try {
    const launch: LaunchChromiumOptions = { adapter: options.adapter, executablePath: options.executablePath, args: [...chromiumArgs, ...egress.chromiumArgs, ...(options.args ?? [])] };
    const lease = options.pool ? await options.pool.acquire(launch) : undefined;
    const browser = lease?.browser ?? (await launchChromium(launch));
    const contexts = new Set<BrowserContext>();
    let closing: Promise<void> | undefined;
    return {
      browser,
      egress,
      async newContext(contextOptions) {
        const context = await browser.newContext({ ...contextOptions, ...egress.contextOptions });
        contexts.add(context);
        await egress.guard(context);
        return context;
      },
      close() {
        closing ??= (async () => {
          await Promise.allSettled([...contexts].map((context) => context.close()));
          if (lease) lease.release();
          else await browser.close().catch(() => {});
          await egress.close();
        })();
        return closing;
      },
    };
  } catch (error) {
    await egress.close();
    throw error;
  }
}

/** Closes what the check opened (see `GuardedBrowser.close`); never throws. */
export async function closeGuarded(guarded: GuardedBrowser | undefined): Promise<void> {
  await guarded?.close().catch(() => {});
}
