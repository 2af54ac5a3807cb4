import { createHash } from 'node:crypto';
import { BuildwrightError } from '@buildwright/core';
import type { ChainAdapter, ChainInfo, CheckContext, CheckIssue, CheckResult, CompiledContract, StorageAdapter } from '@buildwright/core';
import { failed } from '../checks/check-report.js';
import { importPeer } from '../internal/peer-dependency.js';
import { coerceArguments } from './coerce-arguments.js';
import type { AbiParameterLike } from './coerce-arguments.js';
import { compileProject, requireChain } from './compile-project.js';
import type { DappSession, Deployment } from './dapp-session.js';
import { readDeployConfig } from './deploy-config.js';
import type { DeployEntry } from './deploy-config.js';
import { readRecordedDeployments, renderDeployedModule } from './deployed-module.js';
import { readExistingContract } from './existing-contract.js';
import type { ExistingContract } from './existing-contract.js';
import { jsonRpc } from './json-rpc.js';
import { stringifyJson } from './json-value.js';
import { dappPaths, previewAccountVariable } from './project-paths.js';

/** A check context that may also carry the run's storage (every run node's context does). */
export type DappCheckContext = CheckContext & { storage?: StorageAdapter };

export interface DeployProjectOptions {
  /** Write the sandbox-only preview env file that turns on the dev connector. Default true. */
  previewConnector?: boolean;
}

export type DeployOutcome = { status: 'deployed'; deployments: Deployment[] } | { status: 'failed'; result: CheckResult } | { status: 'skipped'; reason: string };

/** Deploy errors the model can fix (constructor requirements, arguments); the rest end the run. */
const fixableDeployCodes = new Set(['CHAIN_REVERTED', 'CONTRACT_DEPLOY_FAILED', 'INVALID_INPUT']);

/**
 * Deploys the project's contracts (or takes the existing contract of a frontend-for-contract
 * project), reusing this run's earlier deploy when the bytecode and arguments did not change;
 * stores each new contract record, emits `contract.deployed`, writes `src/contracts/deployed.ts`
 * and, on a chain with dev accounts, the preview's env file. Shared by the deploy check and the
 * later checks (which call it when the run's deployment is not known in this process, e.g. after
 * a resume).
 */
export async function deployProject(context: DappCheckContext, session: DappSession, options: DeployProjectOptions = {}): Promise<DeployOutcome> {
  const chain = requireChain(context);
  const info = await chain.info();
  const existing = readExistingContract(context.files);
  let outcome: DeployOutcome;
  if (existing) {
    outcome = await useExisting(context, session, info, existing);
  } else {
    outcome = await deployCompiled(context, session, chain, info);
  }
  if (outcome.status !== 'deployed') return outcome;
  session.setDeployments(context.runId, outcome.deployments);
  const module = renderDeployedModule(outcome.deployments);
  if (context.files[dappPaths.deployedModule] !== module) await context.writeFiles({ [dappPaths.deployedModule]: module });
  const primary = outcome.deployments[0]!;
  const devAccount = info.devAccounts[0];
  if ((options.previewConnector ?? true) && devAccount && primary.chainId === info.chainId) {
    const env = `# Written by Buildwright for the preview build in this sandbox only; never part of a version or an export.\n${previewAccountVariable}=${devAccount.address}\n`;
    if ((await context.sandbox.readFile(dappPaths.previewEnvFile)) !== env) await context.sandbox.writeFile(dappPaths.previewEnvFile, env);
  }
  return outcome;
}

