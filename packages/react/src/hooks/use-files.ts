import type { FilesView } from '@buildwright/client';
import { useBuilderSnapshot } from './use-builder-snapshot.js';

const selectFiles = (snapshot: { files: FilesView }) => snapshot.files;

/**
 * The project's files: `contents` (path → text, `null` while a run changed it and the new
 * content is not loaded yet), the `version` they come from, and this run's `changes`.
 *
 * @example
 * const { contents, changes } = useFiles();
 * Object.keys(contents).map((path) => <li key={path}>{path} {changes[path]}</li>);
 */
export function useFiles(): FilesView {
  return useBuilderSnapshot(selectFiles);
}
