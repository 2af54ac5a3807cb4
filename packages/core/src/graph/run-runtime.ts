import type { EventInput, Plan, Requirements } from '../events/events.js';
import type { ChainAdapter } from '../spec/chain.js';
import type { Check, CheckContext, CheckResult } from '../spec/check.js';
import type { LlmAdapter } from '../spec/llm.js';
import type { Sandbox, SandboxAdapter } from '../spec/sandbox.js';
import type { ProjectKind, RunBudgets, StorageAdapter } from '../spec/storage.js';
import type { Template } from '../spec/template.js';
import type { Workspace } from '../protocol/workspace.js';
import type { FileLimits } from '../protocol/file-rules.js';
import type { PatternPick } from '../templates/pattern-selection.js';
import type { ExternalTools } from './external-tools/external-tools.js';
import type { LivePreviews } from './live-previews.js';

/** Context of a run node: everything a check gets, plus the model and the run's request. */
export interface RunNodeContext extends CheckContext {
  llm: LlmAdapter;
  storage: StorageAdapter;
  prompt: string;
  /** `check`: a check-only run of a stored version (no model, no version stored; see `checkVersion`). */
  mode: 'generate' | 'edit' | 'check';
  /** The plan, once the plan node made one. */
  plan: Plan | null;
  /**
   * The requirements analyst's spec, once its node ran (`createBuilder({ requirements: true })`);
   * null without it. A testing step writes its tests from the stories' `acceptance` criteria.
   */
  requirements: Requirements | null;
}

/**
 * A node of the run pipeline. Nodes after `build` that return a CheckResult act as checks: a
 * failure sends the run to the fix step. Replace a built-in node by giving one with its name.
 *
 * @example
 * const securityReview: RunNode = {
 *   name: 'security-review',
 *   async run({ files }) {
 *     const leaks = Object.keys(files).filter((path) => /sk-[A-Za-z0-9]{20}/.test(files[path]!));
 *     return leaks.length ? { status: 'failed', report: `API key in ${leaks.join(', ')}`, issues: [] } : { status: 'passed' };
 *   },
 * };
 * createBuilder({
 *   ...adapters,
 *   graph: {
 *     nodes: (defaults) => {
 *       const afterBuild = defaults.findIndex((node) => node.name === 'build') + 1;
 *       return [...defaults.slice(0, afterBuild), securityReview, ...defaults.slice(afterBuild)];
 *     },
 *   },
 * });
 */
export interface RunNode {
  name: string;
  /** Project kinds the node applies to; all when omitted. */
  kinds?: ProjectKind[];
  run(context: RunNodeContext): Promise<CheckResult | void>;
  /** Nodes after `build` only: consecutive nodes of the same group run concurrently (see `Check.parallel`). */
  parallel?: string;
}

export type { Check };

/** The templates a generation may start from, for the requirements analyst to choose among. */
export interface TemplateChoice {
  /** Set when `generate({ template })` named the template: the analyst may take only that one. */
  forced: boolean;
  /** Up to `limit` registered templates of the run's kind, most similar to the prompt first (only the forced one when forced). */
  candidates(limit: number): Promise<{ name: string; score: number; description: string }[]>;
  /** The registered template of that name. */
  template(name: string): Template | undefined;
}

/** The per-process, non-serializable side of a run (the graph state is the serializable side). */
export interface RunRuntime {
  runId: string;
  projectId: string;
  ownerId: string;
  kind: ProjectKind;
  /** `check`: a check-only run of a stored version (no model, no version stored; see `checkVersion`). */
  mode: 'generate' | 'edit' | 'check';
  prompt: string;
  llm: LlmAdapter;
  storage: StorageAdapter;
  chain: ChainAdapter | undefined;
  sandboxAdapter: SandboxAdapter;
  template: Template | undefined;
  /** Files the run's spec node writes (its checks' `phase.path`): only it may change them. None without a spec node. */
  specPaths?: readonly string[];
  /** Files the run's tests node writes (its checks' `phase.path`): only it may change them, so the fix step cannot weaken a test. None without a tests node. */
  testPaths?: readonly string[];
  workspace: Workspace;
  /** The files this process started the run from (template or edited version; a resumed run's checkpoint): checks get the paths changed since as `changedFiles`. */
  startingFiles?: Readonly<Record<string, string>>;
  budgets: RunBudgets & FileLimits & { maxToolTurns: number };
  artifactsDir: string;
  signal: AbortSignal;
  emit(event: EventInput): Promise<void>;
  /** Opens the sandbox on first use and keeps it in step with the workspace. */
  sandbox(): Promise<Sandbox>;
  usage: { tokens: number; costUsd: number };
  /** Set when resuming: the run stored `version.created` / its assistant message before it was cut off, so they are not stored twice. */
  resumed?: { versionAnnounced: boolean; answered: boolean };
  /**
   * The run's tools from MCP servers (`createBuilder({ mcp })`), opened on the first call and kept
   * until the run ends; absent when the builder has none.
   */
  externalTools?: () => Promise<ExternalTools>;
  /** The live preview the build node updates after each step; absent when no check offers one. */
  livePreviews?: LivePreviews;
  /** The code patterns for a build step (`createBuilder({ patterns })`); absent when the builder has none. */
  patterns?: (query: string) => Promise<PatternPick>;
  /** The templates the requirements analyst chooses from (new projects only); absent in edit and resumed runs. */
  templateChoice?: TemplateChoice;
  /** Called after each model call's usage is stored (the host's per-owner daily usage); optional. */
  meterUsage?: (usage: { inputTokens: number; outputTokens: number; costUsd: number }) => Promise<void>;
}
