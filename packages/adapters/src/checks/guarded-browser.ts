import type { Browser } from 'playwright-core';
import { chromiumArgs, launchChromium } from './chromium-launch.js';
import type { LaunchChromiumOptions } from './chromium-launch.js';
import { startPageEgress } from './page-egress.js';
import type { AllowedOrigin, PageEgress } from './page-egress.js';

/** A Chromium and the egress policy it was launched for (its proxy lives as long as the browser). */
export interface GuardedBrowser {
  browser: Browser;
  egress: PageEgress;
}

export interface OpenGuardedBrowserOptions {
  /** The check launching it, named when `playwright-core` is missing. */
  adapter: LaunchChromiumOptions['adapter'];
  executablePath: string;
  /** The check's extra Chromium flags, after the headless defaults and the egress flags. */
  args?: readonly string[] | undefined;
  /** The origins the page may load (`pageOrigins()`); every other request is blocked. */
  allowed: AllowedOrigin[];
}

/**
 * Starts the page egress policy for `allowed` and launches Chromium with its flags (the browser
 * checks of web, DApp preview and API docs pages share it). Close it with `closeGuarded`.
 *
 * @example
 * const guarded = await openGuardedBrowser({ adapter: 'browserCheck', executablePath: '/usr/bin/chromium', allowed: pageOrigins({ previewUrl }) });
 * try { ... } finally { await closeGuarded(guarded); }
 */
export async function openGuardedBrowser(options: OpenGuardedBrowserOptions): Promise<GuardedBrowser> {
  const egress = await startPageEgress(options.allowed);
  try {
    const args = [...chromiumArgs, ...egress.chromiumArgs, ...(options.args ?? [])];
    return { browser: await launchChromium({ adapter: options.adapter, executablePath: options.executablePath, args }), egress };
  } catch (error) {
    await egress.close();
    throw error;
  }
}

/** Closes the browser, then its egress proxy; never throws. */
export async function closeGuarded(guarded: GuardedBrowser | undefined): Promise<void> {
  if (!guarded) return;
  await guarded.browser.close().catch(() => {});
  await guarded.egress.close();
}
