import { chatMessage } from './chat-message.js';
import { initialSnapshot, type BuilderSnapshot, type ChatMessage } from './client-state.js';
import type { BuildwrightEvent } from './event-types.js';
import { createRunView, foldEvent } from './fold-event.js';
import type { MessageRecord, ProjectKind, RunRecord } from './records.js';
import { activityMessageId } from './run-activity.js';

/** Most earlier runs a loaded project replays the activity of (one request for each run's stored events). */
export const replayedRunsLimit = 10;

/**
 * A finished run's `activity` message — its requirements, plan, checks, fix attempts, changed files
 * and notices — folded from its stored events as a live client would have; null when it had none.
 */
export function replayActivity(run: RunRecord, kind: ProjectKind, events: readonly BuildwrightEvent[]): ChatMessage | null {
  let snapshot: BuilderSnapshot = { ...initialSnapshot, run: createRunView({ id: run.id, projectId: run.projectId, mode: run.mode, prompt: run.prompt, kind }) };
  for (const event of events) snapshot = foldEvent(snapshot, event);
  return snapshot.messages.find((message) => message.id === activityMessageId(run.id)) ?? null;
}

/** A project's stored messages as chat messages, each run's replayed activity right after its prompt. */
export function historyMessages(messages: readonly MessageRecord[], activities: ReadonlyMap<string, ChatMessage>): ChatMessage[] {
  return messages.flatMap((message) => {
    const stored = chatMessage({ id: `message:${message.id}`, runId: message.runId, role: message.role, kind: message.role === 'user' ? 'prompt' : 'summary', content: message.content });
    const activity = message.role === 'user' && message.runId !== null ? activities.get(message.runId) : undefined;
    return activity ? [stored, activity] : [stored];
  });
}
