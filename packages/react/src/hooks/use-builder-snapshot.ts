import type { BuilderClient, BuilderSnapshot } from '@buildwright/client';
import { useCallback, useSyncExternalStore } from 'react';
import { missingProvider, useOptionalBuilder } from './use-builder.js';

/**
 * A part of the builder's snapshot, re-rendering only when that part changes. `select` must
 * return a part of the snapshot (or a primitive), not a new object.
 *
 * @example
 * const connection = useBuilderSnapshot((snapshot) => snapshot.connection);
 */
export function useBuilderSnapshot<T = BuilderSnapshot>(select: (snapshot: BuilderSnapshot) => T = (snapshot) => snapshot as T, client?: BuilderClient): T {
  const fromContext = useOptionalBuilder();
  const store = client ?? fromContext;
  if (!store) throw missingProvider('A Buildwright hook');
  const read = useCallback(() => select(store.getSnapshot()), [store, select]);
  return useSyncExternalStore(store.subscribe, read, read);
}
