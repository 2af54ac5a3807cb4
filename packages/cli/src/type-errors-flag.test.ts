import { memorySandbox } from '@buildwright/adapters/memory';
import { describe, expect, it, vi } from 'vitest';
import { resolveBuilderOptions } from './open-builder.js';
import { parseCliArgs } from './parse-args.js';

// The flag reaches the validate check of every kind's checks; what `advisory` does is tested with
// the check itself (packages/adapters/src/checks/web-checks.int.test.ts).
const calls = vi.hoisted(() => ({ web: [] as unknown[], dapp: [] as unknown[], api: [] as unknown[] }));
vi.mock('@buildwright/adapters/checks', async (original) => {
  const actual = await original<typeof import('@buildwright/adapters/checks')>();
  return { ...actual, webChecks: (options?: unknown) => (calls.web.push(options), actual.webChecks(options as never)) };
});
vi.mock('@buildwright/adapters/dapp', async (original) => {
  const actual = await original<typeof import('@buildwright/adapters/dapp')>();
  return { ...actual, dappChecks: (options?: unknown) => (calls.dapp.push(options), actual.dappChecks(options as never)) };
});
vi.mock('@buildwright/adapters/api', async (original) => {
  const actual = await original<typeof import('@buildwright/adapters/api')>();
  return { ...actual, apiChecks: (options?: unknown) => (calls.api.push(options), actual.apiChecks(options as never)) };
});

describe('--type-errors', () => {
  it('default: advisory reaches the validate check of web, DApp and API checks; blocking is the default', { timeout: 60_000 }, async () => {
    const { flags } = parseCliArgs(['serve', '--type-errors', 'advisory']);
    expect(flags.typeErrors).toBe('advisory');
    const llm = { llm: { specificationVersion: 'v1', provider: 'test', modelId: 'test', stream: () => ({}) } as never, label: 'test' };
    // No database is opened: the storage is a stand-in.
    vi.spyOn(await import('./adapters-from-flags.js'), 'storageFromFlags').mockResolvedValue({ storage: { close: async () => {} } as never, label: 'test' });
    const resolved = await resolveBuilderOptions(flags, { llm, sandbox: memorySandbox(), everyKind: true });
    await resolved.options.chain?.close();
    expect(resolved.options.checks?.some((check) => check.name === 'validate')).toBe(true);
    expect(calls.web).toEqual([{ validate: { typeErrors: 'advisory' } }]);
    expect(calls.dapp).toEqual([{ web: { validate: { typeErrors: 'advisory' } } }]);
    expect(calls.api).toEqual([{ validate: { typeErrors: 'advisory' } }]);
    expect(parseCliArgs(['generate', 'a todo app']).flags.typeErrors).toBeUndefined();
  });

  it('error: another value is a usage error naming the choices', () => {
    expect(() => parseCliArgs(['generate', 'a todo app', '--type-errors', 'ignore'])).toThrow(/--type-errors "ignore" .*blocking.*advisory/);
    expect(() => parseCliArgs(['list', '--type-errors', 'advisory'])).toThrow('list does not take --type-errors');
  });
});
