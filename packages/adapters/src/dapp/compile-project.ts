import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { BuildwrightError } from '@buildwright/core';
import type { ChainAdapter, CheckContext, CompileResult } from '@buildwright/core';
import { soliditySources } from './project-paths.js';

const cache = new WeakMap<ChainAdapter, Map<string, Promise<CompileResult>>>();
const maxCachedCompiles = 8;

/** The run's chain adapter, or a clear error saying how to give one. */
export function requireChain(context: CheckContext): ChainAdapter {
  if (context.chain) return context.chain;
  throw new BuildwrightError({
    code: 'INVALID_INPUT',
    docsPage: 'dapp.md',
    message: 'A dapp run needs a chain adapter: createBuilder({ chain: localChain() }) (or several: chains: { local: localChain(), … }) with localChain from @buildwright/adapters/viem.',
  });
}

/**
 * Compiles the project's `contracts/**\/*.sol` through the run's chain adapter, resolving package
 * imports from the sandbox's node_modules first (then the adapters' own install, so
 * `@openzeppelin/contracts` works before the project installed anything). The same sources
 * compile once: the compile, deploy and later checks share the result.
 */
export async function compileProject(context: CheckContext): Promise<{ sources: Record<string, string>; result: CompileResult } | undefined> {
  const sources = soliditySources(context.files);
  if (Object.keys(sources).length === 0) return undefined;
  const chain = requireChain(context);
  const nodeModulesDir = join(context.sandbox.root, 'node_modules');
  const hash = createHash('sha256').update(nodeModulesDir);
  for (const [path, content] of Object.entries(sources).sort(([a], [b]) => (a < b ? -1 : 1))) hash.update('\0').update(path).update('\0').update(content);
  const key = hash.digest('hex');
  let compiles = cache.get(chain);
  if (!compiles) cache.set(chain, (compiles = new Map()));
  let pending = compiles.get(key);
  if (!pending) {
    pending = chain.compile({ sources, nodeModulesDir });
    compiles.set(key, pending);
    pending.catch(() => compiles.delete(key));
    if (compiles.size > maxCachedCompiles) compiles.delete(compiles.keys().next().value!);
  }
  return { sources, result: await pending };
}
