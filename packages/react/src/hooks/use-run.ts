import type { ChatMessage, RunView } from '@buildwright/client';
import { useEffect } from 'react';
import { useBuilder } from './use-builder.js';
import { useBuilderSnapshot } from './use-builder-snapshot.js';

const selectRun = (snapshot: { run: RunView | null }) => snapshot.run;
const selectMessages = (snapshot: { messages: readonly ChatMessage[] }) => snapshot.messages;

/**
 * The current run: status, plan with step status, checks, fix attempts, usage, error. Given a
 * `runId` that is not the current run, loads its project and follows it (e.g. after a reload).
 *
 * @example
 * const run = useRun();
 * if (run?.status === 'running') return <Spinner label={run.plan?.title} />;
 */
export function useRun(runId?: string): RunView | null {
  const client = useBuilder();
  const run = useBuilderSnapshot(selectRun);
  useEffect(() => {
    if (runId && client.getSnapshot().run?.id !== runId) client.followRun(runId).catch(() => undefined);
  }, [client, runId]);
  return run;
}

/**
 * The chat messages of the current project: prompts, streamed model text, summaries, errors.
 *
 * @example
 * const messages = useMessages();
 * messages.map((message) => <p key={message.id}>{message.content}</p>);
 */
export function useMessages(): readonly ChatMessage[] {
  return useBuilderSnapshot(selectMessages);
}
