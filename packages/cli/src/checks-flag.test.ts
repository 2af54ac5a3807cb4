import { memorySandbox } from '@buildwright/adapters/memory';
import { describe, expect, it, vi } from 'vitest';
import { resolveBuilderOptions } from './open-builder.js';
import { parseCliArgs } from './parse-args.js';

// What the security check does is tested with the check itself (packages/adapters/src/checks/security-check.int.test.ts).
async function checksOf(argv: string[]) {
  const { flags } = parseCliArgs(argv);
  const llm = { llm: { specificationVersion: 'v1', provider: 'test', modelId: 'test', stream: () => ({}) } as never, label: 'test' };
  // No database is opened: the storage is a stand-in.
  vi.spyOn(await import('./adapters-from-flags.js'), 'storageFromFlags').mockResolvedValue({ storage: { close: async () => {} } as never, label: 'test' });
  const resolved = await resolveBuilderOptions(flags, { llm, sandbox: memorySandbox(), everyKind: true });
  await resolved.options.chain?.close();
  return resolved.options.checks ?? [];
}

const securityKinds = (checks: Array<{ name: string; kinds?: string[] }>) => checks.filter((check) => check.name === 'security').flatMap((check) => check.kinds ?? []);

describe('--checks', () => {
  it('default: smoke runs no security check', { timeout: 60_000 }, async () => {
    expect(parseCliArgs(['generate', 'a todo app']).flags.checks).toBeUndefined();
    expect(securityKinds(await checksOf(['serve']))).toEqual([]);
  });

  it('behavior: full adds the security check to web, DApp and API runs, beside the browser check where there is one', { timeout: 60_000 }, async () => {
    const checks = await checksOf(['serve', '--checks', 'full']);
    expect(securityKinds(checks)).toEqual(['web', 'dapp', 'api']);
    const web = checks.filter((check) => check.kinds?.includes('web'));
    expect(web.slice(-2).map((check) => [check.name, check.parallel])).toEqual([
      ['browser', 'after-build'],
      ['security', 'after-build'],
    ]);
  });

  it('error: another value is a usage error naming the choices', () => {
    expect(() => parseCliArgs(['generate', 'a todo app', '--checks', 'deep'])).toThrow(/--checks "deep" .*smoke.*full/);
    expect(() => parseCliArgs(['list', '--checks', 'full'])).toThrow('list does not take --checks');
  });
});

describe('--tests', () => {
  it('behavior: web runs get the tests step check (e2e-flows, tests phase) and the e2e check beside the browser check; api runs the acceptance tests check (tests phase); dapps neither', {
    timeout: 60_000,
  }, async () => {
    expect(parseCliArgs(['generate', 'a todo app', '--tests']).flags.tests).toBe(true);
    const checks = await checksOf(['serve', '--tests']);
    const named = (name: string) => checks.filter((check) => check.name === name);
    expect(named('e2e-flows').map((check) => [check.kinds, check.phase?.node, check.phase?.path])).toEqual([[['web'], 'tests', 'tests/e2e/app.flow.json']]);
    expect(named('e2e').map((check) => [check.kinds, check.parallel])).toEqual([[['web'], 'after-build']]);
    expect(named('api-acceptance').map((check) => [check.kinds, check.phase?.node, check.phase?.path])).toEqual([[['api'], 'tests', 'test/acceptance.test.ts']]);
    expect((await checksOf(['serve'])).some((check) => check.name.startsWith('e2e') || check.name === 'api-acceptance')).toBe(false);
  });

  it('error: a command that runs nothing does not take it', () => {
    expect(() => parseCliArgs(['list', '--tests'])).toThrow('list does not take --tests');
  });
});
