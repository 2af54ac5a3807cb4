import type { ChatPart } from './chat-parts.js';
import type { BuilderSnapshot, ChatMessage, FilesView, RunView } from './client-state.js';

/** The id of a run's `activity` message. */
export const activityMessageId = (runId: string) => `${runId}:activity`;

/** The parts of a run's activity: requirements, plan, checks, fix attempts, changed files, notices. */
export function activityParts(run: RunView, changes: FilesView['changes']): ChatPart[] {
  return [
    ...(run.requirements ? [{ type: 'requirements' as const, requirements: run.requirements }] : []),
    ...(run.plan ? [{ type: 'plan' as const, plan: run.plan }] : []),
    ...run.checks.map((check) => ({ type: 'check' as const, check })),
    ...run.fixAttempts.map((fix) => ({ type: 'fix' as const, fix })),
    ...Object.entries(changes).map(([path, change]) => ({ type: 'file' as const, path, change })),
    ...run.notices.map((notice) => ({ type: 'notice' as const, ...notice })),
  ];
}

/**
 * Brings the current run's `activity` message up to date with `run` (created when the run has its
 * first part, placed before the run's closing message). Messages of earlier runs stay as they were,
 * so the thread keeps every run's plan, checks and fixes. Returns `snapshot` itself when nothing changed.
 */
export function syncActivity(snapshot: BuilderSnapshot, previous: BuilderSnapshot): BuilderSnapshot {
  const { run } = snapshot;
  if (!run) return snapshot;
  const same =
    previous.run?.id === run.id &&
    previous.run.requirements === run.requirements &&
    previous.run.plan === run.plan &&
    previous.run.checks === run.checks &&
    previous.run.fixAttempts === run.fixAttempts &&
    previous.run.notices === run.notices &&
    previous.files.changes === snapshot.files.changes;
  const id = activityMessageId(run.id);
  const index = snapshot.messages.findIndex((message) => message.id === id);
  if (same && (index !== -1 || previous.messages === snapshot.messages)) return snapshot;
  const parts = activityParts(run, snapshot.files.changes);
  if (parts.length === 0 && index === -1) return snapshot;
  const message: ChatMessage = { id, runId: run.id, role: 'assistant', kind: 'activity', content: '', parts, node: null, streaming: false };
  if (index !== -1) return { ...snapshot, messages: snapshot.messages.map((existing, i) => (i === index ? message : existing)) };
  const closing = snapshot.messages.findIndex((existing) => existing.runId === run.id && (existing.kind === 'summary' || existing.kind === 'error' || existing.kind === 'notice'));
  const at = closing === -1 ? snapshot.messages.length : closing;
  return { ...snapshot, messages: [...snapshot.messages.slice(0, at), message, ...snapshot.messages.slice(at)] };
}
