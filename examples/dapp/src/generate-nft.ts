// Generates the NFT DApp of examples/transcripts/nft-mint.json on the embedded defaults: the
// scripted model, a local sandbox, PGlite storage and a local chain, with every dapp check.
// Run from the repository root:  pnpm exec tsx examples/dapp/src/generate-nft.ts [--serve]
import { mkdir } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { createBuilder } from '@buildwright/core';
import { dappChecks } from '@buildwright/adapters/dapp';
import { localSandbox } from '@buildwright/adapters/local';
import { pgliteStorage } from '@buildwright/adapters/pglite';
import { scriptedLlm } from '@buildwright/adapters/scripted';
import { templates } from '@buildwright/adapters/templates';
import { localChain } from '@buildwright/adapters/viem';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const dataDirectory = here('../.buildwright');
// PGlite creates its data directory but not the parents.
await mkdir(dataDirectory, { recursive: true });

const chain = localChain();
const builder = createBuilder({
  llm: scriptedLlm({ transcript: here('../../transcripts/nft-mint.json') }),
  sandbox: localSandbox({ root: `${dataDirectory}/sandboxes` }),
  storage: pgliteStorage({ dataDir: `${dataDirectory}/db` }),
  chain,
  templates,
  checks: dappChecks(),
  artifactsDir: `${dataDirectory}/artifacts`,
});

const run = builder.generate({ prompt: 'Create an NFT collection with a mint page', kind: 'dapp' });
for await (const event of run) {
  if (event.type === 'notice.posted') console.log(`  note: ${event.message}`);
  if (event.type === 'plan.created') console.log(`plan: ${event.plan.title} (${event.plan.steps.length} steps)`);
  if (event.type === 'file.written') console.log(`  wrote ${event.path}`);
  if (event.type === 'contract.compiled') console.log(`compiled ${event.contracts.map((contract) => contract.name).join(', ')}`);
  if (event.type === 'contract.compile_failed') console.log(`compile failed: ${event.errors[0]?.message}`);
  if (event.type === 'contract.deployed') console.log(`deployed ${event.name} at ${event.address} on ${event.network} (chain ${event.chainId}), tx ${event.txHash}`);
  if (event.type === 'check.passed') console.log(`✓ ${event.check} (${event.durationMs} ms)`);
  if (event.type === 'check.skipped') console.log(`- ${event.check}: skipped, ${event.reason}`);
  if (event.type === 'check.failed') console.log(`✗ ${event.check}\n${event.report}`);
  if (event.type === 'run.failed') console.log(`run failed (${event.code}): ${event.message}`);
}

try {
  const result = await run.result;
  const [contract] = await builder.options.storage.listContracts({ ownerId: 'local', projectId: result.project.id });
  console.log(`\nversion ${result.version.number} of project ${result.project.id}: ${Object.keys(result.files).length} files`);
  console.log(`contract record: ${contract?.name} ${contract?.address} (${contract?.status})`);
  console.log(`screenshot after the mint: ${result.screenshotPath}`);
  if (process.argv.includes('--serve')) {
    const { rpcUrl } = await chain.info();
    console.log(`\npreview: ${result.previewUrl} (chain ${rpcUrl}); press Ctrl+C to stop`);
    process.once('SIGINT', () => void builder.close().then(() => process.exit(0)));
  } else {
    await builder.close();
  }
} catch (error) {
  console.error(`\n${error instanceof Error ? error.message : String(error)}`);
  await builder.close();
  process.exitCode = 1;
}
