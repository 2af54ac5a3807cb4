import type { CheckView, FileChange, FixAttemptView, PlanView } from './client-state.js';
import type { Requirements } from './event-types.js';

/** Status of the chat, as the AI SDK's `useChat` has it: one value for the whole conversation. */
export type ChatStatus =
  /** Nothing in flight: send a prompt. */
  | 'ready'
  /** A run was asked for and has not produced an event yet. */
  | 'submitted'
  /** A run is under way (its events arrive; it may wait for a plan's approval). */
  | 'streaming'
  /** The last run failed or could not start: `snapshot.error` says why; sending again clears it. */
  | 'error';

/** Prose: a prompt, or what the model wrote (markdown). */
export interface TextPart {
  readonly type: 'text';
  readonly text: string;
}
/** The requirements analyst's spec: user stories with acceptance criteria, entities, pages, template. */
export interface RequirementsPart {
  readonly type: 'requirements';
  readonly requirements: Requirements;
}
/** The run's plan with each step's live status. */
export interface PlanPart {
  readonly type: 'plan';
  readonly plan: PlanView;
}
/** The latest result of one check of the run. */
export interface CheckPart {
  readonly type: 'check';
  readonly check: CheckView;
}
/** One fix attempt of the run and the report that caused it. */
export interface FixPart {
  readonly type: 'fix';
  readonly fix: FixAttemptView;
}
/** A file the run changed. */
export interface FilePart {
  readonly type: 'file';
  readonly path: string;
  readonly change: FileChange;
}
/** Something the engine said (a recorded model is in use, a run was cancelled). */
export interface NoticePart {
  readonly type: 'notice';
  readonly level: 'info' | 'warn';
  readonly message: string;
}
/** The run's final summary (markdown). */
export interface SummaryPart {
  readonly type: 'summary';
  readonly text: string;
}
/** Why the run failed. */
export interface ErrorPart {
  readonly type: 'error';
  readonly code: string;
  readonly message: string;
  /** The check that failed, when one did. */
  readonly check: string | null;
}

/** A typed part of a chat message; switch on `type`. */
export type ChatPart = TextPart | RequirementsPart | PlanPart | CheckPart | FixPart | FilePart | NoticePart | SummaryPart | ErrorPart;
