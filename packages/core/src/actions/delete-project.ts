import type { BuilderContext } from '../run/run-context.js';

export interface DeleteProjectOptions {
  ownerId: string;
  projectId: string;
}

/**
 * Deletes an owner's project and everything stored with it (see `StorageAdapter.deleteProject`),
 * then stops the sandbox this builder had open for it and deletes what the sandbox provider keeps
 * of the project (`SandboxAdapter.remove`: a local sandbox's directory with the project's files,
 * whichever process last opened it, and the spare sandbox the project started in).
 * `PROJECT_BUSY` while one of its runs is running or queued (cancel it first);
 * `PROJECT_NOT_FOUND` when it is not the owner's. A sandbox directory that cannot be removed is
 * `SANDBOX_UNAVAILABLE`, after the project is deleted from storage.
 *
 * @example
 * await deleteProject(context, { ownerId: 'user-1', projectId });
 */
export async function deleteProject(builder: BuilderContext, { ownerId, projectId }: DeleteProjectOptions): Promise<void> {
  await builder.options.storage.deleteProject({ ownerId, projectId });
  const opening = builder.sandboxes.get(projectId);
  if (opening) {
    builder.sandboxes.delete(projectId);
    await opening.then((sandbox) => sandbox.kill()).catch(() => undefined);
  }
  await builder.options.sandbox.remove?.({ projectId });
  await builder.spares?.projectDeleted(projectId);
}
