import { Annotation } from '@langchain/langgraph';
import type { Plan, Requirements } from '../events/events.js';
import type { CheckIssue, RunPreview } from '../spec/check.js';
import type { VersionRecord } from '../spec/storage.js';

/** A failed check as the fix step sees it. */
export interface CheckFailure {
  node: string;
  report: string;
  issues: CheckIssue[];
  /** Workspace digest when it failed: the same failure on the same files means no progress. */
  digest: string;
}

/** The serializable state of a run, checkpointed after every node. */
export const RunStateAnnotation = Annotation.Root({
  acceptedPlan: Annotation<Plan | null>,
  /**
   * The requirements analyst's spec (`createBuilder({ requirements: true })`), once its node ran:
   * the plan is made from it, and its acceptance criteria are what a testing step tests. Absent
   * (or null) without the node, and in checkpoints of older releases.
   */
  requirementsSpec: Annotation<Requirements | null | undefined>,
  /** The working tree (path → content): the truth the sandbox is rebuilt from. */
  workingFiles: Annotation<Record<string, string>>,
  fixAttempts: Annotation<number>,
  pendingFailure: Annotation<CheckFailure | null>,
  previousFailure: Annotation<CheckFailure | null>,
  buildSummary: Annotation<string>,
  /**
   * The version the run's files were made from (`null`: a new project), so the version it stores
   * refuses a head that moved meanwhile (`expectedHead`). Absent in checkpoints of older releases.
   */
  baseVersion: Annotation<number | null | undefined>,
  /** The app a check served and verified (the browser check's preview), once one did. */
  verifiedPreview: Annotation<RunPreview | null | undefined>,
  /**
   * `required`: the run stops after its plan until the plan is approved (`generate({ approvePlan: true })`);
   * `approved` once it was. Absent (or null) for runs that never wait.
   */
  planApproval: Annotation<'required' | 'approved' | null | undefined>,
  /** Wall time (ms) the run had used when it stopped to wait for approval: its wall-time budget goes on from there. */
  wallTimeUsedMs: Annotation<number | undefined>,
  /** The version the finalize node stored: the run's result. */
  storedVersion: Annotation<VersionRecord | null | undefined>,
});

export type RunState = typeof RunStateAnnotation.State;
export type RunStateUpdate = typeof RunStateAnnotation.Update;
