import type { ContractRecord, DeploymentRecord, MessageRecord, ProjectKind, ProjectRecord, RunRecord, VersionRecord } from './records.js';
import type { BuildwrightEvent } from './event-types.js';

/** `POST /runs` and `POST /projects/:id/runs` (201). */
export interface CreateRunResponse {
  runId: string;
  projectId: string;
}

/** `GET /projects?query=&cursor=&limit=`: one page of the owner's projects, newest first. */
export interface ProjectsResponse {
  projects: ProjectRecord[];
  /** Pass it as `cursor` for the next page; `null` on the last page. */
  nextCursor: string | null;
}

/** `PATCH /projects/:id` (rename). */
export interface ProjectResponse {
  project: ProjectRecord;
}

/** `PUT /projects/:id/files` body: hand edits made on `baseVersion` (changes, not the whole tree). */
export interface SaveFilesRequest {
  /** Changed and added files: path → whole new content. */
  files: Record<string, string>;
  /** Paths of files of the base version to remove. */
  deleted?: string[];
  /** The version the edits were made on (`null` for a project without versions); 409 `VERSION_CONFLICT` when it is no longer current. */
  baseVersion: number | null;
  /** Message of the new version (default `Edit by hand`). */
  message?: string;
  /**
   * Also run the checks on the saved version in a check-only run (no model, no other version; a
   * failed check is reported, not fixed): the response's `runId` names it. 409 `PROJECT_BUSY`
   * (nothing stored) while a run of the project is in progress.
   */
  check?: boolean;
}

/** `PUT /projects/:id/files`: 201 with the new version, or 200 with the base version when the edits changed nothing (`created: false`). */
export interface SaveFilesResponse {
  version: VersionRecord;
  created: boolean;
  /** Paths written (changed or added), normalized, sorted. */
  written: string[];
  /** Paths removed, normalized, sorted. */
  deleted: string[];
  /** With `check: true`: the check run of `version`; follow it as any run (`GET /runs/:id/events`). */
  runId?: string;
}

/** `GET /projects/:id`: the project with its runs (oldest first), chat messages and contracts. */
export interface ProjectDetailResponse {
  project: ProjectRecord;
  runs: RunRecord[];
  messages: MessageRecord[];
  contracts: ContractRecord[];
}

/** `GET /runs/:id/events` with `Accept: application/json`: the run's stored events. */
export interface RunEventsResponse {
  events: BuildwrightEvent[];
}

/** `GET /projects/:id/files?version=`. */
export interface FilesResponse {
  version: VersionRecord;
  files: Record<string, string>;
}

/** `GET /projects/:id/versions`. */
export interface VersionsResponse {
  versions: VersionRecord[];
}

/** `GET /projects/:id/diff?from=&to=`. */
export interface DiffResponse {
  from: number;
  to: number;
  files: FileDiff[];
}

/** `POST /projects/:id/restore` (201): the new version. */
export interface RestoreResponse {
  version: VersionRecord;
}

/** `POST /projects/:id/deployments` (201): the deployment, ready (a failed deploy is an error response). */
export interface DeployResponse {
  deployment: DeploymentRecord;
}

/** `GET /projects/:id/deployments`: newest first. */
export interface DeploymentsResponse {
  deployments: DeploymentRecord[];
}

/** `GET /runs/:id`. */
export interface RunResponse {
  run: RunRecord;
}

/** `POST /runs/:id/cancel`: whether a running run was stopped, and the run's status after. */
export interface CancelResponse {
  cancelled: boolean;
  status: RunRecord['status'];
}

/** `POST /runs/:id/plan-approval` with `{ plan? }`: the run continues with that plan (or the model's). */
export interface PlanApprovalResponse {
  approved: true;
  runId: string;
}

/** `POST /runs/:id/tool-approvals/:approvalId` with `{ decision, remember? }`: the tool call goes on (or is refused). */
export interface ToolApprovalResponse {
  decided: true;
  decision: 'allow' | 'deny';
}

/** One file's change between two versions. */
export interface FileDiff {
  path: string;
  status: 'added' | 'removed' | 'modified';
  /** Unified diff (`--- a/path`, `+++ b/path`, `@@` hunks with 3 lines of context). */
  patch: string;
}

/** A template of the server's builder, as `GET /templates` lists it. */
export interface TemplateSummary {
  /** Registry name (what `generate` takes as `template`). */
  name: string;
  kinds: ProjectKind[];
  description: string;
  tags: string[];
  stack: string[];
}

/** A template found by `GET /templates?query=`: `score` is its cosine similarity to the query (-1 to 1). */
export interface TemplateMatch {
  name: string;
  score: number;
  description: string;
}

/** `GET /templates` (a list) and `GET /templates?query=` (matches, best first). */
export interface TemplatesResponse<T extends TemplateSummary | TemplateMatch = TemplateSummary> {
  templates: T[];
}
