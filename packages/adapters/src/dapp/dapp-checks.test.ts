import { afterAll, describe, expect, it } from 'vitest';
import { sampleContracts } from '../viem/sample-contracts.test-support.js';
import { localChain } from '../viem/index.js';
import { coerceArguments } from './coerce-arguments.js';
import { contractCallsCheck } from './contract-calls-check.js';
import { contractCompileCheck } from './contract-compile-check.js';
import { contractDeployCheck } from './contract-deploy-check.js';
import { contractLintCheck } from './contract-lint-check.js';
import { contractTestsCheck } from './contract-tests-check.js';
import { dappChecks } from './dapp-checks.js';
import { checkContexts } from './dapp.test-support.js';
import { createDappSession } from './dapp-session.js';
import { shows } from './page-values.js';

const chain = localChain();
const contexts = checkContexts(chain);
afterAll(async () => {
  await chain.close();
  await contexts.cleanup();
});

const [token, collection] = sampleContracts();
const tokenFiles = () => ({
  'contracts/Token.sol': token!.source,
  'contracts/deploy.json': JSON.stringify({ contract: 'Token', args: ['Buildwright Token', 'BWT', '1000000000000000000000000'] }),
});

describe('dappChecks', () => {
  it('default: the checks in run order, contract checks for dapp projects only', () => {
    const checks = dappChecks();
    expect(checks.map((check) => check.name)).toEqual([
      'contract-compile',
      'contract-lint',
      'contract-deploy',
      'imports',
      'install',
      'validate',
      'build-app',
      'browser',
      'contract-calls',
      'contract-tests',
      'dapp-browser',
    ]);
    expect(checks.filter((check) => check.name.startsWith('contract-') || check.name === 'dapp-browser').every((check) => check.kinds?.join() === 'dapp')).toBe(true);
    expect(checks.find((check) => check.name === 'browser')?.kinds).toEqual(['web', 'dapp']);
  });

  it('args: false leaves checks out', () => {
    expect(dappChecks({ web: false, lint: false, tests: false, browser: false }).map((check) => check.name)).toEqual(['contract-compile', 'contract-deploy', 'contract-calls']);
  });
});

describe('contractCompileCheck', () => {
  it('default: compiles contracts/*.sol and emits contract.compiled', async () => {
    const { context, events } = await contexts.open(tokenFiles());
    expect(await contractCompileCheck().run(context)).toEqual({ status: 'passed' });
    expect(events).toEqual([{ type: 'contract.compiled', contracts: [{ name: 'Token', file: 'contracts/Token.sol' }], warnings: [] }]);
  });

  it('behavior: an OpenZeppelin import resolves before the project installed anything', async () => {
    const { context, sandbox } = await contexts.open({ 'contracts/Collection.sol': collection!.source });
    expect(await sandbox.readFile('node_modules/@openzeppelin/contracts/package.json')).toBeUndefined();
    expect(await contractCompileCheck().run(context)).toEqual({ status: 'passed' });
  });

  it('error: a missing semicolon fails with file:line for the fix step and emits contract.compile_failed', async () => {
    const { context, events } = await contexts.open({ 'contracts/Token.sol': token!.source.replace('totalSupply = initialSupply;', 'totalSupply = initialSupply') });
    const result = await contractCompileCheck().run(context);
    expect(result.status).toBe('failed');
    if (result.status !== 'failed') return;
    expect(result.report).toMatch(/^Contract compile failed \(solc 0\.8\.\d+\): contracts\/Token\.sol:\d+:\d+: ParserError: Expected ';'/);
    expect(result.issues[0]).toMatchObject({ file: 'contracts/Token.sol', line: expect.any(Number) });
    expect(events[0]).toMatchObject({ type: 'contract.compile_failed', errors: [expect.objectContaining({ severity: 'error', file: 'contracts/Token.sol', rule: 'ParserError' })] });
  });

  it('error: after maxFixRounds failures in one run the next one ends the run with CONTRACT_COMPILE_FAILED naming the error', async () => {
    const check = contractCompileCheck({ maxFixRounds: 1, session: createDappSession() });
    const { context } = await contexts.open({ 'contracts/Bad.sol': 'pragma solidity ^0.8.24;\ncontract Bad { uint256 public value = "text"; }\n' }, 'run-compile-budget');
    expect((await check.run(context)).status).toBe('failed');
    await expect(check.run(context)).rejects.toMatchObject({
      code: 'CONTRACT_COMPILE_FAILED',
      details: expect.objectContaining({ check: 'contract-compile' }),
      message: expect.stringMatching(/after 1 fix round .*contracts\/Bad\.sol:2:\d+: TypeError/),
    });
  });

  it('error: a dapp project without contracts fails and says where to write one', async () => {
    const { context } = await contexts.open({ 'src/App.tsx': 'export default () => null;' });
    const result = await contractCompileCheck().run(context);
    expect(result.status === 'failed' && result.report).toContain('write the contract as contracts/<Name>.sol');
  });
});

