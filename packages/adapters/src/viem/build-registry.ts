import type { CompiledContract } from '@buildwright/core';

/** What explorer verification needs beyond the compiled contract itself. */
export interface BuildInfo {
  standardJsonInput: string;
  compilerLongVersion: string;
}

const limit = 64;
const builds = new Map<string, BuildInfo>();

/**
 * Remembers how a contract was compiled, keyed by its creation bytecode, so `deploy` with
 * `verify: true` can verify a contract that went through a serialized graph state. Bounded: the
 * oldest entries go first.
 */
export function rememberBuild(contract: CompiledContract, build: BuildInfo): void {
  builds.delete(contract.bytecode);
  builds.set(contract.bytecode, build);
  while (builds.size > limit) builds.delete(builds.keys().next().value as string);
}

/** The build of a contract compiled in this process, when still remembered. */
export function findBuild(contract: CompiledContract): BuildInfo | undefined {
  return builds.get(contract.bytecode);
}
