/** A contract the run deployed (or was given), as the later checks and the typed module need it. */
export interface Deployment {
  name: string;
  /** Source file, e.g. `contracts/Token.sol`; `null` for a contract deployed elsewhere. */
  file: string | null;
  address: `0x${string}`;
  abi: unknown[];
  chainId: number;
  network: string;
  /** JSON-RPC URL a browser can reach. */
  rpcUrl: string;
  explorerUrl: string | null;
  txHash: `0x${string}` | null;
  /** Creation bytecode; `null` for a contract deployed elsewhere. */
  bytecode: `0x${string}` | null;
  /** Constructor arguments as deployed (integers as bigints). */
  args: unknown[];
  source: string | null;
  /** True for a contract given to `generate({ contract })` rather than deployed by the run. */
  external: boolean;
  /** Chain id + bytecode + arguments: the same key in the same run means no redeploy. */
  key: string;
}

/**
 * What the dapp checks of one builder share between them, per run: the deployments (so later
 * checks use the deployed address and a second deploy of unchanged bytecode is skipped) and the
 * compile failures counted against the compile-fix budget. Bounded to the most recent runs.
 */
export interface DappSession {
  deployments(runId: string): Deployment[] | undefined;
  setDeployments(runId: string, deployments: Deployment[]): void;
  /** Counts one more compile failure of the run and returns the total. */
  countCompileFailure(runId: string): number;
}

/**
 * Creates the shared state of a set of dapp checks. `dappChecks()` makes one; checks made alone
 * share a process-wide one.
 *
 * @example
 * const session = createDappSession();
 * const checks = [contractCompileCheck({ session }), contractDeployCheck({ session })];
 */
export function createDappSession(maxRuns = 64): DappSession {
  const runs = new Map<string, { deployments?: Deployment[]; compileFailures: number }>();
  const entry = (runId: string) => {
    let found = runs.get(runId);
    if (found) {
      runs.delete(runId);
    } else {
      found = { compileFailures: 0 };
      if (runs.size >= maxRuns) runs.delete(runs.keys().next().value!);
    }
    runs.set(runId, found);
    return found;
  };
  return {
    deployments: (runId) => runs.get(runId)?.deployments,
    setDeployments(runId, deployments) {
      entry(runId).deployments = deployments;
    },
    countCompileFailure(runId) {
      const found = entry(runId);
      found.compileFailures += 1;
      return found.compileFailures;
    },
  };
}

/** The session of checks made without one. */
export const sharedDappSession: DappSession = createDappSession();