describe('contractLintCheck', () => {
  it('error: tx.origin authorization blocks; warnings are posted as a notice', async () => {
    const source = 'pragma solidity 0.8.24;\ncontract Vault {\n  address owner = msg.sender;\n  function drain() external {\n    require(tx.origin == owner, "owner");\n  }\n}\n';
    const { context } = await contexts.open({ 'contracts/Vault.sol': source });
    const result = await contractLintCheck().run(context);
    expect(result.status === 'failed' && result.issues).toEqual(
      expect.arrayContaining([expect.objectContaining({ file: 'contracts/Vault.sol', line: 5, message: expect.stringContaining('avoid-tx-origin') })]),
    );
    const { context: clean, events } = await contexts.open(tokenFiles());
    expect(await contractLintCheck().run(clean)).toEqual({ status: 'passed' });
    expect(events).toEqual([
      expect.objectContaining({ type: 'notice.posted', level: 'info', message: expect.stringMatching(/^Solidity lint: \d+ warnings \(not blocking\): contracts\/Token\.sol:\d+:\d+: /) }),
    ]);
  });
});

describe('contractDeployCheck', () => {
  it('default: deploys the contract named in deploy.json, stores the record, emits contract.deployed and writes the typed module', async () => {
    const { context, events, sandbox } = await contexts.open(tokenFiles());
    expect(await contractDeployCheck().run(context)).toEqual({ status: 'passed' });
    const deployed = events.find((event) => event.type === 'contract.deployed');
    expect(deployed).toMatchObject({ name: 'Token', chainId: 31337, network: 'local', explorerUrl: null, txHash: expect.stringMatching(/^0x[0-9a-f]{64}$/) });
    const address = (deployed as { address: `0x${string}` }).address;
    expect(await chain.read({ address, abi: (await chain.compile({ sources: { 'contracts/Token.sol': token!.source } })).contracts[0]!.abi, functionName: 'symbol' })).toBe('BWT');
    expect(await contexts.storage.listContracts({ ownerId: 'local', projectId: context.projectId })).toEqual([
      expect.objectContaining({
        name: 'Token',
        address,
        chainId: 31337,
        network: 'local',
        runId: context.runId,
        status: 'deployed',
        txHash: (deployed as { txHash: string }).txHash,
        explorerUrl: null,
        source: token!.source,
        abi: expect.arrayContaining([expect.objectContaining({ name: 'transfer' })]),
      }),
    ]);
    const module = context.files['src/contracts/deployed.ts']!;
    expect(module).toContain(`export const address = "${address}" as const;`);
    expect(module).toContain('export const chainId = 31337;');
    expect(module).toContain(`export const rpcUrl = "${(await chain.info()).rpcUrl}";`);
    expect(module).toMatch(/export const abi = \[[\s\S]*"name": "transfer"[\s\S]*\] as const;/);
    expect(module).toContain('export const deployArgs = ["Buildwright Token", "BWT", 1000000000000000000000000n] as const;');
    expect(await sandbox.readFile('.env.production.local')).toContain('VITE_BUILDWRIGHT_PREVIEW_ACCOUNT=0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266');
  });

  it('behavior: unchanged bytecode and arguments in the same run are not deployed again; changed arguments are', async () => {
    const check = contractDeployCheck({ session: createDappSession() });
    const { context, events } = await contexts.open(tokenFiles(), 'run-redeploy');
    await check.run(context);
    await check.run(context);
    expect(events.filter((event) => event.type === 'contract.deployed')).toHaveLength(1);
    await context.writeFiles({ 'contracts/deploy.json': JSON.stringify({ contract: 'Token', args: ['Other', 'OTH', '5'] }) });
    await check.run(context);
    const deploys = events.filter((event) => event.type === 'contract.deployed');
    expect(deploys).toHaveLength(2);
    expect(context.files['src/contracts/deployed.ts']).toContain(`"${(deploys[1] as { address: string }).address}"`);
  });

  it('behavior: a later run (an edit) reuses the contract recorded in the module while bytecode, arguments and code on chain are unchanged', async () => {
    const first = await contexts.open(tokenFiles(), 'run-before-edit');
    await contractDeployCheck({ session: createDappSession() }).run(first.context);
    const [deployed] = first.events.filter((event) => event.type === 'contract.deployed');
    const edit = await contexts.open({ ...first.context.files, 'src/App.tsx': 'export default () => null;' }, 'run-edit');
    expect(await contractDeployCheck({ session: createDappSession() }).run(edit.context)).toEqual({ status: 'passed' });
    expect(edit.events.filter((event) => event.type === 'contract.deployed')).toEqual([]);
    expect(edit.context.files['src/contracts/deployed.ts']).toContain(`export const address = "${(deployed as { address: string }).address}" as const;`);
  });

  it('behavior: a local chain started again (a resumed run) gets the recorded contract back at its address, neither announced nor stored again', async () => {
    const [before, after] = [localChain(), localChain()];
    const [first, again] = [checkContexts(before), checkContexts(after)];
    try {
      const cutOff = await first.open(tokenFiles(), 'run-resumed');
      await contractDeployCheck({ session: createDappSession() }).run(cutOff.context);
      const [deployed] = cutOff.events.filter((event) => event.type === 'contract.deployed');
      const session = createDappSession();
      const resumed = await again.open({ ...cutOff.context.files }, 'run-resumed');
      expect(await contractDeployCheck({ session }).run(resumed.context)).toEqual({ status: 'passed' });
      expect(resumed.events.filter((event) => event.type === 'contract.deployed')).toEqual([]);
      expect(await again.storage.listContracts({ ownerId: 'local', projectId: resumed.context.projectId })).toEqual([]);
      expect(resumed.context.files['src/contracts/deployed.ts']).toContain(`export const address = "${(deployed as { address: string }).address}" as const;`);
      // The contract is really there again: the calls check reads it on the new chain.
      expect(await contractCallsCheck({ session }).run(resumed.context)).toEqual({ status: 'passed' });
    } finally {
      await Promise.all([before.close(), after.close()]);
      await Promise.all([first.cleanup(), again.cleanup()]);
    }
  });

  it('behavior: without deploy.json the only contract with a no-argument constructor is deployed', async () => {
    const { context, events } = await contexts.open({
      'contracts/Counter.sol': 'pragma solidity ^0.8.24;\ncontract Counter { uint256 public count; function increment() external { count += 1; } }\n',
    });
    expect(await contractDeployCheck().run(context)).toEqual({ status: 'passed' });
    expect(events.find((event) => event.type === 'contract.deployed')).toMatchObject({ name: 'Counter' });
  });

  it('error: a constructor that needs arguments without deploy.json asks for deploy.json', async () => {
    const { context } = await contexts.open({ 'contracts/Token.sol': token!.source });
    const result = await contractDeployCheck().run(context);
    expect(result.status === 'failed' && result.report).toContain('missing: write contracts/deploy.json naming the contract to deploy');
  });

  it('error: deploy.json with the wrong argument count or an unknown contract names the problem', async () => {
    const wrongCount = await contexts.open({ ...tokenFiles(), 'contracts/deploy.json': '{ "contract": "Token", "args": ["x"] }' });
    const first = await contractDeployCheck().run(wrongCount.context);
    expect(first.status === 'failed' && first.report).toContain(
      'contracts/deploy.json: the constructor of Token takes 3 arguments (string tokenName, string tokenSymbol, uint256 initialSupply), deploy.json gives 1',
    );
    const unknown = await contexts.open({ ...tokenFiles(), 'contracts/deploy.json': '{ "contract": "Tokn" }' });
    const second = await contractDeployCheck().run(unknown.context);
    expect(second.status === 'failed' && second.report).toContain('"Tokn" is not a compiled contract (compiled: Token)');
  });

  it('error: a constructor that reverts goes to the fix step with the reason', async () => {
    const { context } = await contexts.open({ 'contracts/Ballot.sol': sampleContracts()[2]!.source, 'contracts/deploy.json': '{ "contract": "Ballot", "args": [[]] }' });
    const result = await contractDeployCheck().run(context);
    expect(result.status === 'failed' && result.report).toContain('Ballot: no proposals');
  });
});

