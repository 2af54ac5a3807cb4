import type { ProjectKind } from './storage.js';

/** Where a deployment is in its life. */
export type DeploymentStatus = 'building' | 'ready' | 'failed' | 'stopped';

/** One deployment of one version of a project, as a deploy adapter reports it. */
export interface Deployment {
  /** The adapter's id for it (stable; `status` and `undeploy` take it). */
  deploymentId: string;
  /** Adapter name, e.g. `static`, `node`, `vercel`. */
  target: string;
  projectId: string;
  /** The version deployed. */
  versionNumber: number;
  status: DeploymentStatus;
  /** The URL that serves exactly this version (immutable), once ready. */
  url: string | null;
  /** The project's stable URL, when this deployment is the one it points at (moves on the next deploy). */
  aliasUrl: string | null;
  /** Why it failed (a coded, actionable message), when `status` is `failed`. */
  error: { code: string; message: string } | null;
  /** ISO 8601. */
  createdAt: string;
}

/** A production build: path → content (UTF-8 text as a string, any other file as its bytes) under `outputDir`. */
export interface DeployBuild {
  files: Record<string, string | Uint8Array>;
  outputDir: string;
}

/** What is deployed: one stored version, its files and how to build it. */
export interface DeployInput {
  project: { id: string; ownerId: string; kind: ProjectKind; name: string };
  version: { number: number; message: string };
  /** Path → content of the version (sources; the adapter builds them unless `build` is given). */
  files: Record<string, string>;
  kind: ProjectKind;
  /**
   * The version's production build, when the caller already has it (path → content, e.g. `dist/`
   * of a verified web run), or `undefined` to let the adapter build (or serve sources, for `api`).
   * Text files are strings; others (images, fonts, wasm) are their bytes, unchanged.
   */
  build?: DeployBuild;
  /** Values written into the deployed build, e.g. a DApp's contract address and chain. */
  env?: Record<string, string>;
  signal?: AbortSignal;
}

/**
 * The deploy port: publish a version of a project at a URL that outlives the run, its sandbox and
 * its preview. Each deploy is a new deployment with its own immutable URL; the project's alias
 * moves to the newest ready one. Errors are `BuildwrightError`s with a code and what to do.
 *
 * Implementations: `staticDeploy` (built web/DApp versions served by an HTTP server of the SDK from
 * immutable directories), `nodeDeploy` (API projects as supervised processes), `vercelDeploy`.
 */
export interface DeployAdapter {
  readonly specificationVersion: 'v1';
  /** Adapter name, e.g. `static`. */
  readonly provider: string;
  /** Kinds this adapter can deploy; `deploy` of another kind fails with `DEPLOY_UNSUPPORTED_KIND`. */
  readonly kinds: readonly ProjectKind[];
  /** Deploys a version; resolves once it is `ready` (its URL serves it) or rejects with a coded error. */
  deploy(input: DeployInput): Promise<Deployment>;
  /** The deployment's current state; `undefined` when the adapter does not know it. */
  status(input: { deploymentId: string }): Promise<Deployment | undefined>;
  /** Stops serving a deployment (its URL then answers 404, or stops); the alias moves back or goes away. Idempotent. */
  undeploy(input: { deploymentId: string }): Promise<void>;
  /** The adapter's deployments of a project, newest first. */
  list(input: { projectId: string }): Promise<Deployment[]>;
  /** Releases servers and processes it started (deployed builds stay on disk/remote). */
  close(): Promise<void>;
}
