import type { CDPSession, Page } from 'playwright-core';
import { isMachineBenchmark, machineBenchmark } from './machine-benchmark.js';

/** The part of a Puppeteer page that Lighthouse 12 uses when it is handed one: its URL and a CDP session to its target. */
export interface LighthousePage {
  url(): string;
  target(): { createCDPSession(): Promise<LighthouseCdpSession> };
}

type Listener = (...args: unknown[]) => void;

/** The part of a Puppeteer CDP session Lighthouse uses (`send`, `on`/`off` with the `'*'` wildcard, `id`, `detach`). */
export interface LighthouseCdpSession {
  id(): string;
  send(method: string, params?: object): Promise<unknown>;
  on(event: string, listener: Listener): void;
  off(event: string, listener: Listener): void;
  once(event: string, listener: Listener): void;
  detach(): Promise<void>;
}

/**
 * A Playwright page, opened in a guarded context of the browser check's Chromium, as the Puppeteer
 * page Lighthouse drives: Lighthouse talks CDP to the page's target through Playwright's own pipe
 * to Chromium, so no remote-debugging port is ever opened (one would let any local process,
 * the app's server among them, steer the browser around the egress policy), and the page keeps
 * its context's egress routes and proxy.
 *
 * Lighthouse attaches to the page's iframes and workers (`Target.setAutoAttach`) with
 * `waitForDebuggerOnStart`; Playwright does not hand out those child sessions, so they are
 * attached without waiting: they run as usual, and Lighthouse sees the page's own requests only.
 *
 * Lighthouse's one-second machine benchmark runs in the page of the first run of the process only;
 * later runs get its measurement (machine-benchmark.ts).
 *
 * @example
 * const page = await context.newPage();
 * const result = await lighthouse(url, flags, config, lighthousePage(page, await context.newCDPSession(page)));
 */
export function lighthousePage(page: Page, session: CDPSession): LighthousePage {
  const id = `buildwright-${Math.random().toString(36).slice(2)}`;
  const wildcard = new Set<Listener>();
  const named = new Map<string, Map<Listener, Listener>>();
  session.on('event', ({ method, params }) => {
    for (const listener of [...wildcard]) listener(method, params);
  });
  const cdp: LighthouseCdpSession = {
    id: () => id,
    async send(method, params) {
      if (isMachineBenchmark(method, params)) return machineBenchmark(() => session.send(method as 'Runtime.evaluate', params as undefined));
      const sent = method === 'Target.setAutoAttach' ? { ...params, waitForDebuggerOnStart: false } : params;
      return session.send(method as 'Runtime.enable', sent as undefined);
    },
    on(event, listener) {
      if (event === '*') return void wildcard.add(listener);
      if (event === 'sessionattached') return;
      const wrapped: Listener = (payload) => listener(payload);
      let listeners = named.get(event);
      if (!listeners) named.set(event, (listeners = new Map()));
      listeners.set(listener, wrapped);
      session.on(event as 'Page.frameNavigated', wrapped);
    },
    off(event, listener) {
      if (event === '*') return void wildcard.delete(listener);
      const wrapped = named.get(event)?.get(listener);
      if (!wrapped) return;
      named.get(event)!.delete(listener);
      session.off(event as 'Page.frameNavigated', wrapped);
    },
    once(event, listener) {
      const once: Listener = (...args) => {
        cdp.off(event, once);
        listener(...args);
      };
      cdp.on(event, once);
    },
    async detach() {
      await session.detach().catch(() => {});
    },
  };
  return { url: () => page.url(), target: () => ({ createCDPSession: async () => cdp }) };
}
