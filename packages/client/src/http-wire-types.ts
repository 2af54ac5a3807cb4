import type { ContractRecord, DeploymentRecord, MessageRecord, ProjectRecord, RunRecord, VersionRecord } from './records.js';

/** `POST /runs` and `POST /projects/:id/runs` (201). */
export interface CreateRunResponse {
  runId: string;
  projectId: string;
}

/** `GET /projects`. */
export interface ProjectsResponse {
  projects: ProjectRecord[];
}

/** `GET /projects/:id`: the project with its runs (oldest first), chat messages and contracts. */
export interface ProjectDetailResponse {
  project: ProjectRecord;
  runs: RunRecord[];
  messages: MessageRecord[];
  contracts: ContractRecord[];
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
