import type { ProjectRecord } from '@buildwright/client';
import { useEffect } from 'react';
import { useBuilder } from './use-builder.js';
import { useBuilderSnapshot } from './use-builder-snapshot.js';

const selectProject = (snapshot: { project: ProjectRecord | null }) => snapshot.project;

/**
 * The current project. Given a `projectId` that is not loaded, loads it (history, files,
 * versions, latest run).
 *
 * @example
 * const project = useProject(params.projectId);
 * return <h1>{project?.name ?? 'Loading…'}</h1>;
 */
export function useProject(projectId?: string): ProjectRecord | null {
  const client = useBuilder();
  const project = useBuilderSnapshot(selectProject);
  useEffect(() => {
    if (projectId && client.getSnapshot().project?.id !== projectId) client.loadProject(projectId).catch(() => undefined);
  }, [client, projectId]);
  return project;
}
