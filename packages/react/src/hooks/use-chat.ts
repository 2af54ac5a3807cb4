import {
  BuildwrightError,
  runFinish,
  type BuildwrightErrorCode,
  type ChatFinishInfo,
  type ChatMessage,
  type ChatStatus,
  type ClientError,
  type CreateRunResponse,
  type ProjectKind,
  type RunStartOptions,
  type RunView,
} from '@buildwright/client';
import { useEffect, useRef } from 'react';
import { useBuilder } from './use-builder.js';
import { useBuilderSnapshot } from './use-builder-snapshot.js';
import { useMessages, useRun } from './use-run.js';

export interface UseChatOptions {
  /** Called when a run ends (completed, failed or cancelled) while this component is mounted. */
  onFinish?: (info: ChatFinishInfo) => void;
  /** Called when the chat goes to `error` (a run failed or could not start). */
  onError?: (error: BuildwrightError) => void;
}

export interface UseChatResult {
  /** `ready`, `submitted` (a run was asked for), `streaming` (it goes on) or `error`. */
  status: ChatStatus;
  /** Why `status` is `error`, else null. */
  error: ClientError | null;
  /** Every message of the thread, each with typed `parts`; every run keeps its own. */
  messages: readonly ChatMessage[];
  /** The current run (plan, checks, usage...), or null. */
  run: RunView | null;
  /** Sends a prompt: an edit of the current project, else a new one of `kind`. `metadata` reaches the host's `beforeRun`. */
  send: (prompt: string, options?: RunStartOptions & { kind?: ProjectKind }) => Promise<CreateRunResponse>;
  /** Cancels the current run. */
  stop: () => Promise<void>;
  /** Sends the last prompt again as a new run. */
  regenerate: (options?: RunStartOptions) => Promise<CreateRunResponse>;
  /** Clears `error` (and the error list) so `status` is `ready` again. */
  clearError: () => void;
}

/**
 * The chat in the AI SDK's `useChat` shape, over the nearest `<BuilderProvider>`'s client: one
 * `status`, `messages` with typed `parts`, `send`, `stop`, `regenerate`, `onFinish`/`onError`.
 *
 * @example
 * const { status, messages, send, stop } = useChat({ onFinish: ({ run }) => toast(`Version ${run.versionNumber}`) });
 * <button onClick={() => send('add a dark mode', { metadata: { theme: 'dark' } })} disabled={status !== 'ready'}>Dark mode</button>
 */
export function useChat(options: UseChatOptions = {}): UseChatResult {
  const client = useBuilder();
  const status = useBuilderSnapshot(selectStatus);
  const error = useBuilderSnapshot(selectError);
  const messages = useMessages();
  const run = useRun();
  const callbacks = useRef(options);
  callbacks.current = options;

  useEffect(() => {
    let previous = client.getSnapshot();
    return client.subscribe(() => {
      const next = client.getSnapshot();
      const before = previous;
      previous = next;
      const finish = runFinish(before, next);
      if (next.error && next.error !== before.error) {
        const { code, message, source } = next.error;
        callbacks.current.onError?.(new BuildwrightError({ code: code as BuildwrightErrorCode, message, details: { source } }));
      }
      if (finish) callbacks.current.onFinish?.(finish);
    });
  }, [client]);

  return {
    status,
    error,
    messages,
    run,
    send: (prompt, { kind, ...start } = {}) => client.send(prompt, kind, start),
    stop: () => client.stop(),
    regenerate: (start) => client.regenerate(start),
    clearError: () => client.clearErrors(),
  };
}

const selectStatus = (snapshot: { status: ChatStatus }) => snapshot.status;
const selectError = (snapshot: { error: ClientError | null }) => snapshot.error;
