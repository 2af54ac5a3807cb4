import { BuildwrightError } from '@buildwright/client';
import type { StorageAdapter } from '../spec/storage.js';

/** Channels of the run state that hold files (path → content). */
export const fileChannels: ReadonlySet<string> = new Set(['workingFiles']);

/**
 * What a checkpoint stores in place of a file map: each path's blob key (`StorageAdapter.putBlobs`).
 * Checkpoints of earlier releases hold the file map itself; both are read.
 */
interface FileRefs {
  buildwrightFileRefs: Record<string, string>;
}

export function isFileRefs(value: unknown): value is FileRefs {
  if (typeof value !== 'object' || value === null) return false;
  const refs = (value as Partial<FileRefs>).buildwrightFileRefs;
  return Object.keys(value).length === 1 && typeof refs === 'object' && refs !== null;
}

const isFileMap = (value: unknown): value is Record<string, string> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.values(value).every((content) => typeof content === 'string');

/**
 * Keeps the file maps of run checkpoints in the storage's blob store, the one versions use, so a
 * file body is stored once however many checkpoints and pending writes hold it. Remembers the
 * last content it stored per path, so an unchanged file is neither hashed nor sent again.
 */
export class CheckpointFiles {
  private readonly stored = new Map<string, { content: string; key: string }>();

  constructor(private readonly storage: StorageAdapter) {}

  /** The value to serialize: file refs for a file map, anything else as it is. */
  async toStored(value: unknown): Promise<unknown> {
    if (!isFileMap(value)) return value;
    const paths = Object.keys(value);
    const unknown = paths.filter((path) => this.stored.get(path)?.content !== value[path]);
    if (unknown.length > 0) {
      const keys = await this.storage.putBlobs({ contents: unknown.map((path) => value[path] as string) });
      unknown.forEach((path, index) => this.stored.set(path, { content: value[path] as string, key: keys[index] as string }));
    }
    // fromEntries defines each path as an own property, `__proto__` included.
    const refs = Object.fromEntries(paths.map((path) => [path, (this.stored.get(path) as { key: string }).key]));
    return { buildwrightFileRefs: refs } satisfies FileRefs;
  }

  /** The file maps of `values` (file refs, or anything else kept as it is), read in one call. */
  async fromStored(values: unknown[]): Promise<unknown[]> {
    const keys = new Set(values.filter(isFileRefs).flatMap((refs) => Object.values(refs.buildwrightFileRefs)));
    const contents = keys.size === 0 ? {} : await this.storage.getBlobs({ keys: [...keys] });
    return values.map((value) => {
      if (!isFileRefs(value)) return value;
      const files = Object.entries(value.buildwrightFileRefs).map(([path, key]) => {
        const content = Object.hasOwn(contents, key) ? contents[key] : undefined;
        if (content === undefined) {
          throw new BuildwrightError({
            code: 'STORAGE_ERROR',
            message: `A run checkpoint refers to the content of "${path}" (blob ${key}), which the storage does not hold. The checkpoint cannot be restored; start a new run from the project's current version.`,
            details: { path, key },
          });
        }
        return [path, content] as const;
      });
      return Object.fromEntries(files);
    });
  }
}
