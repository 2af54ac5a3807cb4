import { BuildwrightError } from '@buildwright/client';
import type { ChainAdapter } from '../spec/chain.js';
import type { ProjectKind, ProjectRecord } from '../spec/storage.js';

/** The name of `createBuilder({ chain })`'s one chain, as a project stores it. */
export const defaultChainName = 'default';

/** The chain settings of a builder (see `BuilderOptions.chain`, `chains` and `defaultChain`). */
export interface ChainOptions {
  chain?: ChainAdapter | undefined;
  chains?: Record<string, ChainAdapter> | undefined;
  defaultChain?: string | undefined;
}

/** A builder's chains by name: `chains`, or `chain` named `default`; none without either. */
export function builderChains(options: ChainOptions): Record<string, ChainAdapter> {
  if (options.chains) return options.chains;
  return options.chain ? { [defaultChainName]: options.chain } : {};
}

/** The name of the chain a DApp gets when `generate` names none: `defaultChain`, else the first chain; undefined without chains. */
export function defaultChainOf(options: ChainOptions): string | undefined {
  return options.defaultChain ?? Object.keys(builderChains(options))[0];
}

/**
 * Refuses chain settings that cannot work, when the builder is created: `chain` with `chains`
 * (one default, two ways to say it), an empty `chains`, a `defaultChain` that is not one of them.
 */
export function checkChainOptions(options: ChainOptions): void {
  if (options.chain && options.chains) {
    throw new BuildwrightError({
      code: 'INVALID_INPUT',
      message: `createBuilder got both chain and chains: pass one. Several chains: chains: { ${defaultChainName}: chain, sepolia: viemChain(…) } with defaultChain naming the default.`,
      docsPage: 'chain.md#several-chains',
    });
  }
  if (options.chains && Object.keys(options.chains).length === 0) {
    throw new BuildwrightError({
      code: 'INVALID_INPUT',
      message: 'createBuilder got chains: {} with no chain in it: name at least one (chains: { local: localChain() }) or leave chains out.',
      docsPage: 'chain.md#several-chains',
    });
  }
  if (options.defaultChain !== undefined && !Object.hasOwn(builderChains(options), options.defaultChain)) {
    throw chainNotConfigured(options.defaultChain, options, 'defaultChain');
  }
}

/**
 * The chain name a new project stores: the one `generate({ chain })` names (refused when the builder
 * does not have it, or when the project is not a DApp), else the builder's default chain for a DApp;
 * undefined for other kinds and for a builder without chains.
 */
export function chainOfNewProject(options: ChainOptions, kind: ProjectKind, requested: string | undefined): string | undefined {
  if (requested !== undefined && kind !== 'dapp') {
    throw new BuildwrightError({
      code: 'INVALID_INPUT',
      message: `Invalid chain: only a DApp deploys to a chain; pass kind: 'dapp' with chain '${requested}', or leave chain out for a ${kind} project.`,
      docsPage: 'chain.md#several-chains',
    });
  }
  if (kind !== 'dapp') return undefined;
  if (requested === undefined) return defaultChainOf(options);
  if (!Object.hasOwn(builderChains(options), requested)) throw chainNotConfigured(requested, options, 'generate');
  return requested;
}

/**
 * The chain a run of `project` uses: the one the project stored, else the builder's default (a
 * project stored before chains had names). `CHAIN_NOT_CONFIGURED` when this builder (a worker's)
 * does not have the stored one.
 */
export function chainOfProject(options: ChainOptions, project: Pick<ProjectRecord, 'chain'>): ChainAdapter | undefined {
  const chains = builderChains(options);
  if (project.chain === undefined) {
    const fallback = defaultChainOf(options);
    return fallback === undefined ? undefined : chains[fallback];
  }
  if (!Object.hasOwn(chains, project.chain)) throw chainNotConfigured(project.chain, options, 'project');
  return chains[project.chain];
}

/** `CHAIN_NOT_CONFIGURED`: names the chain, the builder's chains and what to do. */
export function chainNotConfigured(name: string, options: ChainOptions, where: 'generate' | 'project' | 'defaultChain'): BuildwrightError {
  const names = Object.keys(builderChains(options));
  const configured = names.length > 0 ? `This builder's chains: ${names.join(', ')}.` : 'This builder has no chain.';
  const todo =
    where === 'generate'
      ? 'Name one of them in generate({ chain }), or add it to createBuilder({ chains }).'
      : where === 'defaultChain'
        ? 'Name one of them in defaultChain.'
        : `The project's contracts are on "${name}": give this builder (and every worker) that chain under the same name in createBuilder({ chains }).`;
  return new BuildwrightError({
    code: 'CHAIN_NOT_CONFIGURED',
    message: `Chain "${name}" is not configured. ${configured} ${todo}`,
    details: { chain: name, chains: names },
    docsPage: 'chain.md#several-chains',
  });
}
