import { describe, expect, it } from 'vitest';
import { diffFiles } from './diff-files.js';

describe('diffFiles', () => {
  it('default: equal file sets give no diff', () => {
    expect(diffFiles({ 'a.txt': 'same\n', 'b/c.ts': 'x' }, { 'b/c.ts': 'x', 'a.txt': 'same\n' })).toEqual([]);
  });

  it('behavior: added, removed and modified files, sorted by path, as unified diffs', () => {
    const diffs = diffFiles({ 'src/App.tsx': 'one\ntwo\nthree\n', 'old.txt': 'bye\n' }, { 'src/App.tsx': 'one\n2\nthree\n', 'new.txt': 'hi\n' });
    expect(diffs.map(({ path, status }) => ({ path, status }))).toEqual([
      { path: 'new.txt', status: 'added' },
      { path: 'old.txt', status: 'removed' },
      { path: 'src/App.tsx', status: 'modified' },
    ]);
    expect(diffs[0]?.patch).toBe('--- /dev/null\n+++ b/new.txt\n@@ -0,0 +1,1 @@\n+hi\n');
    expect(diffs[1]?.patch).toBe('--- a/old.txt\n+++ /dev/null\n@@ -1,1 +0,0 @@\n-bye\n');
    expect(diffs[2]?.patch).toBe('--- a/src/App.tsx\n+++ b/src/App.tsx\n@@ -1,3 +1,3 @@\n one\n-two\n+2\n three\n');
  });

  it('behavior: an emptied file is modified, not removed', () => {
    expect(diffFiles({ 'a.txt': 'text' }, { 'a.txt': '' })).toMatchObject([{ path: 'a.txt', status: 'modified' }]);
  });
});
