import { chromium, type Browser, type Page } from 'playwright-core';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preloadMarkdown } from '../markdown/load-markdown.js';
import { defaultThemeCss } from '../styles/default-theme.js';
import { CodeView } from './code-view.js';
import { Markdown } from './markdown.js';

// What static markup cannot show: how the default theme lays out under a host page's global CSS.
// The host CSS is the part of the stock Vite React template's index.css that touches code.
const viteHostCss = `
:root { font: 18px/145% system-ui, sans-serif; color-scheme: light dark; }
p { margin: 0; }
code { font-family: ui-monospace, Consolas, monospace; display: inline-flex; border-radius: 4px; font-size: 15px; line-height: 135%; padding: 4px 8px; background: #f4f3ec; }
`;
/** The theme without its single-class rules: what the code view looked like before they existed. */
const onlyZeroSpecificity = defaultThemeCss
  .split('\n')
  .filter((line) => !/^\.bw-/.test(line))
  .join('\n');

let browser: Browser;
let body: string;

beforeAll(async () => {
  await preloadMarkdown();
  body = renderToStaticMarkup(
    createElement(
      'div',
      { className: 'bw', id: 'chat' },
      createElement(CodeView, { path: 'src/App.tsx', code: 'const a = 1;\nconst b = 2;\nexport { a, b };', className: 'file' }),
      createElement(Markdown, { text: 'Run `npm start`:\n\n```ts\nlet x = 1;\nlet y = 2;\n```' }),
    ),
  );
  browser = await chromium.launch({ executablePath: process.env.BUILDWRIGHT_CHROMIUM ?? '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
});

async function open(themeCss: string): Promise<Page> {
  const page = await browser.newPage();
  // As in an app: the theme is inserted first in <head>, the host's CSS comes after it.
  await page.setContent(`<!doctype html><html><head><style>${themeCss}</style><style>${viteHostCss}</style></head><body>${body}</body></html>`);
  return page;
}

/** The top of each rendered line of every code block, block by block. */
const lineTops = (page: Page) => page.$$eval('pre', (blocks) => blocks.map((block) => [...block.querySelectorAll('.bw-line')].map((line) => Math.round(line.getBoundingClientRect().top))));

describe('default theme under a host page with the stock Vite CSS (Chromium)', () => {
  it('behavior: the code view and markdown code blocks show one line per line; without the single-class rules the lines run into one row', async () => {
    const page = await open(defaultThemeCss);
    const blocks = await lineTops(page);
    expect(blocks.map((tops) => tops.length)).toEqual([3, 2]);
    for (const tops of blocks) for (let index = 1; index < tops.length; index++) expect(tops[index]!).toBeGreaterThan(tops[index - 1]!);
    expect(await page.$eval('.file code', (code) => getComputedStyle(code).display)).toBe('block');
    expect(await page.$eval('.bw-md-codespan', (code) => getComputedStyle(code).display)).toBe('inline');
    await page.close();

    const broken = await open(onlyZeroSpecificity);
    const brokenTops = await lineTops(broken);
    expect(new Set(brokenTops[0]).size).toBe(1);
    await broken.close();
  });

  it('behavior: dark colors follow prefers-color-scheme, and data-theme on an ancestor overrides it either way', async () => {
    const page = await open(defaultThemeCss);
    const seen: string[] = [];
    for (const [scheme, theme] of [
      ['light', null],
      ['dark', null],
      ['light', 'dark'],
      ['dark', 'light'],
    ] as const) {
      await page.emulateMedia({ colorScheme: scheme });
      await page.evaluate((value) => (value ? document.documentElement.setAttribute('data-theme', value) : document.documentElement.removeAttribute('data-theme')), theme);
      seen.push(`${scheme}/${theme}: ${await page.$eval('#chat', (element) => getComputedStyle(element).backgroundColor)}`);
    }
    expect(seen).toEqual(['light/null: rgb(255, 255, 255)', 'dark/null: rgb(22, 24, 28)', 'light/dark: rgb(22, 24, 28)', 'dark/light: rgb(255, 255, 255)']);
    await page.close();
  });
});
