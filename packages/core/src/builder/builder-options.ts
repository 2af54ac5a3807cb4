import type { RunNode } from '../graph/run-runtime.js';
import type { RunHandle } from '../run/run-handle.js';
import type { PendingRunEnd } from '../run/record-run-end.js';
import type { ChainAdapter } from '../spec/chain.js';
import type { Check } from '../spec/check.js';
import type { LlmAdapter } from '../spec/llm.js';
import type { Sandbox, SandboxAdapter } from '../spec/sandbox.js';
import type { ProjectKind, RunBudgets, StorageAdapter } from '../spec/storage.js';
import type { Template } from '../spec/template.js';
import { defaultFileLimits, type FileLimits } from '../protocol/file-rules.js';

/** Budgets of every run, the size limits of the files the model writes, and the model turns one step may take. */
export interface RunLimits extends RunBudgets, FileLimits {
  /** Model calls allowed in one plan, build or fix step before the run fails. Default 40. */
  maxToolTurns: number;
}

export const defaultLimits: RunLimits = {
  maxFixAttempts: 3,
  maxTokens: 2_000_000,
  maxWallTimeMs: 15 * 60_000,
  maxToolTurns: 40,
  ...defaultFileLimits,
};

export interface BuilderOptions {
  /** The model. */
  llm: LlmAdapter;
  /** Where files are checked and apps run. */
  sandbox: SandboxAdapter;
  /** Where projects, runs, events and versions live. */
  storage: StorageAdapter;
  /** EVM chain for DApps. */
  chain?: ChainAdapter;
  /** Run budgets; unset fields take the defaults (3 fix attempts, 2M tokens, 15 minutes, 40 turns per step, 2 MiB per file, 50 MB and 5,000 files per project). */
  limits?: Partial<RunLimits>;
  /** Checks run after the build step, in order (e.g. `webChecks()` from `@buildwright/adapters/checks`). */
  checks?: Check[];
  /** Templates by name; a generation starts from the first template of its kind (or `generate({ template })`). */
  templates?: Record<string, Template>;
  /** Changes the run pipeline: replace, remove or insert nodes. */
  graph?: { nodes?: (defaults: readonly RunNode[]) => RunNode[] };
  /** Owner when a call gives none (single-user scripts). Default `local`. */
  ownerId?: string;
  /** Where screenshots and other artifacts go. Default `.buildwright/artifacts`. */
  artifactsDir?: string;
}

/** Options of `builder.generate`. */
export interface GenerateOptions {
  prompt: string;
  kind?: ProjectKind;
  /** Owner of the new project (the end user of the hosting app). */
  ownerId?: string;
  /** Project name; derived from the prompt when omitted. */
  name?: string;
  /** Template name from `templates`. */
  template?: string;
  /**
   * Build a frontend for an already-deployed contract (`kind: 'dapp'` only). It is written to the
   * project as `contracts/existing.json`; the dapp checks write the typed contract module from it
   * instead of compiling and deploying. `rpcUrl` defaults to the builder's chain when the chain ids
   * match, else to viem's default RPC for the chain.
   */
  contract?: ExistingContractInput;
}

/** An already-deployed contract given to `generate`. */
export interface ExistingContractInput {
  address: `0x${string}`;
  abi: unknown[];
  chainId: number;
  /** Contract name shown in the app. Default `Contract`. */
  name?: string;
  rpcUrl?: string;
}

/** Options of `builder.edit`. */
export interface EditOptions {
  prompt: string;
  ownerId?: string;
}

/** Shared, per-builder state handed to actions. */
export interface BuilderContext {
  options: BuilderOptions;
  limits: RunLimits;
  ownerId: string;
  /** Open sandboxes by project: reused across runs of the same project. */
  sandboxes: Map<string, Promise<Sandbox>>;
  /** Runs this process is executing, by run id (removed when they end). */
  activeRuns: Map<string, RunHandle>;
  /** Ends of runs that storage could not take when they ended, being stored in the background, by run id. */
  pendingRunEnds: Map<string, PendingRunEnd>;
}
