import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium-launch.js';
import type { LaunchChromiumOptions } from './chromium-launch.js';

/** A browser borrowed from a pool: give it back with `release` (never close it yourself). */
export interface ChromiumLease {
  browser: Browser;
  /** Gives the browser back; the pool closes it once nobody has used it for its idle time. Idempotent. */
  release(): void;
}

/** Chromium processes kept open between checks, one per launch flags. */
export interface ChromiumPool {
  /** A running Chromium launched with exactly these flags, launching one when there is none (or it died). */
  acquire(options: LaunchChromiumOptions): Promise<ChromiumLease>;
  /** Browsers running now (for tests and diagnostics). */
  size(): number;
  /**
   * Closes the browsers nobody uses now, and each one in use as soon as its last user releases it
   * (a check in progress finishes); `acquire` calls after it launch anew.
   */
  close(): Promise<void>;
}

export interface ChromiumPoolOptions {
  /** How long a browser nobody uses stays open. Default 30 s. */
  idleMs?: number;
}

interface PoolEntry {
  browser: Promise<Browser>;
  users: number;
  idle?: NodeJS.Timeout;
  /** Set by `close()`: closed when its last user releases it. */
  closing?: boolean;
}

/**
 * Keeps Chromium running between checks instead of launching it for each: a page load in an open
 * browser takes a tenth of a launch. Each check still gets its own browser context (its own
 * cookies, storage and cache, and its own egress proxy) and closes it, so nothing of one app is
 * visible to the next. Browsers are keyed by their launch flags (the egress flags name the hosts a
 * page may resolve), so a check that needs other flags gets another browser.
 *
 * A running browser keeps the Node.js process alive: close the pool (`builder.close()` closes the
 * checks, which close theirs) or let the idle time pass.
 *
 * @example
 * const pool = createChromiumPool();
 * const lease = await pool.acquire({ adapter: 'browserCheck', executablePath: '/usr/bin/chromium', args: chromiumArgs });
 * try { ... } finally { lease.release(); }
 * await pool.close();
 */
export function createChromiumPool(options: ChromiumPoolOptions = {}): ChromiumPool {
  const idleMs = options.idleMs ?? 30_000;
  const entries = new Map<string, PoolEntry>();

  const closeEntry = async (key: string, entry: PoolEntry) => {
    if (entries.get(key) === entry) entries.delete(key);
    clearTimeout(entry.idle);
    await entry.browser.then((browser) => browser.close()).catch(() => {});
  };

  return {
    async acquire(launch) {
      const key = [launch.executablePath, ...launch.args].join('\0');
      let entry = entries.get(key);
      if (!entry) {
        const created: PoolEntry = { browser: launchChromium(launch), users: 0 };
        entry = created;
        entries.set(key, created);
        created.browser.then(
          (browser) => browser.on('disconnected', () => void (entries.get(key) === created && entries.delete(key))),
          () => void (entries.get(key) === created && entries.delete(key)),
        );
      }
      const current = entry;
      current.users += 1;
      clearTimeout(current.idle);
      let browser: Browser;
      try {
        browser = await current.browser;
      } catch (error) {
        current.users -= 1;
        throw error;
      }
      let released = false;
      return {
        browser,
        release() {
          if (released) return;
          released = true;
          current.users -= 1;
          if (current.users > 0) return;
          if (current.closing) {
            void closeEntry(key, current);
            return;
          }
          current.idle = setTimeout(() => void closeEntry(key, current), idleMs);
          current.idle.unref();
        },
      };
    },
    size: () => entries.size,
    async close() {
      const all = [...entries];
      entries.clear();
      for (const [, entry] of all) entry.closing = true;
      await Promise.all(all.filter(([, entry]) => entry.users === 0).map(([key, entry]) => closeEntry(key, entry)));
    },
  };
}