describe('contractCallsCheck', () => {
  it('default: calls every view without arguments and posts the values', async () => {
    const session = createDappSession();
    const { context, events } = await contexts.open(tokenFiles());
    await contractDeployCheck({ session }).run(context);
    expect(await contractCallsCheck({ session }).run(context)).toEqual({ status: 'passed' });
    const notice = events.at(-1);
    expect(notice).toMatchObject({ type: 'notice.posted', message: expect.stringContaining('Token.totalSupply() = 1000000000000000000000000') });
    expect(notice).toMatchObject({ message: expect.stringContaining('Token.symbol() = "BWT"') });
  });

  it('error: a view that reverts right after deploy fails with its line and reason', async () => {
    const source =
      'pragma solidity ^0.8.24;\ncontract Shelf {\n  uint256[] public items;\n  function first() external view returns (uint256) {\n    require(items.length > 0, "Shelf: empty");\n    return items[0];\n  }\n}\n';
    const { context } = await contexts.open({ 'contracts/Shelf.sol': source });
    const session = createDappSession();
    expect(await contractDeployCheck({ session }).run(context)).toEqual({ status: 'passed' });
    const result = await contractCallsCheck({ session }).run(context);
    expect(result.status === 'failed' && result.issues).toEqual([{ file: 'contracts/Shelf.sol', line: 4, message: 'Shelf.first() reverts right after deploy: Shelf: empty' }]);
  });
});

