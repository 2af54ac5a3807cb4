import { useCallback, useEffect, useState } from 'react';
import { api, ApiError } from './api.js';

/**
 * GETs `path` on mount (and on `reload()`): `{ data, error, reload }`.
 *
 * @example
 * const { data } = useApi<{ keys: ApiKey[] }>('/keys');
 */
export function useApi<T>(path: string | null): { data: T | null; error: ApiError | null; reload: () => void } {
  const [data, setData] = useState<T | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [round, setRound] = useState(0);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `round` is the reload signal: a new value fetches again.
  useEffect(() => {
    if (!path) return;
    let live = true;
    api<T>('GET', path).then(
      (value) => live && (setData(value), setError(null)),
      (failure: unknown) => live && setError(failure instanceof ApiError ? failure : new ApiError(0, 'NETWORK', String(failure))),
    );
    return () => {
      live = false;
    };
  }, [path, round]);
  return { data, error, reload: useCallback(() => setRound((value) => value + 1), []) };
}

/** An error as the pages show it: its code and message. */
export function ErrorNote({ error }: { error: unknown }) {
  if (!error) return null;
  const code = error instanceof ApiError ? error.code : 'ERROR';
  return (
    <p role="alert" className="error" data-code={code}>
      {code}: {error instanceof Error ? error.message : String(error)}
    </p>
  );
}
