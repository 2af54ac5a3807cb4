import type { Sandbox } from '@buildwright/core';
import { describe, expect, it } from 'vitest';
import { createPageUsers } from './page-users.js';

const sandbox = (name: string) => ({ name }) as unknown as Sandbox;
/** Whether `promise` settled within a few turns of the event loop. */
const settles = async (promise: Promise<unknown>) => {
  let settled = false;
  void promise.then(() => (settled = true));
  for (let turn = 0; turn < 5; turn += 1) await new Promise((resolve) => setImmediate(resolve));
  return settled;
};

describe('createPageUsers', () => {
  it('idle resolves at once when no check of the sandbox loads pages', async () => {
    const pages = createPageUsers();
    expect(await settles(pages.idle(sandbox('a')))).toBe(true);
  });

  it('idle waits for every check marked, and for one marked while it waits; other sandboxes do not count', async () => {
    const pages = createPageUsers();
    const [a, b] = [sandbox('a'), sandbox('b')];
    const browser = pages.use(a);
    const e2e = pages.use(a);
    const other = pages.use(b);
    const idle = pages.idle(a);
    expect(await settles(idle)).toBe(false);
    browser();
    expect(await settles(idle)).toBe(false);
    const late = pages.use(a);
    e2e();
    expect(await settles(idle)).toBe(false);
    late();
    expect(await settles(idle)).toBe(true);
    expect(await settles(pages.idle(b))).toBe(false);
    other();
    other();
    expect(await settles(pages.idle(b))).toBe(true);
  });
});