async function deployCompiled(context: DappCheckContext, session: DappSession, chain: ChainAdapter, info: ChainInfo): Promise<DeployOutcome> {
  const compiled = await compileProject(context);
  if (!compiled) return { status: 'skipped', reason: 'the project has no Solidity contract to deploy' };
  if (!compiled.result.ok)
    return {
      status: 'failed',
      result: failed(
        'Contract deploy failed: the contracts do not compile (see the contract-compile check)',
        compiled.result.errors.slice(0, 5).map((error) => ({ ...(error.file ? { file: error.file } : {}), ...(error.line ? { line: error.line } : {}), message: error.message })),
      ),
    };
  const config = readDeployConfig(context.files);
  if (config && 'issue' in config) return { status: 'failed', result: failed('Contract deploy failed: contracts/deploy.json is invalid', [config.issue]) };
  const entries = config?.entries ?? inferEntries(compiled.result.contracts);
  if ('issue' in entries) return { status: 'failed', result: failed('Contract deploy failed: which contract to deploy is not clear', [entries.issue]) };

  const previous = session.deployments(context.runId) ?? [];
  const recordedByKey = new Map(readRecordedDeployments(context.files[dappPaths.deployedModule]).map((recorded) => [`${recorded.name}\0${recorded.key}`, recorded]));
  const deployments: Deployment[] = [];
  for (const entry of entries) {
    const contract = compiled.result.contracts.find((candidate) => candidate.name === entry.contract);
    if (!contract) {
      const names = compiled.result.contracts.map((candidate) => candidate.name).join(', ') || 'none';
      return {
        status: 'failed',
        result: failed('Contract deploy failed: contracts/deploy.json names a contract that was not compiled', [
          { file: dappPaths.deployConfig, message: `"${entry.contract}" is not a compiled contract (compiled: ${names})` },
        ]),
      };
    }
    const inputs = (contract.abi as Array<{ type?: string; inputs?: AbiParameterLike[] }>).find((item) => item.type === 'constructor')?.inputs ?? [];
    let args: unknown[];
    try {
      if (entry.args.length !== inputs.length) {
        throw new Error(
          `the constructor of ${contract.name} takes ${inputs.length} argument${inputs.length === 1 ? '' : 's'} (${inputs.map((input) => `${input.type} ${input.name ?? ''}`.trim()).join(', ') || 'none'}), deploy.json gives ${entry.args.length}`,
        );
      }
      args = coerceArguments(inputs, entry.args);
    } catch (error) {
      return { status: 'failed', result: failed('Contract deploy failed: constructor arguments do not fit', [{ file: dappPaths.deployConfig, message: (error as Error).message }]) };
    }
    const key = createHash('sha256')
      .update(`${info.chainId}\0${contract.bytecode}\0${stringifyJson(args)}`)
      .digest('hex');
    const reused = previous.find((deployment) => deployment.key === key && deployment.name === contract.name);
    if (reused) {
      deployments.push(reused);
      continue;
    }
    // An earlier run (an edit) deployed the same bytecode and arguments, and the contract is still there.
    const recorded = recordedByKey.get(`${contract.name}\0${key}`);
    const recordedHere = recorded && recorded.chainId === info.chainId ? recorded : undefined;
    if (recordedHere && (await hasCode(info.rpcUrl, recordedHere.address))) {
      deployments.push({
        name: contract.name,
        file: contract.file,
        address: recordedHere.address,
        abi: contract.abi,
        chainId: info.chainId,
        network: info.network,
        rpcUrl: info.rpcUrl,
        explorerUrl: info.explorerUrl ? `${info.explorerUrl}/address/${recordedHere.address}` : null,
        txHash: recordedHere.txHash,
        bytecode: contract.bytecode,
        args,
        source: compiled.sources[contract.file] ?? null,
        external: false,
        key,
      });
      continue;
    }
    const deployed = await deployOne(context, chain, contract, args);
    if ('result' in deployed) return { status: 'failed', result: deployed.result };
    const deployment: Deployment = {
      name: contract.name,
      file: contract.file,
      address: deployed.address,
      abi: contract.abi,
      chainId: deployed.chainId,
      network: deployed.network,
      rpcUrl: info.rpcUrl,
      explorerUrl: deployed.explorerUrl,
      txHash: deployed.txHash,
      bytecode: contract.bytecode,
      args,
      source: compiled.sources[contract.file] ?? null,
      external: false,
      key,
    };
    deployments.push(deployment);
    // A chain that lost a recorded deployment (a local chain started again, e.g. by a resumed run)
    // gets it back at the recorded address: that deployment stands, so it is not announced or stored twice.
    if (recordedHere?.address === deployment.address) continue;
    await context.emit({
      type: 'contract.deployed',
      name: deployment.name,
      address: deployment.address,
      chainId: deployment.chainId,
      network: deployment.network,
      txHash: deployed.txHash,
      explorerUrl: deployment.explorerUrl,
    });
    await context.storage?.saveContract({
      projectId: context.projectId,
      runId: context.runId,
      name: deployment.name,
      address: deployment.address,
      chainId: deployment.chainId,
      network: deployment.network,
      abi: deployment.abi,
      source: deployment.source ?? '',
      txHash: deployed.txHash,
      explorerUrl: deployment.explorerUrl,
      status: 'deployed',
    });
  }
  return { status: 'deployed', deployments };
}

