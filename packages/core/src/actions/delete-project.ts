import type { BuilderContext } from '../run/run-context.js';

export interface DeleteProjectOptions {
  ownerId: string;
  projectId: string;
}

/**
 * Deletes an owner's project and everything stored with it (see `StorageAdapter.deleteProject`),
 * then stops the sandbox this builder had open for it. `PROJECT_BUSY` while one of its runs is
 * running or queued (cancel it first); `PROJECT_NOT_FOUND` when it is not the owner's.
 *
 * @example
 * await deleteProject(context, { ownerId: 'user-1', projectId });
 */
export async function deleteProject(builder: BuilderContext, { ownerId, projectId }: DeleteProjectOptions): Promise<void> {
  await builder.options.storage.deleteProject({ ownerId, projectId });
  const opening = builder.sandboxes.get(projectId);
  if (!opening) return;
  builder.sandboxes.delete(projectId);
  await opening.then((sandbox) => sandbox.kill()).catch(() => undefined);
}
