import { existsSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs } from './chromium-launch.js';
import { createChromiumPool } from './chromium-pool.js';
import { closeGuarded, openGuardedBrowser } from './guarded-browser.js';
import { pageOrigins } from './page-egress.js';

const executablePath = process.env.BUILDWRIGHT_CHROMIUM ?? '/usr/bin/chromium';
const launch = { adapter: 'browserCheck' as const, executablePath, args: chromiumArgs };

/** An app that remembers a value in localStorage and a cookie, and shows what it found there. */
let server: Server;
let url: string;
beforeAll(async () => {
  server = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html' }).end(`<!doctype html><div id="root"></div><script>
      const found = { stored: localStorage.getItem('secret'), cookie: document.cookie };
      localStorage.setItem('secret', 'from the first app');
      document.cookie = 'session=first';
      document.getElementById('root').textContent = JSON.stringify(found);
    </script>`);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe.runIf(existsSync(executablePath))('createChromiumPool (runs where Chromium is at $BUILDWRIGHT_CHROMIUM or /usr/bin/chromium)', () => {
  it('default: one running browser per launch flags, shared by concurrent users and closed once idle', async () => {
    const pool = createChromiumPool({ idleMs: 200 });
    try {
      const [first, second] = await Promise.all([pool.acquire(launch), pool.acquire(launch)]);
      const other = await pool.acquire({ ...launch, args: [...chromiumArgs, '--lang=fr'] });
      expect(first.browser).toBe(second.browser);
      expect(other.browser).not.toBe(first.browser);
      expect(pool.size()).toBe(2);
      first.release();
      first.release();
      expect(first.browser.isConnected()).toBe(true);
      second.release();
      other.release();
      await expect.poll(() => first.browser.isConnected() || other.browser.isConnected(), { timeout: 10_000 }).toBe(false);
      expect(pool.size()).toBe(0);
    } finally {
      await pool.close();
    }
  });

  it('behavior: close() waits for the browser in use, and a browser that died is launched again', async () => {
    const pool = createChromiumPool();
    const lease = await pool.acquire(launch);
    await pool.close();
    expect(lease.browser.isConnected()).toBe(true);
    const page = await lease.browser.newPage();
    await page.goto(url);
    lease.release();
    await expect.poll(() => lease.browser.isConnected(), { timeout: 10_000 }).toBe(false);

    const next = await pool.acquire(launch);
    expect(next.browser).not.toBe(lease.browser);
    await next.browser.close();
    next.release();
    const relaunched = await pool.acquire(launch);
    expect(relaunched.browser.isConnected()).toBe(true);
    relaunched.release();
    await pool.close();
    await expect.poll(() => relaunched.browser.isConnected(), { timeout: 10_000 }).toBe(false);
  });

  it('behavior: checks sharing a browser do not share storage: the next one sees no localStorage or cookie of the last', async () => {
    const pool = createChromiumPool();
    try {
      const found: string[] = [];
      for (let round = 0; round < 2; round += 1) {
        const guarded = await openGuardedBrowser({ adapter: 'browserCheck', executablePath, allowed: pageOrigins({ previewUrl: url }), pool });
        try {
          const page = await (await guarded.newContext()).newPage();
          await page.goto(url);
          found.push((await page.textContent('#root')) ?? '');
          expect(guarded.browser.contexts()).toHaveLength(1);
        } finally {
          await closeGuarded(guarded);
        }
        expect(guarded.browser.isConnected()).toBe(true);
        expect(guarded.browser.contexts()).toHaveLength(0);
      }
      expect(found).toEqual([JSON.stringify({ stored: null, cookie: '' }), JSON.stringify({ stored: null, cookie: '' })]);
      expect(pool.size()).toBe(1);
    } finally {
      await pool.close();
    }
  });
});