/** Without deploy.json: the one compiled contract whose constructor takes no arguments. */
function inferEntries(contracts: CompiledContract[]): DeployEntry[] | { issue: CheckIssue } {
  const deployable = contracts.filter((contract) => contract.bytecode.length > 2);
  const only = deployable.length === 1 ? deployable[0]! : undefined;
  const inputs = (only?.abi as Array<{ type?: string; inputs?: unknown[] }> | undefined)?.find((item) => item.type === 'constructor')?.inputs ?? [];
  if (only && inputs.length === 0) return [{ contract: only.name, args: [] }];
  const names = deployable.map((contract) => contract.name).join(', ') || 'none';
  return {
    issue: {
      file: dappPaths.deployConfig,
      message: `missing: write contracts/deploy.json naming the contract to deploy and its constructor arguments, e.g. { "contract": "${only?.name ?? deployable[0]?.name ?? 'Token'}", "args": [] } (compiled: ${names})`,
    },
  };
}

async function deployOne(context: DappCheckContext, chain: ChainAdapter, contract: CompiledContract, args: unknown[]) {
  try {
    return await chain.deploy({ contract, args, signal: context.signal });
  } catch (error) {
    if (BuildwrightError.isInstance(error) && fixableDeployCodes.has(error.code)) {
      return { result: failed(`Contract deploy failed: ${contract.name} could not be deployed`, [{ file: contract.file, message: error.message }]) };
    }
    if (BuildwrightError.isInstance(error)) {
      throw new BuildwrightError({ code: error.code, message: error.message, cause: error, retryable: error.retryable, details: { ...error.details, check: 'contract-deploy' } });
    }
    throw error;
  }
}

async function useExisting(context: DappCheckContext, session: DappSession, info: ChainInfo, existing: ExistingContract): Promise<DeployOutcome> {
  const key = createHash('sha256')
    .update(`existing\0${existing.chainId}\0${existing.address.toLowerCase()}\0${stringifyJson(existing.abi)}`)
    .digest('hex');
  const previous = session.deployments(context.runId)?.find((deployment) => deployment.key === key);
  if (previous) return { status: 'deployed', deployments: [previous] };
  const sameChain = existing.chainId === info.chainId;
  const known = sameChain ? undefined : await knownChain(existing.chainId);
  const rpcUrl = existing.rpcUrl ?? (sameChain ? info.rpcUrl : known?.rpcUrl);
  if (!rpcUrl) {
    throw new BuildwrightError({
      code: 'INVALID_INPUT',
      message: `The existing contract is on chain ${existing.chainId}, which is neither the builder's chain (${info.chainId}) nor a chain viem knows: give its JSON-RPC URL as contract.rpcUrl.`,
      details: { check: 'contract-deploy' },
    });
  }
  if (sameChain) {
    if (!(await hasCode(info.rpcUrl, existing.address))) {
      throw new BuildwrightError({
        code: 'INVALID_INPUT',
        message: `There is no contract at ${existing.address} on ${info.network} (chain ${info.chainId}): check contract.address and contract.chainId given to generate().`,
        details: { check: 'contract-deploy' },
      });
    }
  }
  const explorerBase = sameChain ? info.explorerUrl : (known?.explorerUrl ?? null);
  const deployment: Deployment = {
    name: existing.name,
    file: null,
    address: existing.address,
    abi: existing.abi,
    chainId: existing.chainId,
    network: sameChain ? info.network : (known?.name ?? `chain ${existing.chainId}`),
    rpcUrl,
    explorerUrl: existing.explorerUrl !== undefined ? existing.explorerUrl : explorerBase ? `${explorerBase}/address/${existing.address}` : null,
    txHash: null,
    bytecode: null,
    args: [],
    source: null,
    external: true,
    key,
  };
  return { status: 'deployed', deployments: [deployment] };
}

async function hasCode(rpcUrl: string, address: string): Promise<boolean> {
  const code = await jsonRpc<string>(rpcUrl, 'eth_getCode', [address, 'latest']);
  return typeof code === 'string' && code !== '0x' && code !== '0x0';
}

/** viem's definition of a chain id: name, default RPC and explorer. */
async function knownChain(chainId: number): Promise<{ name: string; rpcUrl: string | undefined; explorerUrl: string | null } | undefined> {
  const chains = (await importPeer('contractDeployCheck', 'viem', () => import('viem/chains'))) as unknown as Record<
    string,
    { id?: number; name?: string; rpcUrls?: { default?: { http?: readonly string[] } }; blockExplorers?: { default?: { url?: string } } }
  >;
  const found = Object.values(chains).find((candidate) => candidate?.id === chainId);
  if (!found) return undefined;
  return { name: found.name ?? `chain ${chainId}`, rpcUrl: found.rpcUrls?.default?.http?.[0], explorerUrl: found.blockExplorers?.default?.url ?? null };
}
