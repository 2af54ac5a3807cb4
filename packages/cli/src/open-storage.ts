import type { StorageAdapter } from '@buildwright/core';
import { defaultStorage, storageFromFlags, type EarlyPglite, type ResolvedStorage } from './adapters-from-flags.js';
import type { CliFlags } from './parse-args.js';
import { UsageError } from './usage-error.js';

/**
 * The storage of commands that work on stored projects. An embedded database directory that does
 * not exist is not created: it is a usage error saying there are no projects there yet.
 *
 * @example
 * const { storage } = await openExistingStorage(flags);
 */
export async function openExistingStorage(flags: CliFlags, options: { early?: EarlyPglite } = {}): Promise<ResolvedStorage> {
  const resolved = await storageFromFlags(flags, { readOnly: true, ...options });
  if (!resolved) {
    const where = (flags.storage ?? defaultStorage).slice('pglite:'.length);
    throw new UsageError(`No Buildwright data in ${where} yet. Create a project with buildwright generate (or buildwright demo), or point --storage at your data.`);
  }
  return resolved;
}

/**
 * Runs `work` with the stored projects' storage and closes it afterwards.
 *
 * @example
 * const projects = await withStorage(flags, (storage, ownerId) => storage.listProjects({ ownerId }));
 */
export async function withStorage<T>(flags: CliFlags, work: (storage: StorageAdapter, ownerId: string) => Promise<T>): Promise<T> {
  const { storage } = await openExistingStorage(flags);
  try {
    return await work(storage, flags.owner ?? 'local');
  } finally {
    await storage.close();
  }
}
