import { toBuildwrightError } from '@buildwright/client';
import { useCallback, useEffect, useState } from 'react';

/** A resource loaded for a component: the value once in, the failure, and `reload`. */
export interface AgentResource<T> {
  value: T | null;
  status: 'loading' | 'ready' | 'failed';
  error: { code: string; message: string } | null;
  reload(): void;
}

/** Loads `load()` on mount and whenever `key` changes (answers of an earlier key are dropped). */
export function useAgentResource<T>(load: () => Promise<T>, key: string): AgentResource<T> {
  const [state, setState] = useState<Omit<AgentResource<T>, 'reload'>>({ value: null, status: 'loading', error: null });
  const [round, setRound] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` names everything `load` reads; `round` is a reload
  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, status: 'loading', error: null }));
    load().then(
      (value) => current && setState({ value, status: 'ready', error: null }),
      (error: unknown) => {
        const known = toBuildwrightError(error, { code: 'INTERNAL', message: 'The request failed.' });
        if (current) setState((previous) => ({ ...previous, status: 'failed', error: { code: known.code, message: known.message } }));
      },
    );
    return () => {
      current = false;
    };
  }, [key, round]);
  const reload = useCallback(() => setRound((value) => value + 1), []);
  return { ...state, reload };
}
