import { describe, expect, it } from 'vitest';

describe('@buildwright/adapters/dapp', () => {
  it('default: the public exports', async () => {
    const exports = Object.keys(await import('./index.js')).sort();
    expect(exports).toEqual([
      'coerceArguments',
      'contractCallsCheck',
      'contractCompileCheck',
      'contractDeployCheck',
      'contractLintCheck',
      'contractTestsCheck',
      'createDappSession',
      'dappBrowserCheck',
      'dappChecks',
      'dappPaths',
      'previewAccountVariable',
      'renderDeployedModule',
    ]);
  });

  it('behavior: making the checks does no I/O and needs no chain until a dapp run uses them', async () => {
    const { dappChecks } = await import('./index.js');
    const checks = dappChecks();
    expect(checks.every((check) => typeof check.run === 'function')).toBe(true);
  });

  it('error: a dapp run without a chain adapter is INVALID_INPUT naming the option', async () => {
    const { contractCompileCheck } = await import('./index.js');
    const context = { files: { 'contracts/A.sol': 'contract A {}' }, sandbox: { root: '/tmp' } } as unknown as Parameters<ReturnType<typeof contractCompileCheck>['run']>[0];
    await expect(contractCompileCheck().run(context)).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('createBuilder({ chain: localChain() })') });
  });
});
