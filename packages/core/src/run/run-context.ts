import { join } from 'node:path';
import { BuildwrightError } from '@buildwright/client';
import { requirementsNode, type RequirementsOptions } from '../graph/nodes/requirements-node.js';
import type { RunNode } from '../graph/run-runtime.js';
import type { RunHandle } from './run-handle.js';
import type { PendingRunEnd } from './record-run-end.js';
import type { ParkedRun } from './await-plan-approval.js';
import { createHostHooks, type HostHookOptions, type HostHooks } from './host-hooks.js';
import { defaultEventBus } from './default-event-bus.js';
import type { ChainAdapter } from '../spec/chain.js';
import { applyAgents, type BuilderAgent } from './builder-agents.js';
import { checkChainOptions } from './builder-chains.js';
import type { DeployAdapter } from '../spec/deploy.js';
import type { DeployEvent } from '../events/deploy-events.js';
import type { Check } from '../spec/check.js';
import type { EventBus } from '../spec/event-bus.js';
import type { LlmAdapter } from '../spec/llm.js';
import type { Sandbox, SandboxAdapter } from '../spec/sandbox.js';
import type { RunBudgets, StorageAdapter } from '../spec/storage.js';
import type { RunQueue } from '../spec/queue.js';
import type { Template } from '../spec/template.js';
import type { EmbeddingAdapter } from '../spec/embedding.js';
import type { VectorStorage } from '../spec/vector-storage.js';
import { createTemplateIndex, type TemplateIndex } from '../templates/template-index.js';
import { lexicalEmbeddings } from '../templates/lexical-embeddings.js';
import { createSimilarityIndex, type SimilarityIndex, type SimilarityIndexStore } from '../templates/similarity-index.js';
import type { PatternLimits } from '../templates/pattern-selection.js';
import type { Pattern } from '../spec/pattern.js';
import type { ToolProvider } from '../spec/tool-provider.js';
import { defaultFileLimits, type FileLimits } from '../protocol/file-rules.js';
import { createSpareSandboxes, type SpareSandboxes, type SpareSandboxOptions } from './spare-sandboxes.js';

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

