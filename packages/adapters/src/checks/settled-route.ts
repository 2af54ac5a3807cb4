import { rm } from 'node:fs/promises';
import type { WatchedPage } from './watched-page.js';

export interface SettledRouteOptions<T> {
  /** How long the page may take to load, and then to reach network idle. Default 30 s. */
  timeoutMs?: number | undefined;
  /** Quiet time with no request in flight that counts as network idle. Default 250 ms. */
  idleMs?: number | undefined;
  /** The element the app renders into: the inspection waits for it to fill (at most `idleMs`). */
  rootSelector: string;
  /** Save a screenshot of the route in this directory. */
  screenshotDirectory?: string | undefined;
  /** Inspects the page as it is (the accessibility scan); its result is kept from the inspection of the settled page. */
  inspect?: (() => Promise<T>) | undefined;
}

export interface SettledRoute<T> {
  /** The screenshot of the settled page, when asked for. */
  screenshotPath: string | null;
  /** What `inspect` found on the settled page. */
  inspected: T | undefined;
}

/** At most this many inspections of one route, when each one finds the page changed after it (an app that keeps loading or re-rendering). */
const maxInspections = 3;

/**
 * Loads `url` in the watched page and inspects it (screenshot, `inspect`) while its network goes
 * quiet, instead of after: the inspection starts once the load event fired and the app rendered
 * into its root, and the network-idle wait (`idleMs` since the last request) runs on during it.
 * When the page loaded anything or its document changed meanwhile (data fetched after the first
 * render, a delayed render), the inspection was of a page still changing: it is done again on the
 * settled page. So what is reported is always of a page that stayed quiet for `idleMs`, as when
 * inspecting after the wait, without paying the wait on top.
 *
 * @example
 * const shown = await settledRoute(watched, url, { rootSelector: '#root', screenshotDirectory: artifactsDir, inspect: () => scanAccessibility(watched.page, '/', []) });
 */
export async function settledRoute<T>(watched: WatchedPage, url: string, options: SettledRouteOptions<T>): Promise<SettledRoute<T>> {
  const loadOptions = { timeoutMs: options.timeoutMs, idleMs: options.idleMs };
  if (!(await watched.navigate(url, loadOptions))) return { screenshotPath: null, inspected: undefined };
  // React and most frameworks render a moment after the load event: inspecting before would see an empty root.
  await watched.page
    .waitForFunction((selector) => (document.querySelector(selector)?.childElementCount ?? 0) > 0, options.rootSelector, { polling: 'raf', timeout: options.idleMs ?? 250 })
    .catch(() => {});
  let screenshotPath: string | null = null;
  let inspected: T | undefined;
  let shape = await documentShape(watched);
  for (let inspection = 1; ; inspection += 1) {
    const mark = watched.requests();
    const earlier = screenshotPath;
    [screenshotPath, inspected] = await Promise.all([options.screenshotDirectory ? watched.screenshot(options.screenshotDirectory, 'preview') : null, options.inspect?.()]);
    if (earlier) await rm(earlier, { force: true });
    const { settled, requests } = await watched.settle(mark, loadOptions);
    // A page whose network never went quiet (polling) was reported so once: inspecting it again would wait as long again.
    if (!settled || inspection === maxInspections) return { screenshotPath, inspected };
    // The shape after this inspection is the one the next inspection starts from.
    const settledShape = await documentShape(watched);
    if (requests === 0 && settledShape === shape) return { screenshotPath, inspected };
    shape = settledShape;
  }
}

/** A cheap fingerprint of the document (its elements and markup size): another after an inspection means the page changed under it. */
function documentShape(watched: WatchedPage): Promise<string> {
  return watched.page.evaluate(() => `${document.getElementsByTagName('*').length}:${document.documentElement.outerHTML.length}`).catch(() => 'gone');
}
