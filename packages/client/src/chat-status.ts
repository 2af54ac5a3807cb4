import type { ChatStatus } from './chat-parts.js';
import type { BuilderSnapshot, ChatMessage, RunView } from './client-state.js';

/**
 * The snapshot with `status` derived from it: `submitted` while a generate/edit request is in
 * flight or its run has no event yet, `streaming` while the run goes on, `error` while `error` is
 * set, else `ready`. Returns the same snapshot when the status did not change.
 */
export function withChatStatus(snapshot: BuilderSnapshot): BuilderSnapshot {
  const status = chatStatusOf(snapshot);
  return status === snapshot.status ? snapshot : { ...snapshot, status };
}

function chatStatusOf({ pending, run, error }: BuilderSnapshot): ChatStatus {
  if (pending === 'generate' || pending === 'edit' || run?.status === 'starting') return 'submitted';
  if (run?.status === 'running' || run?.status === 'awaiting_approval') return 'streaming';
  return error ? 'error' : 'ready';
}

/** What `onFinish` gets when a run ends. */
export interface ChatFinishInfo {
  /** The run as it ended. */
  readonly run: RunView;
  /** The run's closing message (summary, error or cancel notice), or null when none arrived. */
  readonly message: ChatMessage | null;
  /** Every message of the thread. */
  readonly messages: readonly ChatMessage[];
  /** True when the run was cancelled (`stop()`). */
  readonly isAbort: boolean;
  /** True when the run failed. */
  readonly isError: boolean;
}

const ended = (run: RunView | null | undefined) => run?.status === 'completed' || run?.status === 'failed' || run?.status === 'cancelled';

/**
 * The finish of the run that ended between two snapshots of a client, or null when none did (a run
 * loaded already ended did not finish now). What `onFinish` is called with.
 *
 * @example
 * const finish = runFinish(previous, client.getSnapshot());
 * if (finish?.isError) showRetry();
 */
export function runFinish(previous: BuilderSnapshot, next: BuilderSnapshot): ChatFinishInfo | null {
  const { run } = next;
  if (!run || !ended(run) || previous.run?.id !== run.id || ended(previous.run)) return null;
  const message = next.messages.findLast((candidate) => candidate.runId === run.id && (candidate.kind === 'summary' || candidate.kind === 'error' || candidate.kind === 'notice')) ?? null;
  return { run, message, messages: next.messages, isAbort: run.status === 'cancelled', isError: run.status === 'failed' };
}
