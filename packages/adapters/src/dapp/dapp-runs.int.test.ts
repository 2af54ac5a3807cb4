import { copyFileSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { BuildwrightEvent, EventOf, Transcript, TranscriptTurn } from '@buildwright/core';
import { buildCheck, installCheck } from '../checks/index.js';
import { dappViteTemplate } from '../templates/index.js';
import { sampleContracts } from '../viem/sample-contracts.test-support.js';
import { contractDeployCheck } from './contract-deploy-check.js';
import { dappBrowserCheck } from './dapp-browser-check.js';
import { createDappSession } from './dapp-session.js';
import { checkContexts, collectEvents, dappRuns } from './dapp.test-support.js';

// Slow by nature (installs from the shared dependency cache, tsc, eslint, vite build, Chromium):
// one local chain and one dependency cache serve every run of this file.
const transcriptPath = (name: string) => fileURLToPath(new URL(`../../../../examples/transcripts/${name}`, import.meta.url));
const runs = dappRuns();
afterAll(() => runs.cleanup());

const devAccount = '0xf39Fd6e51aad88F6F4ce6aB8827279cffFb92266';
const fullRun = [
  'contract-compile:passed',
  'contract-lint:passed',
  'contract-deploy:passed',
  'imports:passed',
  'install:passed',
  'validate:passed',
  'build-app:passed',
  'browser:passed',
  'contract-calls:passed',
];

/** Failed checks and the run failure, with their reports: empty when the run went through cleanly. */
const failures = (events: BuildwrightEvent[]) =>
  events.flatMap((event) => (event.type === 'check.failed' ? [`${event.check}: ${event.report}`] : event.type === 'run.failed' ? [`run.failed ${event.code}: ${event.message}`] : []));
const checkOutcomes = (events: BuildwrightEvent[]) =>
  events.flatMap((event) =>
    event.type === 'check.passed' ? [`${event.check}:passed`] : event.type === 'check.failed' ? [`${event.check}:failed`] : event.type === 'check.skipped' ? [`${event.check}:skipped`] : [],
  );
const only = <T extends BuildwrightEvent['type']>(events: BuildwrightEvent[], type: T) => events.filter((event): event is EventOf<T> => event.type === type);

async function generateDapp(transcript: Transcript | string, prompt: string, extra: { contract?: { address: `0x${string}`; abi: unknown[]; chainId: number; name?: string } } = {}) {
  const { builder, storage } = runs.builder(transcript);
  const run = builder.generate({ prompt, kind: 'dapp', ...extra });
  const events = await collectEvents(run);
  return { run, events, storage };
}

/** The run completed; its contract is deployed, stored, and the DApp check saw the page read and write it. */
async function expectDeployedAndUsed(outcome: Awaited<ReturnType<typeof generateDapp>>, name: string) {
  const { run, events, storage } = outcome;
  expect(failures(events)).toEqual([]);
  const result = await run.result;
  const [deployed] = only(events, 'contract.deployed');
  expect(deployed).toMatchObject({ name, chainId: 31337, network: 'local', explorerUrl: null });
  expect(await storage.listContracts({ ownerId: 'local', projectId: run.projectId })).toEqual([
    expect.objectContaining({ name, address: deployed!.address, txHash: deployed!.txHash, chainId: 31337, status: 'deployed', source: expect.stringContaining(`contract ${name}`) }),
  ]);
  expect(result.files['src/contracts/deployed.ts']).toContain(`export const address = "${deployed!.address}" as const;`);
  expect(result.files['.env.production.local']).toBeUndefined();
  expect(only(events, 'notice.posted').at(-1)?.message).toMatch(
    new RegExp(`^DApp check: the page showed \\d+ on-chain values?, ".+" sent 0x[0-9a-f]{64} to ${name}, and the page then showed .+ updated\\.$`),
  );
  expect(result.screenshotPath).toMatch(/dapp-\d+\.png$/);
  expect(readFileSync(result.screenshotPath!).subarray(1, 4).toString()).toBe('PNG');
  return { result, address: deployed!.address as `0x${string}` };
}

const abiOf = async (name: string) => {
  const sample = sampleContracts().find((candidate) => candidate.contractName === name)!;
  const compiled = await runs.chain.compile({ sources: { [sample.path]: sample.source } });
  return compiled.contracts.find((contract) => contract.name === name)!.abi;
};

describe('dapp runs end to end (scripted model, local sandbox, local chain, Chromium)', () => {
  it('default: erc20-transfer.json deploys the token, tests it, and the page shows balances and transfers in Chromium', async () => {
    const outcome = await generateDapp(transcriptPath('erc20-transfer.json'), 'An ERC-20 token with a transfer page');
    expect(failures(outcome.events)).toEqual([]);
    expect(checkOutcomes(outcome.events)).toEqual([...fullRun, 'contract-tests:passed', 'dapp-browser:passed']);
    const { result, address } = await expectDeployedAndUsed(outcome, 'Token');
    // The transfer the page sent (25 tokens to the data-bw-example recipient) is on chain.
    expect(await runs.chain.read({ address, abi: await abiOf('Token'), functionName: 'balanceOf', args: ['0x70997970C51812dc3A010C7d01b50e0d17dc79C8'] })).toBe(25n * 10n ** 18n);
    // To look at it: BUILDWRIGHT_SCREENSHOT_COPY=/tmp/erc20.png pnpm exec vitest run <this file> -t erc20
    if (process.env.BUILDWRIGHT_SCREENSHOT_COPY) copyFileSync(result.screenshotPath!, process.env.BUILDWRIGHT_SCREENSHOT_COPY);
  }, 600_000);

  it('default: nft-mint.json deploys the OpenZeppelin ERC-721 and the page mints a token', async () => {
    const outcome = await generateDapp(transcriptPath('nft-mint.json'), 'Create an NFT collection with a mint page');
    expect(failures(outcome.events)).toEqual([]);
    expect(checkOutcomes(outcome.events)).toEqual([...fullRun, 'contract-tests:skipped', 'dapp-browser:passed']);
    const { address } = await expectDeployedAndUsed(outcome, 'Collection');
    const abi = await abiOf('Collection');
    expect(await runs.chain.read({ address, abi, functionName: 'totalMinted' })).toBe(1n);
    expect(await runs.chain.read({ address, abi, functionName: 'ownerOf', args: [1n] })).toBe(devAccount);
  }, 600_000);

  it('default: voting.json deploys the ballot, tests it, and the page casts a vote', async () => {
    const outcome = await generateDapp(transcriptPath('voting.json'), 'A voting DApp');
    expect(failures(outcome.events)).toEqual([]);
    expect(checkOutcomes(outcome.events)).toEqual([...fullRun, 'contract-tests:passed', 'dapp-browser:passed']);
    const { address } = await expectDeployedAndUsed(outcome, 'Ballot');
    const abi = await abiOf('Ballot');
    expect(await runs.chain.read({ address, abi, functionName: 'proposals', args: [0n] })).toEqual(['Tabs', 1n]);
    expect(await runs.chain.read({ address, abi, functionName: 'hasVoted', args: [devAccount] })).toBe(true);
  }, 600_000);

  it('behavior: contract-fix.json — the first contract misses a semicolon, the fix turn adds it, and the run completes', async () => {
    const outcome = await generateDapp(transcriptPath('contract-fix.json'), 'An on-chain counter');
    const { events } = outcome;
    const [compileFailed] = only(events, 'contract.compile_failed');
    expect(compileFailed?.errors[0]).toMatchObject({ severity: 'error', file: 'contracts/Counter.sol', line: 13, rule: 'ParserError', message: expect.stringContaining("Expected ';'") });
    expect(only(events, 'fix.started')).toEqual([expect.objectContaining({ attempt: 1, check: 'contract-compile', report: expect.stringContaining('contracts/Counter.sol:13:') })]);
    expect(only(events, 'contract.compiled')).toHaveLength(1);
    expect(checkOutcomes(events)).toEqual(['contract-compile:failed', ...fullRun, 'contract-tests:skipped', 'dapp-browser:passed']);
    const { result, address } = await expectDeployedAndUsed({ ...outcome, events: events.filter((event) => event.type !== 'check.failed') }, 'Counter');
    expect(result.files['contracts/Counter.sol']).toContain('count += 1;');
    expect(
      await runs.chain.read({ address, abi: (await runs.chain.compile({ sources: { 'contracts/Counter.sol': result.files['contracts/Counter.sol']! } })).contracts[0]!.abi, functionName: 'count' }),
    ).toBe(1n);
  }, 600_000);

  it('error: a contract that never compiles stops after 3 fix rounds with run.failed naming the compiler error', async () => {
    const broken = (type: string) => `// SPDX-License-Identifier: MIT\npragma solidity ^0.8.24;\n\ncontract Tally {\n    ${type} public total = "none";\n}\n`;
    const write = (content: string) => ({ name: 'write_file', arguments: { path: 'contracts/Tally.sol', content } });
    const fix = (type: string): TranscriptTurn => ({ node: 'fix', toolCalls: [write(broken(type)), { name: 'finish', arguments: { summary: `Changed the type to ${type}.` } }] });
    const transcript: Transcript = {
      format: 'buildwright.transcript/v1',
      turns: [
        {
          node: 'plan',
          toolCalls: [{ name: 'submit_plan', arguments: { title: 'Tally', summary: 'A tally contract', steps: [{ id: 'contract', title: 'Tally contract', files: ['contracts/Tally.sol'] }] } }],
        },
        { node: 'build', toolCalls: [write(broken('uint256')), { name: 'finish', arguments: { summary: 'Tally written.' } }] },
        fix('uint128'),
        fix('int256'),
        fix('bool'),
      ],
    };
    const { run, events } = await generateDapp(transcript, 'A tally');
    await expect(run.result).rejects.toMatchObject({ code: 'CONTRACT_COMPILE_FAILED' });
    expect(only(events, 'contract.compile_failed')).toHaveLength(4);
    expect(only(events, 'fix.started').map((event) => event.attempt)).toEqual([1, 2, 3]);
    const failed = events.at(-1);
    expect(failed).toMatchObject({ type: 'run.failed', code: 'CONTRACT_COMPILE_FAILED', check: 'contract-compile' });
    expect(failed?.type === 'run.failed' && failed.message).toMatch(
      /still do not compile after 3 fix rounds \(solc 0\.8\.\d+\): contracts\/Tally\.sol:5:\d+: TypeError: Type literal_string "none" is not implicitly convertible to expected type bool/,
    );
    expect(only(events, 'contract.deployed')).toEqual([]);
  }, 120_000);

  it('behavior: generate({ contract }) builds a frontend for an already-deployed token: no compile or deploy, the page reads and writes it', async () => {
    const sample = sampleContracts().find((candidate) => candidate.contractName === 'Token')!;
    const compiled = await runs.chain.compile({ sources: { [sample.path]: sample.source } });
    const token = compiled.contracts.find((contract) => contract.name === 'Token')!;
    const existing = await runs.chain.deploy({ contract: token, args: sample.constructorArgs });
    const erc20 = JSON.parse(readFileSync(transcriptPath('erc20-transfer.json'), 'utf8')) as Transcript;
    const pageWrites = erc20.turns.flatMap((turn) => turn.toolCalls).filter((call) => typeof call.arguments === 'object' && String(call.arguments.path).startsWith('src/'));
    const transcript: Transcript = {
      format: 'buildwright.transcript/v1',
      turns: [
        {
          node: 'plan',
          toolCalls: [
            { name: 'submit_plan', arguments: { title: 'Token page', summary: 'A page for the existing token', steps: [{ id: 'page', title: 'Stats and transfer form', files: ['src/App.tsx'] }] } },
          ],
        },
        { node: 'build', toolCalls: [...pageWrites, { name: 'finish', arguments: { summary: 'Token page.' } }] },
      ],
    };
    const { run, events, storage } = await generateDapp(transcript, 'A page for my token', { contract: { address: existing.address, abi: token.abi, chainId: 31337, name: 'Token' } });
    expect(failures(events)).toEqual([]);
    expect(checkOutcomes(events)).toEqual([
      'contract-compile:skipped',
      'contract-lint:skipped',
      'contract-deploy:passed',
      'imports:passed',
      'install:passed',
      'validate:passed',
      'build-app:passed',
      'browser:passed',
      'contract-calls:passed',
      'contract-tests:skipped',
      'dapp-browser:passed',
    ]);
    expect(only(events, 'contract.deployed')).toEqual([]);
    expect(await storage.listContracts({ ownerId: 'local', projectId: run.projectId })).toEqual([]);
    const result = await run.result;
    expect(JSON.parse(result.files['contracts/existing.json']!)).toMatchObject({ name: 'Token', address: existing.address, chainId: 31337 });
    expect(result.files['src/contracts/deployed.ts']).toContain(`export const address = "${existing.address}" as const;`);
    expect(result.files['src/contracts/deployed.ts']).toContain('export const bytecode: `0x${string}` | null = null;');
    expect(await runs.chain.read({ address: existing.address, abi: token.abi, functionName: 'balanceOf', args: ['0x70997970C51812dc3A010C7d01b50e0d17dc79C8'] })).toBe(25n * 10n ** 18n);
  }, 600_000);

  it('error: a page that does not refetch after its transaction fails the dapp-browser check, naming the stale value', async () => {
    const counter = 'pragma solidity ^0.8.24;\ncontract Counter { uint256 public count; function increment() external { count += 1; } }\n';
    const staleApp = `import { useReadContract, useWriteContract } from 'wagmi';
import { abi, address } from './contracts/deployed';

export default function App() {
  const { data: count } = useReadContract({ address, abi, functionName: 'count' });
  const { writeContract } = useWriteContract();
  return (
    <main>
      <p data-bw-read="count">{count?.toString() ?? '…'}</p>
      <button onClick={() => writeContract({ address, abi, functionName: 'increment' })} data-bw-write>Increment</button>
    </main>
  );
}
`;
    const contexts = checkContexts(runs.chain);
    try {
      const { context } = await contexts.open({ ...dappViteTemplate.files, 'contracts/Counter.sol': counter, 'src/App.tsx': staleApp });
      const session = createDappSession();
      for (const check of [contractDeployCheck({ session }), installCheck(), buildCheck()]) expect(await check.run(context)).toEqual({ status: 'passed' });
      const result = await dappBrowserCheck({ session, waitMs: 4_000 }).run(context);
      expect(result.status).toBe('failed');
      if (result.status !== 'failed') return;
      // The transaction itself went through: the check saw it on chain, then the page kept showing 0.
      expect(result.report).toMatch(/^DApp browser check failed: after the transaction 0x[0-9a-f]{64}, the page does not show the on-chain values within 4 s/);
      expect(result.report).toMatch(/^Counter\.count\(\[\]\) is shown as "0" but the contract returns 1$/m);
    } finally {
      await contexts.cleanup();
    }
  }, 300_000);

  it('error: generate({ contract }) for a kind other than dapp is INVALID_INPUT', () => {
    const { builder } = runs.builder({ format: 'buildwright.transcript/v1', turns: [] });
    expect(() => builder.generate({ prompt: 'x', kind: 'web', contract: { address: devAccount, abi: [], chainId: 31337 } })).toThrow(
      /a frontend for an existing contract is a dapp; pass kind: 'dapp'/,
    );
  });
});
