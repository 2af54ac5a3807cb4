import { existsSync } from 'node:fs';
import type { CheckResult } from '@buildwright/core';
import type { Browser } from 'playwright-core';
import { importPeer } from '../internal/peer-dependency.js';
import { withDisabledFeatures } from './chromium-features.js';

/** The Chromium a browser check uses: its `executablePath` option, else `BUILDWRIGHT_CHROMIUM`, else Debian's. */
export const chromiumPath = (executablePath: string | undefined): string => executablePath ?? process.env.BUILDWRIGHT_CHROMIUM ?? '/usr/bin/chromium';

/** The skip of a browser check whose Chromium is not installed, or undefined when it is there. */
export function chromiumMissing(executablePath: string): CheckResult | undefined {
  if (existsSync(executablePath)) return undefined;
  return { status: 'skipped', reason: `Chromium not found at ${executablePath}: install it (node scripts/ensure-system-tools.mjs, or apt-get install chromium) or set BUILDWRIGHT_CHROMIUM` };
}

/**
 * Chromium flags of every check: headless, no GPU, no background traffic of its own. The flags
 * that keep the page from reaching the network come from `startPageEgress()`; the sandbox flag
 * and the features turned off (`disabledChromiumFeatures`) from `launchChromium()`.
 */
export const chromiumArgs = ['--headless', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'];

export interface LaunchChromiumOptions {
  /** The check launching it, named when `playwright-core` is missing. */
  adapter: 'browserCheck' | 'dappBrowserCheck' | 'docsCheck' | 'performanceCheck' | 'testingChecks';
  executablePath: string;
  /** All flags (`chromiumArgs`, the egress flags, the caller's own). */
  args: string[];
}

/** Per binary: whether Chromium starts inside its own sandbox here, found by the first launch. */
const sandboxSupport = new Map<string, Promise<boolean | undefined>>();

/**
 * Launches Chromium for a check inside Chromium's own sandbox (namespaces and seccomp-BPF around
 * each renderer, the process that runs the app's code) whenever it starts there. Whether it does
 * is found once per binary and process, by really launching: the first launch tries the sandbox,
 * and only if that launch fails and one with `--no-sandbox` works are later launches made
 * without it.
 *
 * As root Chromium never starts sandboxed: it exits with "Running as root without --no-sandbox
 * is not supported" (crbug.com/638180), even where the kernel allows unprivileged user
 * namespaces. So when the checks run as root (a container's default), every launch after the
 * first falls back to `--no-sandbox` and the page's code is held only by the egress policy, the
 * check's timeouts and whatever contains this process. Run the checks as a user other than root
 * (on a kernel that allows unprivileged user namespaces, as Debian's and Ubuntu's do) to get the
 * sandbox.
 *
 * @example
 * const browser = await launchChromium({ adapter: 'browserCheck', executablePath: '/usr/bin/chromium', args: chromiumArgs });
 */
export async function launchChromium(options: LaunchChromiumOptions): Promise<Browser> {
  const { chromium } = await importPeer(options.adapter, 'playwright-core', () => import('playwright-core'));
  const { executablePath } = options;
  // The caller's flags, with the features the checks turn off merged into Playwright's own --disable-features.
  const flags = await withDisabledFeatures(chromium, options.args);
  // Playwright would otherwise add process-wide SIGINT/SIGTERM/SIGHUP handlers while a browser is
  // open, and its SIGINT handler exits the process with 130: the host's own shutdown (a CLI's
  // Ctrl-C, a server's graceful stop) decides, and closes the browser with the builder.
  const launch = (chromiumSandbox: boolean) => chromium.launch({ executablePath, ...flags, chromiumSandbox, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false });
  for (let pending = sandboxSupport.get(executablePath); pending; pending = sandboxSupport.get(executablePath)) {
    const known = await pending;
    if (known !== undefined) return launch(known);
  }

  // No await between the lookup above and this: concurrent first launches make one probe.
  let decide!: (sandboxed: boolean | undefined) => void;
  sandboxSupport.set(executablePath, new Promise((resolve) => (decide = resolve)));
  try {
    const browser = await launch(true);
    decide(true);
    return browser;
  } catch {
    try {
      const browser = await launch(false);
      decide(false);
      return browser;
    } catch (error) {
      // Chromium does not start at all: nothing learned about the sandbox, the next launch tries again.
      sandboxSupport.delete(executablePath);
      decide(undefined);
      throw error;
    }
  }
}

/**
 * Whether Chromium at `executablePath` runs sandboxed: `undefined` until a check has launched it.
 *
 * @example
 * if ((await chromiumSandboxed('/usr/bin/chromium')) === false) console.warn('Chromium runs without its sandbox (root?)');
 */
export async function chromiumSandboxed(executablePath: string): Promise<boolean | undefined> {
  return sandboxSupport.get(executablePath);
}
