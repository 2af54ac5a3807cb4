import { toBuildwrightError, type AgentEventWire, type AgentExecutionRecordWire, type AgentsClient } from '@buildwright/client';

/** What an `<AgentPlayground/>` shows: the last execution's events as they arrived, then its record or the error. */
export interface AgentPlaygroundSnapshot {
  readonly status: 'idle' | 'running' | 'succeeded' | 'failed' | 'cancelled';
  readonly events: readonly AgentEventWire[];
  /** The stored record once the execution ended. */
  readonly execution: AgentExecutionRecordWire | null;
  /** Why it failed: the execution's error, or the refusal (unpublished agent, bad input...). */
  readonly error: { readonly code: string; readonly message: string } | null;
}

export interface AgentPlaygroundStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): AgentPlaygroundSnapshot;
  /** Executes the agent with `text`: parsed as JSON when it is JSON, else sent as a string. */
  send(text: string): Promise<void>;
  /** Stops the running execution (the server stores it as failed with `RUN_CANCELLED`). */
  cancel(): void;
}

export const initialAgentPlayground: AgentPlaygroundSnapshot = Object.freeze({ status: 'idle', events: [], execution: null, error: null });

/** The input an agent gets for what was typed: JSON when it parses, else the text. */
export function agentInput(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** The state and actions of a playground over `client.execute` with streamed events. */
export function createAgentPlaygroundStore(client: Pick<AgentsClient, 'execute'>, options: { agentId: string; version?: number }): AgentPlaygroundStore {
  let snapshot = initialAgentPlayground;
  let controller: AbortController | undefined;
  const listeners = new Set<() => void>();
  const update = (change: Partial<AgentPlaygroundSnapshot>) => {
    snapshot = { ...snapshot, ...change };
    for (const listener of [...listeners]) listener();
  };
  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    async send(text) {
      if (snapshot.status === 'running' || !text.trim()) return;
      const mine = new AbortController();
      controller = mine;
      update({ status: 'running', events: [], execution: null, error: null });
      try {
        const execution = await client.execute(options.agentId, agentInput(text), {
          signal: mine.signal,
          ...(options.version === undefined ? {} : { version: options.version }),
          onEvent: (event) => update({ events: [...snapshot.events, event] }),
        });
        update({ status: execution.status === 'succeeded' ? 'succeeded' : 'failed', execution, error: execution.error });
      } catch (error) {
        if (mine.signal.aborted) return update({ status: 'cancelled', error: null });
        const known = toBuildwrightError(error, { code: 'INTERNAL', message: 'The execution failed.' });
        update({ status: 'failed', error: { code: known.code, message: known.message } });
      } finally {
        if (controller === mine) controller = undefined;
      }
    },
    cancel: () => controller?.abort(),
  };
}
