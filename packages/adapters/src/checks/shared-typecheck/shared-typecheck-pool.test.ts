import { describe, expect, it } from 'vitest';
import { createCheckContext, memorySandbox } from '@buildwright/core/testing';
import { createSharedTypeCheckPool, requestOf } from './shared-typecheck-pool.js';

const packageJson = JSON.stringify({ devDependencies: { typescript: '5.9.3' }, dependencies: { react: '19.0.0' } });
const files = { 'package.json': packageJson, 'tsconfig.json': '{}', 'src/a.ts': 'export {};\n' };

describe('requestOf', () => {
  it('default: the key follows the dependency set and the lockfile; only package.json and the lockfile go to the neutral sandbox', () => {
    const plain = requestOf(files);
    const locked = requestOf({ ...files, 'package-lock.json': '{"lockfileVersion":3}' });
    const otherSet = requestOf({ ...files, 'package.json': JSON.stringify({ devDependencies: { typescript: '5.8.0' }, dependencies: { react: '19.0.0' } }) });
    if (typeof plain === 'string' || typeof locked === 'string' || typeof otherSet === 'string') throw new Error('expected requests');
    expect(plain.key).toMatch(/^[0-9a-f]{24}$/);
    expect(new Set([plain.key, locked.key, otherSet.key]).size).toBe(3);
    expect(requestOf({ ...files, 'src/b.ts': 'x' })).toMatchObject({ key: plain.key });
    expect(Object.keys(plain.manifest)).toEqual(['package.json']);
    expect(Object.keys(locked.manifest)).toEqual(['package.json', 'package-lock.json']);
    expect(plain.files).toEqual(files);
  });

  it('error: node_modules files, no package.json, bad JSON or no typescript cannot go to a shared service', () => {
    expect(requestOf({ ...files, 'node_modules/@types/x/index.d.ts': '' })).toMatch(/own file under node_modules/);
    expect(requestOf({ ...files, 'src/node_modules/x.ts': '' })).toMatch(/own file under node_modules/);
    expect(requestOf({ 'tsconfig.json': '{}' })).toMatch(/no package.json/);
    expect(requestOf({ ...files, 'package.json': '{' })).toMatch(/not valid JSON/);
    expect(requestOf({ ...files, 'package.json': '{"dependencies":{"react":"19.0.0"}}' })).toMatch(/typescript is not among/);
  });
});

describe('createSharedTypeCheckPool', () => {
  it('behavior: a context that cannot open a neutral sandbox falls back (undefined) with one notice per project', async () => {
    const sandbox = await memorySandbox().open({ projectId: 'p' });
    const { context, events } = await createCheckContext({ sandbox, files });
    const pool = createSharedTypeCheckPool();
    expect(await pool.check(context, { timeoutMs: 1000 })).toBeUndefined();
    expect(await pool.check(context, { timeoutMs: 1000 })).toBeUndefined();
    const notices = events.filter((event) => event.type === 'notice.posted');
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatchObject({ message: expect.stringMatching(/shared TypeScript service is not available \(this context cannot open a neutral sandbox/) });
    expect(pool.size()).toBe(0);
  });

  it('behavior: a warm-up (quiet) falls back without a notice and leaves the notice to the real check', async () => {
    const sandbox = await memorySandbox().open({ projectId: 'p' });
    const { context, events } = await createCheckContext({ sandbox, files: { ...files, 'node_modules/x/index.d.ts': '' } });
    const pool = createSharedTypeCheckPool();
    expect(await pool.check(context, { timeoutMs: 1000, quiet: true })).toBeUndefined();
    expect(events).toEqual([]);
    expect(await pool.check(context, { timeoutMs: 1000 })).toBeUndefined();
    expect(events.filter((event) => event.type === 'notice.posted')).toHaveLength(1);
  });

  it('behavior: a neutral sandbox that fails to open falls back, and is not tried again at once', async () => {
    const sandbox = await memorySandbox().open({ projectId: 'p' });
    let opened = 0;
    const { context, events } = await createCheckContext({ sandbox, files });
    const failing = { ...context, openNeutralSandbox: () => (opened++, Promise.reject(new Error('cannot open'))) };
    const pool = createSharedTypeCheckPool();
    expect(await pool.check(failing, { timeoutMs: 1000 })).toBeUndefined();
    expect(await pool.check(failing, { timeoutMs: 1000 })).toBeUndefined();
    expect(opened).toBe(1);
    expect(events.filter((event) => event.type === 'notice.posted')).toEqual([expect.objectContaining({ message: expect.stringContaining('cannot open') })]);
  });

  it('args: waitForStart false answers undefined at once while the service starts, without a notice', async () => {
    const sandbox = await memorySandbox().open({ projectId: 'p' });
    const { context, events } = await createCheckContext({ sandbox, files });
    let opens = 0;
    const never = { ...context, openNeutralSandbox: () => (opens++, new Promise<never>(() => {})) };
    const pool = createSharedTypeCheckPool();
    expect(await pool.check(never, { timeoutMs: 1000, waitForStart: false })).toBeUndefined();
    expect(await pool.check(never, { timeoutMs: 1000, waitForStart: false })).toBeUndefined();
    expect(opens).toBe(1);
    expect(pool.size()).toBe(1);
    expect(events).toEqual([]);
  });
});