/** The adapters and settings of a builder; the host hooks (`beforeRun`, `ownerLimits`, `onRunFinished`...) are in {@link HostHookOptions}. */
export interface BuilderOptions extends HostHookOptions {
  /** The model. */
  llm: LlmAdapter;
  /** Where files are checked and apps run. */
  sandbox: SandboxAdapter;
  /** Where projects, runs, events and versions live. */
  storage: StorageAdapter;
  /**
   * The EVM chain DApps deploy to, when the builder has one (stored on projects as `default`). For
   * several, use `chains` instead (giving both is `INVALID_INPUT`). See docs/chain.md#several-chains.
   */
  chain?: ChainAdapter;
  /**
   * EVM chains by name (`{ local: localChain(), sepolia: viemChain(…) }`): `generate({ kind: 'dapp', chain: 'sepolia' })`
   * picks one and the project keeps it (its edits, fixes and checks use it). A name this builder does not
   * have is `CHAIN_NOT_CONFIGURED`. See docs/chain.md#several-chains.
   */
  chains?: Record<string, ChainAdapter>;
  /** Which of `chains` a DApp gets when `generate` names none. Default: the first of `chains`. */
  defaultChain?: string;
  /**
   * Models agents may name (`builder.agents`): an agent definition's `model` is a key of this map.
   * An agent whose model is not here fails with `AGENT_MODEL_UNKNOWN`. See docs/agents.md.
   */
  agentModels?: Record<string, LlmAdapter>;
  /** How agents' HTTP tools are called. Default: the global `fetch`. */
  agentFetch?: typeof fetch;
  /** How long an agent's MCP tool call with policy `ask` waits for `agents.approveTool` before it is denied (ms). Default 10 minutes. */
  agentToolApprovalTimeoutMs?: number;
  /**
   * How long a running agent execution's lease outlasts its time budget before
   * `builder.agents.resumeInterrupted()` takes it over as abandoned. Default 30 s. See docs/agents.md#resuming-an-execution.
   */
  agentLeaseGraceMs?: number;
  /**
   * MCP servers whose tools the model may call beside the file protocol, as `mcp__<name>__<tool>`
   * (`mcpServer()` from `@buildwright/adapters/mcp`). Each call is checked against the server's
   * policy (default `ask`: the call waits for `run.approveTool`). A server that cannot be reached
   * is left out of the run with a notice. Agents' MCP tools (`type: 'mcp'`) call these servers
   * too, under the same policies. See docs/mcp-client.md.
   */
  mcp?: ToolProvider[];
  /** Run budgets; unset fields take the defaults (3 fix attempts, 2M tokens, 15 minutes, 40 turns per step, 2 MiB per file, 50 MB and 5,000 files per project). */
  limits?: Partial<RunLimits>;
  /**
   * Checks run after the build step, in order (e.g. `webChecks()` from `@buildwright/adapters/checks`);
   * a check with a `phase` runs in that node instead (the spec check of `apiChecks()` in the spec node).
   */
  checks?: Check[];
  /**
   * Templates by name. A generation starts from `generate({ template })`, else from the only template
   * of its kind, else from the one of its kind most similar to its prompt (`template.selected`).
   */
  templates?: Record<string, Template>;
  /**
   * How template search (`builder.searchTemplates`, the choice among several templates of a kind)
   * embeds texts. Default `lexicalEmbeddings()`: offline, no model. See docs/templates.md#search.
   */
  embeddings?: EmbeddingAdapter;
  /**
   * Code patterns by name (`builtInPatterns` from `@buildwright/adapters/templates`, or your own):
   * each build step gets the few most similar to it in its prompt, capped in tokens
   * (`patterns.selected`). None by default. See docs/templates.md#patterns.
   */
  patterns?: Record<string, Pattern>;
  /** How many patterns a step gets and how many tokens they take. Default 3 and 1,500 (least similarity 0.12). */
  patternLimits?: Partial<PatternLimits>;
  /**
   * A requirements analyst before the plan (`true`, or its options): the model turns the prompt into
   * user stories with acceptance criteria, data entities and pages, and chooses the template among
   * the kind's most similar ones, with a reason (`requirements.created`). The plan is made from it and
   * later nodes get it as `context.requirements`. Off by default. See docs/requirements.md.
   */
  requirements?: boolean | RequirementsOptions;
  /**
   * Specialist agents, applied in order before the builder starts: `requirements()` (from
   * `@buildwright/core`: the same as `requirements: true`) and `testing()`, `a11y()`,
   * `performance()`, `security()` (from `@buildwright/adapters/checks`: they add themselves to the
   * `webChecks()` list in `checks`, or make one). See docs/specialist-agents.md.
   */
  agents?: BuilderAgent[];
  /**
   * Changes the run pipeline: replace, remove or insert nodes. Called for each run with its
   * defaults: `[planNode, buildNode, ...checks]` (with `requirements`, the requirements node first), and for a run whose checks give the spec node work
   * `[planNode, spec, buildNode, ...other checks]` (find nodes by name, not by index).
   */
  graph?: { nodes?: (defaults: readonly RunNode[]) => RunNode[] };
  /** Owner when a call gives none (single-user scripts). Default `local`. */
  ownerId?: string;
  /** Where screenshots and other artifacts go. Default `.buildwright/artifacts`. */
  artifactsDir?: string;
  /**
   * Carries live events and cancel requests between processes that share the storage, so `watch`
   * and `cancel` work on a run executing anywhere (`redisEventBus`, `postgresEventBus` from
   * `@buildwright/adapters`). Give the builder and its workers the same one: a queued run's handle
   * and `watch` follow the run through it. Default: an in-process bus, shared by the builders and
   * workers of this process given the same `queue` object (a builder's own without a queue).
   */
  eventBus?: EventBus;
  /**
   * Where runs execute. Omitted: in this process, as each `generate` / `edit` is called. Given:
   * `generate` and `edit` store the run as `queued`, enqueue it and return its handle at once;
   * workers (`createWorker` with the same queue and storage) execute it. See docs/queue.md.
   */
  queue?: RunQueue;
  /**
   * Deploy targets by name, for `builder.deploy` (e.g. `{ static: staticDeploy({ dir }), node: nodeDeploy({ sandbox, dir }) }`
   * from `@buildwright/adapters/deploy`). A deploy without a target takes the first that serves the project's kind.
   */
  deploy?: Record<string, DeployAdapter>;
  /** Called with every deploy event of this builder (`deploy.started`, `deploy.ready`, `deploy.failed`): deploys happen outside runs. */
  onDeployEvent?: (event: DeployEvent) => void;
  /**
   * Keep a sandbox ready for a new project of each named template (`{ templates: ['react-vite'] }`):
   * opened, the template's files written and each check's `prepare` run on it (dependencies restored,
   * the check worker warm), while no run goes on. A new project that starts from the template unchanged
   * takes it, so its first verification starts warm. See docs/create-builder.md#spare-sandboxes.
   */
  spareSandboxes?: SpareSandboxOptions;
}

/**
 * Shared, per-builder state every run of a builder uses: its options, resolved limits, default owner,
 * open sandboxes and active runs. `createBuilder()` makes one; `generate`, `edit` and `resume` take it.
 */
