/**
 * Directories under a project's node_modules that sandbox commands may write (tool caches, the
 * check worker's scratch space) while every installed package stays read-only to them: the local
 * sandbox mounts them writable, and the dependency cache keeps them (emptied) when it refills
 * node_modules and never copies them into the cache.
 */
export const scratchDirectories: readonly string[] = ['.buildwright', '.cache', '.vite', '.vite-temp'];