describe('contractTestsCheck', () => {
  it('behavior: skipped with the reason when the project has no tests', async () => {
    const { context } = await contexts.open(tokenFiles());
    expect(await contractTestsCheck().run(context)).toEqual({ status: 'skipped', reason: 'the project has no contract tests (test/*.test.ts)' });
  });
});

describe('page values', () => {
  it('behavior: an element shows a value raw, formatted with 18 decimals or with separators; strings, addresses, booleans and tuples by their parts', () => {
    expect(shows('1000000000000000000000000', 10n ** 24n)).toBe(true);
    expect(shows('1,000,000 BWT', 10n ** 24n)).toBe(true);
    expect(shows('1000000.0', 10n ** 24n)).toBe(true);
    expect(shows('Balance: 25', 250n)).toBe(false);
    expect(shows('Tabs — 1 votes', ['Tabs', 1n])).toBe(true);
    expect(shows('Tabs — 0 votes', ['Tabs', 1n])).toBe(false);
    expect(shows('owner 0xf39fd6e51aad88f6f4ce6ab8827279cfffb92266', '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266')).toBe(true);
    expect(shows('true', true)).toBe(true);
  });

  it('args: JSON arguments are coerced to the ABI types (integers to bigint, arrays, tuples)', () => {
    expect(coerceArguments([{ type: 'string' }, { type: 'uint256' }, { type: 'uint8[]' }], ['x', '12', [1, '2']])).toEqual(['x', 12n, [1n, 2n]]);
    expect(
      coerceArguments(
        [
          {
            type: 'tuple',
            components: [
              { name: 'id', type: 'uint64' },
              { name: 'label', type: 'string' },
            ],
          },
        ],
        [{ id: 3, label: 'a' }],
      ),
    ).toEqual([{ id: 3n, label: 'a' }]);
    expect(() => coerceArguments([{ name: 'amount', type: 'uint256' }], ['1.5'])).toThrow(/amount must be an integer \(uint256\), given "1.5"/);
  });
});
