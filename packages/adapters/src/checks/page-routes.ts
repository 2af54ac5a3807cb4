import type { Page } from 'playwright-core';

/**
 * The route an app's link (an absolute URL, or a path resolved against the origin) leads to, as the browser check visits it: path and query of a
 * same-origin http(s) URL, plus the fragment when it is a hash router's route (`#/game`).
 * Undefined for what is not a page of the app: another origin, `mailto:`/`javascript:` and other
 * schemes, a file (a path whose last segment has an extension other than `.html`), an in-page
 * anchor (`#top`).
 *
 * @example
 * linkedRoute('/game?level=2#rules', 'http://127.0.0.1:4173'); // '/game?level=2'
 * linkedRoute('http://127.0.0.1:4173/#/scores', 'http://127.0.0.1:4173'); // '/#/scores'
 * linkedRoute('https://example.com/', 'http://127.0.0.1:4173'); // undefined
 */
export function linkedRoute(href: string, origin: string): string | undefined {
  let url: URL;
  try {
    url = new URL(href, `${origin}/`);
  } catch {
    return undefined;
  }
  if (url.origin !== origin || (url.protocol !== 'http:' && url.protocol !== 'https:')) return undefined;
  const last = url.pathname.split('/').at(-1) ?? '';
  if (/\.[a-z0-9]+$/i.test(last) && !/\.html?$/i.test(last)) return undefined;
  return `${url.pathname}${url.search}${url.hash.startsWith('#/') ? url.hash : ''}`;
}

/**
 * The routes the page links to now (anchors and image-map areas in the DOM, router links
 * included: they render as anchors), each once, in document order. Same origin only.
 */
export async function linkedRoutes(page: Page, origin: string): Promise<string[]> {
  // `.href` is the link resolved against the page's URL, as a click would follow it.
  const hrefs = await page.evaluate(() => [...document.querySelectorAll<HTMLAnchorElement | HTMLAreaElement>('a[href], area[href]')].map((element) => element.href)).catch(() => [] as string[]);
  const routes = hrefs.flatMap((href) => linkedRoute(href, origin) ?? []);
  return [...new Set(routes)];
}
