import type { BrowserType } from 'playwright-core';

/**
 * Chromium features the checks turn off, for memory: a spare renderer kept warm for the next
 * site (a whole renderer process per browser, never used by a check) and the WebUI omnibox
 * popups (renderers for a UI a headless browser never shows). Measured in bench/memory.ts.
 */
export const disabledChromiumFeatures = ['SpareRendererForSitePerProcess', 'WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];

const flag = '--disable-features=';

/** Per process: Playwright's own `--disable-features=` argument, or undefined when it could not be found. */
let playwrightFlag: Promise<string | undefined> | undefined;

/**
 * Playwright's own `--disable-features=` argument, as it passes it to Chromium. Playwright does not
 * export its default arguments, so they are learned once per process from a launch of a binary
 * that exits at once (Node, refusing Chromium's flags): Playwright's launch error names the
 * command line it ran. Undefined if its wording changes.
 */
function playwrightDisableFeatures(chromium: BrowserType): Promise<string | undefined> {
  playwrightFlag ??= chromium.launch({ executablePath: process.execPath, timeout: 10_000, handleSIGINT: false, handleSIGTERM: false, handleSIGHUP: false }).then(
    async (browser) => {
      await browser.close();
      return undefined;
    },
    (error: unknown) => new RegExp(`(?:^|\\s)(${flag}\\S+)`).exec(error instanceof Error ? error.message : String(error))?.[1],
  );
  return playwrightFlag;
}

/**
 * Launch options that add `disabledChromiumFeatures` (and any `--disable-features=` among `args`)
 * to Playwright's own `--disable-features=`, as one argument: Chromium reads only the last one it
 * is given, so a second flag would turn Playwright's features back on. When Playwright's default
 * cannot be learned, `args` as they are (Chromium keeps Playwright's features, and runs ours).
 *
 * @example
 * const browser = await chromium.launch({ executablePath, ...(await withDisabledFeatures(chromium, chromiumArgs)) });
 */
export async function withDisabledFeatures(chromium: BrowserType, args: string[]): Promise<{ args: string[]; ignoreDefaultArgs?: string[] }> {
  const playwright = await playwrightDisableFeatures(chromium);
  if (!playwright) return { args };
  const features = [playwright, ...args.filter((arg) => arg.startsWith(flag))].flatMap((arg) => arg.slice(flag.length).split(',')).filter(Boolean);
  const merged = `${flag}${[...new Set([...features, ...disabledChromiumFeatures])].join(',')}`;
  return { args: [...args.filter((arg) => !arg.startsWith(flag)), merged], ignoreDefaultArgs: [playwright] };
}
