/** What a project builds. */
export type ProjectKind = 'web' | 'dapp' | 'api';

/** A project: one app with its versions. Always belongs to one owner (the end user of the hosting app). */
export interface ProjectRecord {
  id: string;
  /** Owner id given by the hosting app (`authorize`); every read is scoped to it. */
  ownerId: string;
  name: string;
  kind: ProjectKind;
  /** Number of the current version, `null` before the first version. */
  currentVersion: number | null;
  /**
   * The builder chain a DApp deploys to, by name (`createBuilder({ chains })`, or `default` for
   * `createBuilder({ chain })`): its runs use that chain. Absent for other kinds, for a DApp of a
   * builder without a chain, and for projects stored before chains had names (they use the default chain).
   */
  chain?: string;
  createdAt: string;
  updatedAt: string;
}

/** One page of an owner's projects (`searchProjects`, `GET /projects?cursor=`). */
export interface ProjectPage {
  /** Newest first. */
  projects: ProjectRecord[];
  /** Pass it as `cursor` to get the next page; `null` on the last page. */
  nextCursor: string | null;
}

/**
 * `queued`: enqueued on a run queue, not yet claimed by a worker (`createBuilder({ queue })`).
 * `awaiting_approval`: planned with `approvePlan: true`, waiting for `approvePlan` or `rejectPlan`.
 */
export type RunStatus = 'queued' | 'running' | 'awaiting_approval' | 'completed' | 'failed' | 'cancelled';

/** Budgets of one run. */
export interface RunBudgets {
  /** Fix attempts before the run fails. */
  maxFixAttempts: number;
  /** Total input + output tokens before the run fails. */
  maxTokens: number;
  /** Wall time in milliseconds before the run fails. */
  maxWallTimeMs: number;
  /** Cost in US dollars before the run fails (from the owner's `maxCostUsdPerRun`); no cap when absent. */
  maxCostUsd?: number;
}

/** One generate, edit or resume of a project. */
export interface RunRecord {
  id: string;
  projectId: string;
  ownerId: string;
  /** `check`: a check-only run of a stored version (`saveFiles({ check: true })`): no model, no new version. */
  mode: 'generate' | 'edit' | 'check';
  prompt: string;
  status: RunStatus;
  budgets: RunBudgets;
  /** Sum of the run's usage events, in US dollars. */
  costUsd: number;
  /** Set when the run failed or was cancelled. */
  error: { code: string; message: string } | null;
  createdAt: string;
  updatedAt: string;
}

/** A chat message of a project's history. */
export interface MessageRecord {
  id: string;
  projectId: string;
  runId: string | null;
  role: 'user' | 'assistant';
  content: string;
  createdAt: string;
}

/** An immutable snapshot of a project's files. */
export interface VersionRecord {
  projectId: string;
  /** 1, 2, 3... per project. */
  number: number;
  /** Version this one was made from, `null` for the first. */
  parent: number | null;
  message: string;
  /** Run that created it, `null` for imports and restores made outside a run. A run creates at most one version. */
  runId: string | null;
  /** Number of files. */
  fileCount: number;
  createdAt: string;
}

/** A deployed (or attempted) contract. */
export interface ContractRecord {
  id: string;
  projectId: string;
  runId: string | null;
  name: string;
  address: string;
  chainId: number;
  network: string;
  abi: unknown[];
  source: string;
  txHash: string;
  explorerUrl: string | null;
  status: 'deployed' | 'failed' | 'verified';
  createdAt: string;
}

/** Where a deployment is in its life: `building` (its build or upload is under way), `ready` (its URL serves it), `failed`, `stopped` (undeployed). */
export type DeploymentRecordStatus = 'building' | 'ready' | 'failed' | 'stopped';

/** One deployment of one version of a project, stored per owner (see `builder.deploy`). */
export interface DeploymentRecord {
  /** Buildwright's id of the deployment (routes and `undeploy` take it). */
  id: string;
  projectId: string;
  ownerId: string;
  /** The deploy target it went to, as named in `createBuilder({ deploy })`: `static`, `node`, `vercel`... */
  target: string;
  versionNumber: number;
  status: DeploymentRecordStatus;
  /** The adapter's own id of the deployment, once the adapter answered. */
  providerDeploymentId: string | null;
  /** The URL that serves exactly this version, once ready. */
  url: string | null;
  /** The project's stable URL while it points at this deployment. */
  aliasUrl: string | null;
  /** Why it failed: a coded, actionable message. */
  error: { code: string; message: string } | null;
  /** What the deploy wants you to know, e.g. that a DApp points at a local development chain. */
  warnings: string[];
  /** ISO 8601. */
  createdAt: string;
  /** ISO 8601. */
  updatedAt: string;
}

/** Usage of one model call, stored per run. */
export interface UsageRecord {
  runId: string;
  node: string;
  model: string;
  inputTokens: number;
  outputTokens: number;
  cachedInputTokens: number;
  costUsd: number;
  estimated: boolean;
}
