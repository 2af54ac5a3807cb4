import type { Page } from 'playwright-core';
import type { SpecOperation } from './openapi-document.js';

/** What Swagger UI shows of the spec: its operations (`GET /todos`) and its error panel, if any. */
export interface RenderedDocs {
  /** `METHOD path` of each operation block, as shown. */
  operations: string[];
  /** What Swagger UI says instead of (or above) the docs: its error panel, or why it cannot render the spec; empty when nothing. */
  errors: string;
  /** Whether Swagger UI has rendered the spec (its info section is there). */
  rendered: boolean;
}

/** `METHOD path` of a spec operation, as `RenderedDocs.operations` lists it. */
export const operationKey = (operation: Pick<SpecOperation, 'method' | 'path'>) => `${operation.method.toUpperCase()} ${operation.path}`;

/** Reads what the page shows now. */
export async function readRenderedDocs(page: Page): Promise<RenderedDocs> {
  return page.evaluate(() => ({
    operations: [...document.querySelectorAll('.opblock')].map(
      (block) => `${(block.querySelector('.opblock-summary-method')?.textContent ?? '').trim()} ${block.querySelector('.opblock-summary-path')?.getAttribute('data-path') ?? ''}`,
    ),
    // The error panel (the spec did not load or resolve), or "Unable to render this definition" (no OpenAPI version Swagger UI knows).
    errors: [...document.querySelectorAll('.errors-wrapper, .version-pragma')]
      .map((element) => (element.textContent ?? '').trim())
      .filter(Boolean)
      .join(' ')
      .slice(0, 500),
    rendered: document.querySelector('.information-container') !== null,
  }));
}

/**
 * Waits until the page shows every operation of `expected`, shows errors, or has rendered and
 * stayed the same for `quietMs` (Swagger UI renders the spec in one pass), or `deadline`.
 */
export async function waitForOperations(page: Page, expected: readonly string[], deadline: number, quietMs = 1_000): Promise<RenderedDocs> {
  let last = '';
  let since = Date.now();
  for (;;) {
    const docs: RenderedDocs = await readRenderedDocs(page).catch(() => ({ operations: [], errors: '', rendered: false }));
    if (expected.every((key) => docs.operations.includes(key)) || docs.errors) return docs;
    const state = JSON.stringify(docs);
    if (state !== last) {
      last = state;
      since = Date.now();
    }
    if ((docs.rendered && Date.now() - since >= quietMs) || Date.now() > deadline) return docs;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** What "try it" got: the status Swagger UI shows (`200`), or what it shows instead (`Failed to fetch…`). */
export type TryItResult = { status: number } | { failure: string };

/**
 * Uses "Try it out" on one operation the way a person would: opens its block, clicks "Try it
 * out" and "Execute" (the operation must need no input), and reads the live response Swagger UI
 * shows, which it fetched from the spec's server, the live API.
 */
export async function tryItOut(page: Page, operation: Pick<SpecOperation, 'method' | 'path'>, timeoutMs: number): Promise<TryItResult> {
  const block = page
    .locator(`.opblock.opblock-${operation.method}`)
    .filter({ has: page.locator(`.opblock-summary-path[data-path=${JSON.stringify(operation.path)}]`) })
    .first();
  try {
    await block.locator('.opblock-summary-control').click({ timeout: timeoutMs });
    await block.locator('.try-out__btn').click({ timeout: timeoutMs });
    await block.locator('.execute').click({ timeout: timeoutMs });
    const row = block.locator('.live-responses-table tbody tr.response').first();
    await row.waitFor({ timeout: timeoutMs });
    const status = ((await row.locator('.response-col_status').textContent()) ?? '').trim();
    if (/^\d{3}$/.test(status)) return { status: Number(status) };
    const shown = ((await row.locator('.response-col_description').textContent()) ?? '').replace(/\s+/g, ' ').trim();
    return { failure: `${status ? `${status}: ` : ''}${shown}`.slice(0, 300) || 'no response shown' };
  } catch (error) {
    return { failure: (error as Error).message.split('\n')[0]! };
  }
}
