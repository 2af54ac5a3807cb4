/**
 * bench/contract: compile + lint + deploy + first call for the three bundled sample contracts
 * (ERC-20, OpenZeppelin ERC-721 with mint, voting) on `localChain`. One warm-up round loads solc,
 * solhint and the EVM; then the median of 5 rounds per contract. Target: under 1.5 s per contract.
 *
 * Run: pnpm exec tsx bench/contract.ts
 */
import { performance } from 'node:perf_hooks';
import { compileSolidity, lintSolidity, localChain } from '@buildwright/adapters/viem';
import { sampleContracts } from '../packages/adapters/src/viem/sample-contracts.test-support.js';
import type { SampleContract } from '../packages/adapters/src/viem/sample-contracts.test-support.js';

const rounds = 5;
const targetMs = 1_500;

interface Timing {
  compile: number;
  lint: number;
  deploy: number;
  call: number;
  total: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

async function once(chain: ReturnType<typeof localChain>, sample: SampleContract): Promise<Timing> {
  const sources = { [sample.path]: sample.source };
  const start = performance.now();
  const compiled = await compileSolidity({ sources });
  const compiledAt = performance.now();
  if (!compiled.ok) throw new Error(`${sample.contractName} did not compile: ${JSON.stringify(compiled.errors)}`);
  const lint = await lintSolidity({ sources });
  const lintedAt = performance.now();
  if (!lint.ok) throw new Error(`${sample.contractName} has blocking lint findings: ${JSON.stringify(lint.errors)}`);
  const contract = compiled.contracts.find((item) => item.name === sample.contractName)!;
  const deployed = await chain.deploy({ contract, args: sample.constructorArgs });
  const deployedAt = performance.now();
  await chain.read({ address: deployed.address, abi: contract.abi, functionName: sample.firstRead.functionName, args: sample.firstRead.args });
  const end = performance.now();
  return { compile: compiledAt - start, lint: lintedAt - compiledAt, deploy: deployedAt - lintedAt, call: end - deployedAt, total: end - start };
}

const chain = localChain();
try {
  const coldStart = performance.now();
  const samples = sampleContracts();
  for (const sample of samples) await once(chain, sample);
  console.log(`warm-up (loads solc, solhint, EDR; starts the chain): ${(performance.now() - coldStart).toFixed(0)} ms for 3 contracts`);
  console.log(`median of ${rounds} warm rounds, ms:`);
  console.log('contract      compile   lint  deploy  call   total  target');
  for (const sample of samples) {
    const timings: Timing[] = [];
    for (let round = 0; round < rounds; round += 1) timings.push(await once(chain, sample));
    const pick = (key: keyof Timing) => median(timings.map((timing) => timing[key]));
    const total = pick('total');
    console.log(
      `${sample.contractName.padEnd(12)} ${pick('compile').toFixed(0).padStart(8)} ${pick('lint').toFixed(0).padStart(6)} ${pick('deploy').toFixed(0).padStart(7)} ${pick('call').toFixed(0).padStart(5)} ${total.toFixed(0).padStart(7)}  ${total < targetMs ? 'ok' : `over ${targetMs}`}`,
    );
  }
} finally {
  await chain.close();
}
