import type { VersionRecord } from '@buildwright/client';
import { useCallback, useEffect, useMemo } from 'react';
import { useBuilder } from './use-builder.js';
import { useBuilderSnapshot } from './use-builder-snapshot.js';

export interface UseVersionsResult {
  /** Versions, oldest first. */
  versions: readonly VersionRecord[];
  /** The project's current version number. */
  current: number | null;
  /** True once the list was loaded for this project. */
  loaded: boolean;
  /** True while a restore is in flight. */
  restoring: boolean;
  /** Makes a new version with the files of `version`. */
  restore(version: number): Promise<void>;
}

/**
 * The versions of the current project and `restore`. Loads the list when a project is loaded
 * and the list is not.
 *
 * @example
 * const { versions, current, restore } = useVersions();
 * versions.map((version) => <button disabled={version.number === current} onClick={() => restore(version.number)}>v{version.number}</button>);
 */
export function useVersions(): UseVersionsResult {
  const client = useBuilder();
  const versions = useBuilderSnapshot((snapshot) => snapshot.versions);
  const projectId = useBuilderSnapshot((snapshot) => snapshot.project?.id ?? null);
  const current = useBuilderSnapshot((snapshot) => snapshot.files.version ?? snapshot.project?.currentVersion ?? null);
  const restoring = useBuilderSnapshot((snapshot) => snapshot.pending === 'restore');
  useEffect(() => {
    if (projectId && !client.getSnapshot().versions.loaded) client.loadVersions().catch(() => undefined);
  }, [client, projectId]);
  const restore = useCallback((version: number) => client.restore(version), [client]);
  return useMemo(() => ({ versions: versions.list, current, loaded: versions.loaded, restoring, restore }), [versions, current, restoring, restore]);
}