export interface BuilderContext {
  options: BuilderOptions;
  limits: RunLimits;
  ownerId: string;
  /** Open sandboxes by project: reused across runs of the same project. */
  sandboxes: Map<string, Promise<Sandbox>>;
  /** Runs this process is executing, by run id (removed when they end). */
  activeRuns: Map<string, RunHandle>;
  /** Runs of this builder waiting for their plan's approval, by run id: `approvePlan` continues them here. */
  parkedRuns: Map<string, ParkedRun>;
  /**
   * True for a worker: a run that waits for its plan's approval ends its execution here (its handle's
   * result rejects with RUN_AWAITING_APPROVAL) and the approval enqueues it again. False: it waits in this process.
   */
  detachParkedRuns: boolean;
  /** Ends of runs that storage could not take when they ended, being stored in the background, by run id. */
  pendingRunEnds: Map<string, PendingRunEnd>;
  /**
   * Checks' background work (`Check.prepare`) under way, and the controller `close()` aborts before it
   * waits for that work to end (a dependency restore still copying into a sandbox must not outlive the builder).
   */
  backgroundWork: { closing: AbortController; running: Set<Promise<void>> };
  /** The spare sandboxes of `options.spareSandboxes`, when given. */
  spares?: SpareSandboxes;
  /** `options.eventBus`, or the default in-process bus (shared by the builders and workers of the same queue object). */
  eventBus: EventBus;
  /** The host's hooks: admission, owner limits, daily usage, the finished-run report. */
  hooks: HostHooks;
  /** Similarity search over `options.templates`, with `options.embeddings`. */
  templateIndex: TemplateIndex;
  /** Similarity search over `options.patterns`, with `options.embeddings`. */
  patternIndex: SimilarityIndex;
}

/**
 * Where an index keeps its vectors: the storage's, when it has them (so a restarted builder embeds
 * only queries), in a collection per registry and model; else the index's own memory.
 */
function indexStore(vectors: VectorStorage | undefined, registry: 'templates' | 'patterns', embeddings: EmbeddingAdapter): SimilarityIndexStore | undefined {
  return vectors && { vectors, collection: `${registry}:${embeddings.model}:${embeddings.dimensions}` };
}

/** Where a run's (or a spare's preparation's) screenshots and other artifacts go: `artifactsDir` (default `.buildwright/artifacts`), one folder per id. */
export function artifactsDirectory(options: Pick<BuilderOptions, 'artifactsDir'>, id: string): string {
  return join(options.artifactsDir ?? '.buildwright/artifacts', id);
}

/**
 * The builder's and the worker's `close()`: kills the builder's sandboxes (waiting for one still
 * opening) and settles `alongside()` with them (the worker closes its checks there), then aborts the
 * checks' background work still under way and waits until it returned.
 */
export async function releaseSandboxesAndBackgroundWork(context: BuilderContext, alongside: () => ReadonlyArray<Promise<unknown> | undefined> = () => []): Promise<void> {
  const sandboxes = [...context.sandboxes.values()];
  context.sandboxes.clear();
  await Promise.allSettled([...sandboxes.map(async (opening) => (await opening).kill()), ...alongside()]);
  const { closing, running } = context.backgroundWork;
  closing.abort(new BuildwrightError({ code: 'RUN_CANCELLED', message: 'The builder closed: its background check work stops.' }));
  await Promise.allSettled([...running]);
}

/** The per-builder state of a fresh builder (or worker) over `options`. */
export function createBuilderContext(given: BuilderOptions): BuilderContext {
  const options = applyAgents(given);
  // Bad requirements options fail createBuilder, not each run.
  if (options.requirements && options.requirements !== true) requirementsNode(options.requirements);
  checkChainOptions(options);
  const embeddings = options.embeddings ?? lexicalEmbeddings();
  const context: BuilderContext = {
    options,
    limits: { ...defaultLimits, ...options.limits },
    ownerId: options.ownerId ?? 'local',
    sandboxes: new Map(),
    activeRuns: new Map(),
    parkedRuns: new Map(),
    detachParkedRuns: false,
    pendingRunEnds: new Map(),
    backgroundWork: { closing: new AbortController(), running: new Set() },
    hooks: createHostHooks(options),
    eventBus: options.eventBus ?? defaultEventBus(options.queue),
    templateIndex: createTemplateIndex(embeddings, indexStore(options.storage.vectors, 'templates', embeddings)),
    patternIndex: createSimilarityIndex(embeddings, indexStore(options.storage.vectors, 'patterns', embeddings)),
  };
  if (options.spareSandboxes) context.spares = createSpareSandboxes(context, options.spareSandboxes);
  return context;
}
