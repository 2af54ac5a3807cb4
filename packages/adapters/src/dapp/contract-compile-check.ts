import { BuildwrightError } from '@buildwright/core';
import type { Check } from '@buildwright/core';
import { failed, formatIssue } from '../checks/check-report.js';
import { compileProject } from './compile-project.js';
import { sharedDappSession } from './dapp-session.js';
import type { DappSession } from './dapp-session.js';
import { dappPaths } from './project-paths.js';
import { toCheckIssue } from './solidity-issues.js';
import { requirePeers } from '../internal/peer-dependency.js';

export interface ContractCompileCheckOptions {
  /**
   * Compile failures sent to the fix step in one run; the next failure ends the run with
   * `CONTRACT_COMPILE_FAILED` naming the compiler error. Default 3. The builder's
   * `limits.maxFixAttempts` bounds every fix round too, whichever ends first.
   */
  maxFixRounds?: number;
  /** State shared with the other dapp checks (`dappChecks()` passes one). */
  session?: DappSession;
}

/**
 * Compiles the project's Solidity (`contracts/**\/*.sol`) with the run's chain adapter (solc),
 * with `@openzeppelin/contracts` and other packages resolved from the sandbox's node_modules or
 * the adapters' install. Emits `contract.compiled` (with warnings) or `contract.compile_failed`;
 * compiler errors go to the fix step as `file:line:column` issues, at most `maxFixRounds` times.
 * A project made for an existing contract (`contracts/existing.json`, no sources) skips it.
 *
 * @example
 * import { contractCompileCheck } from '@buildwright/adapters/dapp';
 *
 * const check = contractCompileCheck({ maxFixRounds: 2 });
 */
export function contractCompileCheck(options: ContractCompileCheckOptions = {}): Check {
  requirePeers('contractCompileCheck', ['solc']);
  const session = options.session ?? sharedDappSession;
  const maxFixRounds = options.maxFixRounds ?? 3;
  return {
    name: 'contract-compile',
    kinds: ['dapp'],
    async run(context) {
      const compiled = await compileProject(context);
      if (!compiled) {
        if (dappPaths.existingContract in context.files)
          return { status: 'skipped', reason: `the project is a frontend for an existing contract (${dappPaths.existingContract}), so there is nothing to compile` };
        return failed('Contract compile failed: the project has no Solidity contract', [
          { file: 'contracts/', message: 'write the contract as contracts/<Name>.sol (and contracts/deploy.json naming it with its constructor arguments)' },
        ]);
      }
      const { result } = compiled;
      if (result.ok) {
        await context.emit({ type: 'contract.compiled', contracts: result.contracts.map(({ name, file }) => ({ name, file })), warnings: result.warnings });
        return { status: 'passed' };
      }
      await context.emit({ type: 'contract.compile_failed', errors: result.errors });
      const issues = result.errors.map(toCheckIssue);
      const first = issues[0] ? formatIssue(issues[0]) : 'the compiler reported no position';
      const failures = session.countCompileFailure(context.runId);
      if (failures > maxFixRounds) {
        throw new BuildwrightError({
          code: 'CONTRACT_COMPILE_FAILED',
          message: `The contracts still do not compile after ${maxFixRounds} fix round${maxFixRounds === 1 ? '' : 's'} (solc ${result.compilerVersion}): ${first}`,
          details: { check: 'contract-compile', errors: result.errors },
        });
      }
      return failed(`Contract compile failed (solc ${result.compilerVersion}): ${first}`, issues);
    },
  };
}
