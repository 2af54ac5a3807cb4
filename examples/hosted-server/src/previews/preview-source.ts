import type { StorageAdapter } from '@buildwright/core';

/**
 * Where a project's preview is: the live URL its last run announced (`preview.ready` from a
 * sandbox running the app's server), or `undefined` to serve the stored files of its current
 * version (always there: a sandbox may have expired, the server restarted, or the sandbox, as the
 * in-memory one, runs nothing).
 *
 * @example
 * const live = await livePreviewUrl(storage, userId, projectId);
 */
export async function livePreviewUrl(storage: StorageAdapter, ownerId: string, projectId: string): Promise<string | undefined> {
  const runs = await storage.listRuns({ ownerId, projectId });
  const last = runs.filter((run) => run.status === 'completed').at(-1);
  if (!last) return undefined;
  const events = await storage.readEvents({ ownerId, runId: last.id });
  const ready = events.filter((event) => event.type === 'preview.ready').at(-1);
  return ready && /^https?:\/\//.test(ready.url) ? ready.url : undefined;
}
