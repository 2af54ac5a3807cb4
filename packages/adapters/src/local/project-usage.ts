import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * Bytes a project directory holds, not counting its installed dependency packages
 * (`node_modules`, which commands cannot write) but counting the writable scratch directories
 * inside it. Symlinks are not followed. Stops counting past `stopAt`.
 */
export async function projectUsage(root: string, scratchDirectories: readonly string[], stopAt = Number.POSITIVE_INFINITY): Promise<number> {
  let total = 0;
  const walk = async (directory: string, atRoot: boolean): Promise<void> => {
    const entries = await readdir(directory, { withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (total > stopAt) return;
      const path = join(directory, entry.name);
      if (entry.isDirectory()) {
        if (atRoot && entry.name === 'node_modules') {
          for (const scratch of scratchDirectories) await walk(join(path, scratch), false);
        } else {
          await walk(path, false);
        }
      } else {
        total += (await lstat(path).catch(() => undefined))?.size ?? 0;
      }
    }
  };
  await walk(root, true);
  return total;
}
