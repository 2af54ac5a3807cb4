import type { FileDiff } from '@buildwright/client';
// The patch module alone: `diff`'s index loads its 19 modules at `import '@buildwright/core'`
// (docs/cli.md, start-up).
import { createTwoFilesPatch } from 'diff/lib/patch/create.js';

/** The change of one file between two file sets. */
export type { FileDiff };

/**
 * Per-file unified diffs from `before` to `after`, for the files that differ, sorted by path.
 * Identical file sets give `[]`.
 *
 * @example
 * const diffs = diffFiles({ 'a.txt': 'one\n' }, { 'a.txt': 'two\n', 'b.txt': 'new\n' });
 * // [{ path: 'a.txt', status: 'modified', patch: '--- a/a.txt\n+++ b/a.txt\n@@ -1,1 +1,1 @@\n-one\n+two\n' },
 * //  { path: 'b.txt', status: 'added', patch: '--- /dev/null\n+++ b/b.txt\n@@ -0,0 +1,1 @@\n+new\n' }]
 */
export function diffFiles(before: Record<string, string>, after: Record<string, string>): FileDiff[] {
  const paths = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  const diffs: FileDiff[] = [];
  for (const path of paths) {
    const had = Object.hasOwn(before, path);
    const has = Object.hasOwn(after, path);
    const oldContent = had ? (before[path] as string) : '';
    const newContent = has ? (after[path] as string) : '';
    if (had && has && oldContent === newContent) continue;
    const status = !had ? 'added' : !has ? 'removed' : 'modified';
    const patch = createTwoFilesPatch(had ? `a/${path}` : '/dev/null', has ? `b/${path}` : '/dev/null', oldContent, newContent);
    // `diff` opens every patch with a line of "=" (an svn habit); git-style patches start at "---".
    diffs.push({ path, status, patch: patch.replace(/^=+\n/, '') });
  }
  return diffs;
}
