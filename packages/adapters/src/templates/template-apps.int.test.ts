import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BuildwrightEvent } from '@buildwright/core';
import { checkOutcomes, collectEvents, webRuns } from '../checks/web-run.test-support.js';

// Each built-in web template generates an app end to end from its own transcript: scripted model,
// local sandbox, the web checks (imports, install, validate, build, browser in Chromium), then the
// preview is opened once more in one shared Chromium to see that the app does what it is for.
const transcript = (name: string) => fileURLToPath(new URL(`../../../../examples/transcripts/${name}`, import.meta.url));
const runs = webRuns();
let browser: Browser;

beforeAll(async () => {
  const { chromium } = await import('playwright-core');
  browser = await chromium.launch({
    executablePath: process.env.BUILDWRIGHT_CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
});
afterAll(async () => {
  await browser?.close();
  await runs.cleanup();
});

const allPassed = ['imports:passed', 'install:passed', 'validate:passed', 'build-app:passed', 'browser:passed'];

interface Case {
  template: string;
  transcript: string;
  prompt: string;
  /** What a user sees and does in the built app, in Chromium. */
  use(page: Page): Promise<void>;
}

/** RGB of one canvas pixel. */
const pixel = (page: Page, x: number, y: number) =>
  page.locator('canvas').evaluate((canvas: HTMLCanvasElement, [px, py]) => [...canvas.getContext('2d')!.getImageData(px!, py!, 1, 1).data.slice(0, 3)], [x, y]);

const cases: Case[] = [
  {
    template: 'router-app',
    transcript: 'book-club-site.json',
    prompt: 'A book club site with a books page and a contact form',
    async use(page) {
      await expect.poll(() => page.locator('h1').innerText()).toBe('Book club');
      await page.getByRole('link', { name: 'Books' }).click();
      await expect.poll(() => page.locator('h1').innerText()).toBe("This month's picks");
      expect(new URL(page.url()).pathname).toBe('/books');
      await page.getByRole('link', { name: 'Contact' }).click();
      await page.getByRole('button', { name: 'Send' }).click();
      await page.getByText('Please enter a valid email address.').waitFor();
    },
  },
  {
    template: 'dashboard',
    transcript: 'signups-dashboard.json',
    prompt: 'A signups dashboard with charts and a table',
    async use(page) {
      expect(await page.locator('h1').innerText()).toBe('Signups');
      expect(await page.getByRole('img', { name: 'Signups per week' }).locator('polyline').count()).toBe(1);
      expect(await page.locator('tbody tr').count()).toBe(4);
      await page.getByRole('button', { name: 'Total' }).click();
      expect(await page.locator('tbody tr').first().innerText()).toContain('$32.00');
    },
  },
  {
    template: 'landing-page',
    transcript: 'coffee-landing.json',
    prompt: 'A landing page for the Bean There coffee shop',
    async use(page) {
      expect(await page.locator('h1').innerText()).toBe('Bean There coffee');
      expect(await page.locator('#pricing h3').allInnerTexts()).toEqual(['Espresso', 'Monthly beans']);
    },
  },
  {
    template: 'canvas-game',
    transcript: 'star-catcher-game.json',
    prompt: 'A canvas game: catch the stars with the arrow keys',
    async use(page) {
      expect(await page.locator('h1').innerText()).toBe('Star catcher');
      // The player (sky blue) starts at (40, 40); holding ArrowRight moves it away from there.
      expect(await pixel(page, 45, 45)).toEqual([56, 189, 248]);
      await page.keyboard.down('ArrowRight');
      await expect.poll(() => pixel(page, 45, 45)).toEqual([15, 23, 42]);
      await page.keyboard.up('ArrowRight');
    },
  },
  {
    template: 'crud-app',
    transcript: 'reading-list-crud.json',
    prompt: 'A reading list kept in the browser',
    async use(page) {
      await page.getByText('Dune by Frank Herbert').waitFor();
      await page.getByLabel('New book').fill('Emma by Jane Austen');
      await page.getByRole('button', { name: 'Add' }).click();
      await page.getByText('Emma by Jane Austen').waitFor();
      await page.reload();
      await page.getByText('Emma by Jane Austen').waitFor();
      expect(await page.locator('li').count()).toBe(2);
    },
  },
];

describe('built-in web templates end to end (one transcript each → verified preview)', () => {
  it.each(cases.map((entry) => [entry.template, entry] as const))(
    'default: %s generates an app that passes every web check and works in Chromium',
    async (template, entry) => {
      const started = performance.now();
      const { builder } = runs.builder(transcript(entry.transcript));
      const run = builder.generate({ prompt: entry.prompt, kind: 'web', template });
      const events: BuildwrightEvent[] = await collectEvents(run);
      const result = await run.result;
      console.log(`${template}: run ${Math.round(performance.now() - started)} ms`);

      expect(checkOutcomes(events)).toEqual(allPassed);
      expect(events.filter((event) => event.type === 'fix.started')).toEqual([]);
      expect(events.filter((event) => event.type === 'file.edit_failed')).toEqual([]);
      expect(events.at(-1)).toMatchObject({ type: 'run.completed' });
      expect(result.previewUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);

      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      try {
        await page.goto(result.previewUrl!, { waitUntil: 'load' });
        await entry.use(page);
      } finally {
        await page.close();
      }
      expect(errors).toEqual([]);
    },
    300_000,
  );
});
