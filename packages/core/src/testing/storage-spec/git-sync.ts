import { describe, expect, it } from 'vitest';
import { expectError, uniqueId, type StorageSpecContext } from './context.js';

const remote = 'https://git.example.com/acme/todo.git';
const commitA = 'a'.repeat(40);
const commitB = 'b'.repeat(40);
const commitC = 'c'.repeat(40);

/** Storage spec, Git sync state (links and version commits): see runStorageSpec. */
export function describeGitSync(spec: StorageSpecContext): void {
  const { storage, newProject } = spec;
  describe('git sync', () => {
    it('default: saveGitLink then getGitLink; no commits yet', async () => {
      const project = await newProject();
      const scope = { ownerId: project.ownerId, projectId: project.id };
      expect(await storage.getGitLink(scope)).toBeUndefined();
      const link = await storage.saveGitLink({ ...scope, remote, branch: 'main' });
      expect(link).toMatchObject({ projectId: project.id, ownerId: project.ownerId, remote, branch: 'main', lastCommit: null, github: null, syncedAt: null });
      expect(await storage.getGitLink(scope)).toEqual(link);
      expect(await storage.listGitCommits(scope)).toEqual([]);
    });

    it('behavior: owner B sees neither the link nor the commits of owner A, and cannot link A’s project', async () => {
      const project = await newProject();
      const scope = { ownerId: project.ownerId, projectId: project.id };
      await storage.saveGitLink({ ...scope, remote, branch: 'main' });
      await storage.createVersion({ ...scope, runId: null, message: 'one', files: { 'a.txt': '1' } });
      await storage.recordGitSync({ ...scope, expectedLastCommit: null, lastCommit: commitA, commits: [{ version: 1, commit: commitA }] });
      const other = { ownerId: uniqueId('owner'), projectId: project.id };
      expect(await storage.getGitLink(other)).toBeUndefined();
      expect(await storage.listGitCommits(other)).toEqual([]);
      await expectError(storage.saveGitLink({ ...other, remote, branch: 'main' }), 'PROJECT_NOT_FOUND');
      await expectError(storage.recordGitSync({ ...other, expectedLastCommit: commitA, lastCommit: commitB }), 'PROJECT_NOT_FOUND');
      expect((await storage.getGitLink(scope))?.lastCommit).toBe(commitA);
    });

    it('default: recordGitSync of a push stores the versions’ commits and moves lastCommit', async () => {
      const project = await newProject();
      const scope = { ownerId: project.ownerId, projectId: project.id };
      await storage.saveGitLink({ ...scope, remote, branch: 'main', github: { owner: 'acme', repo: 'todo' } });
      await storage.createVersion({ ...scope, runId: null, message: 'one', files: { 'a.txt': '1' } });
      await storage.createVersion({ ...scope, runId: null, message: 'two', files: { 'a.txt': '2' } });
      const { link, version } = await storage.recordGitSync({
        ...scope,
        expectedLastCommit: null,
        lastCommit: commitB,
        commits: [
          { version: 2, commit: commitB },
          { version: 1, commit: commitA },
        ],
      });
      expect(version).toBeUndefined();
      expect(link).toMatchObject({ lastCommit: commitB, github: { owner: 'acme', repo: 'todo' } });
      expect(typeof link.syncedAt).toBe('string');
      expect(await storage.getGitLink(scope)).toEqual(link);
      expect(await storage.listGitCommits(scope)).toEqual([
        { projectId: project.id, version: 1, commit: commitA, mergedCommit: null },
        { projectId: project.id, version: 2, commit: commitB, mergedCommit: null },
      ]);
    });

    it('default: recordGitSync of a pull stores the version with its commit in one step', async () => {
      const project = await newProject();
      const scope = { ownerId: project.ownerId, projectId: project.id };
      await storage.saveGitLink({ ...scope, remote, branch: 'main' });
      const { link, version } = await storage.recordGitSync({
        ...scope,
        expectedLastCommit: null,
        lastCommit: commitA,
        version: { message: 'From git', files: { 'README.md': '# hi' }, expectedHead: null, commit: commitA, mergedCommit: null },
      });
      expect(version).toMatchObject({ projectId: project.id, number: 1, parent: null, message: 'From git', runId: null, fileCount: 1 });
      expect(link.lastCommit).toBe(commitA);
      expect((await storage.getVersionFiles(scope))?.files).toEqual({ 'README.md': '# hi' });
      expect(await storage.listGitCommits(scope)).toEqual([{ projectId: project.id, version: 1, commit: commitA, mergedCommit: null }]);
    });

    it('behavior: a merge version keeps its merged commit when a later push sets its commit', async () => {
      const project = await newProject();
      const scope = { ownerId: project.ownerId, projectId: project.id };
      await storage.saveGitLink({ ...scope, remote, branch: 'main' });
      await storage.createVersion({ ...scope, runId: null, message: 'local', files: { 'a.txt': '1' } });
      await storage.recordGitSync({
        ...scope,
        expectedLastCommit: null,
        lastCommit: commitA,
        version: { message: 'Merge', files: { 'a.txt': '1', 'b.txt': '2' }, expectedHead: 1, commit: null, mergedCommit: commitA },
      });
      expect(await storage.listGitCommits(scope)).toEqual([{ projectId: project.id, version: 2, commit: null, mergedCommit: commitA }]);
      await storage.recordGitSync({
        ...scope,
        expectedLastCommit: commitA,
        lastCommit: commitC,
        commits: [
          { version: 1, commit: commitB },
          { version: 2, commit: commitC },
        ],
      });
      expect(await storage.listGitCommits(scope)).toEqual([
        { projectId: project.id, version: 1, commit: commitB, mergedCommit: null },
        { projectId: project.id, version: 2, commit: commitC, mergedCommit: commitA },
      ]);
    });

    it('error: recordGitSync from a stale lastCommit is GIT_SYNC_BUSY and stores nothing (no version, no commits)', async () => {
      const project = await newProject();
      const scope = { ownerId: project.ownerId, projectId: project.id };
      await expectError(storage.recordGitSync({ ...scope, expectedLastCommit: null, lastCommit: commitA }), 'GIT_SYNC_BUSY');
      await storage.saveGitLink({ ...scope, remote, branch: 'main' });
      await storage.recordGitSync({ ...scope, expectedLastCommit: null, lastCommit: commitA });
      await expectError(
        storage.recordGitSync({
          ...scope,
          expectedLastCommit: null,
          lastCommit: commitB,
          commits: [{ version: 1, commit: commitB }],
          version: { message: 'x', files: {}, expectedHead: null, commit: commitB, mergedCommit: null },
        }),
        'GIT_SYNC_BUSY',
      );
      expect(await storage.listVersions(scope)).toEqual([]);
      expect(await storage.listGitCommits(scope)).toEqual([]);
      expect((await storage.getGitLink(scope))?.lastCommit).toBe(commitA);
    });

    it('error: recordGitSync whose version’s head moved is VERSION_CONFLICT and stores nothing', async () => {
      const project = await newProject();
      const scope = { ownerId: project.ownerId, projectId: project.id };
      await storage.saveGitLink({ ...scope, remote, branch: 'main' });
      await storage.createVersion({ ...scope, runId: null, message: 'local', files: { 'a.txt': '1' } });
      await expectError(
        storage.recordGitSync({ ...scope, expectedLastCommit: null, lastCommit: commitA, version: { message: 'x', files: {}, expectedHead: null, commit: commitA, mergedCommit: null } }),
        'VERSION_CONFLICT',
      );
      expect(await storage.listVersions(scope)).toHaveLength(1);
      expect(await storage.listGitCommits(scope)).toEqual([]);
      expect((await storage.getGitLink(scope))?.lastCommit).toBeNull();
    });

    it('args: saveGitLink with the same remote and branch keeps the sync state; another remote starts it over', async () => {
      const project = await newProject();
      const scope = { ownerId: project.ownerId, projectId: project.id };
      await storage.saveGitLink({ ...scope, remote, branch: 'main' });
      await storage.createVersion({ ...scope, runId: null, message: 'one', files: { 'a.txt': '1' } });
      await storage.recordGitSync({ ...scope, expectedLastCommit: null, lastCommit: commitA, commits: [{ version: 1, commit: commitA }] });
      const kept = await storage.saveGitLink({ ...scope, remote, branch: 'main', github: { owner: 'acme', repo: 'todo' } });
      expect(kept).toMatchObject({ lastCommit: commitA, github: { owner: 'acme', repo: 'todo' } });
      expect(await storage.listGitCommits(scope)).toHaveLength(1);
      const moved = await storage.saveGitLink({ ...scope, remote: 'https://git.example.com/acme/other.git', branch: 'main' });
      expect(moved).toMatchObject({ lastCommit: null, syncedAt: null, github: { owner: 'acme', repo: 'todo' } });
      expect(await storage.listGitCommits(scope)).toEqual([]);
    });
  });
}
