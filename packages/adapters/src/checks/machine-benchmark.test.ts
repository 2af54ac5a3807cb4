import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { lighthousePage } from './lighthouse-page.js';

// Lighthouse's own gathering code, as its runs call it (not part of its public exports).
const { ProtocolSession } = (await import('lighthouse/core/gather/session.js' as string)) as { ProtocolSession: new (cdp: unknown) => object };
const { ExecutionContext } = (await import('lighthouse/core/gather/driver/execution-context.js' as string)) as { ExecutionContext: new (session: object) => object };
const { getBenchmarkIndex } = (await import('lighthouse/core/gather/driver/environment.js' as string)) as { getBenchmarkIndex: (context: object) => Promise<number> };

/** A Playwright CDP session that records the expressions evaluated in its page; the benchmark's answer is `index`, or an error without one. */
function recordingSession(index: number | undefined) {
  const evaluated: string[] = [];
  const session = {
    on: () => session,
    off: () => session,
    detach: async () => {},
    async send(method: string, params?: { expression?: string }) {
      if (method === 'Runtime.evaluate') evaluated.push(params?.expression ?? '');
      if (index === undefined) throw new Error('Target page, context or browser has been closed');
      return { result: { type: 'number', value: params?.expression?.includes('computeBenchmarkIndex') ? index : 2 } };
    },
  };
  return { session: session as unknown as CDPSession, evaluated };
}

/** Lighthouse's `getBenchmarkIndex` and another evaluation, through the shim over `session`. */
async function lighthouseRun(session: CDPSession) {
  const cdp = await lighthousePage({ url: () => 'http://127.0.0.1/' } as Page, session)
    .target()
    .createCDPSession();
  const context = new ExecutionContext(new ProtocolSession(cdp));
  const index = await getBenchmarkIndex(context);
  const other = await (context as { evaluate: (fn: () => number, options: { args: [] }) => Promise<number> }).evaluate(() => 1 + 1, { args: [] });
  return { index, other };
}

describe('machine benchmark', () => {
  it("behavior: Lighthouse's benchmark runs in the page of the first run of the process that measures it only; later runs get its index, other evaluations still reach their page", async () => {
    const failed = recordingSession(undefined);
    await expect(lighthouseRun(failed.session)).rejects.toThrow(/closed/);

    const first = recordingSession(1500);
    expect(await lighthouseRun(first.session)).toEqual({ index: 1500, other: 2 });
    expect(first.evaluated.filter((expression) => expression.includes('function computeBenchmarkIndex('))).toHaveLength(1);

    const second = recordingSession(900);
    expect(await lighthouseRun(second.session)).toEqual({ index: 1500, other: 2 });
    expect(second.evaluated).toHaveLength(1);
    expect(second.evaluated[0]).not.toContain('computeBenchmarkIndex');
  });
});
