import { describe, expect, it } from 'vitest';
import type { StoredCheckpoint } from '../../spec/storage.js';
import { uniqueId, type StorageSpecContext } from './context.js';

/** Storage spec, checkpoints: see runStorageSpec. */
export function describeCheckpoints(spec: StorageSpecContext): void {
  const { storage } = spec;
  describe('checkpoints', () => {
    const checkpoint = (threadId: string, checkpointId: string, parentCheckpointId: string | null): StoredCheckpoint => ({
      threadId,
      checkpointId,
      parentCheckpointId,
      checkpoint: JSON.stringify({ v: 4, id: checkpointId, channel_values: { files: { 'a.txt': 'ü' } } }),
      metadata: JSON.stringify({ source: 'loop', step: 1 }),
    });

    it('default: getCheckpoint returns the latest, or the one asked for', async () => {
      const threadId = uniqueId('thread');
      const first = checkpoint(threadId, 'cp-1', null);
      const second = checkpoint(threadId, 'cp-2', 'cp-1');
      await storage.putCheckpoint(first);
      await storage.putCheckpoint(second);
      expect(await storage.getCheckpoint({ threadId })).toEqual(second);
      expect(await storage.getCheckpoint({ threadId, checkpointId: 'cp-1' })).toEqual(first);
      expect(await storage.getCheckpoint({ threadId, checkpointId: 'cp-9' })).toBeUndefined();
      expect(await storage.getCheckpoint({ threadId: uniqueId('thread') })).toBeUndefined();
    });

    it('args: listCheckpoints newest first, with limit and before', async () => {
      const threadId = uniqueId('thread');
      // Ids deliberately not in lexical order: "newest" is the order they were written.
      const ids = ['cp-c', 'cp-a', 'cp-d', 'cp-b'];
      for (const [index, id] of ids.entries()) await storage.putCheckpoint(checkpoint(threadId, id, ids[index - 1] ?? null));
      await storage.putCheckpoint(checkpoint(uniqueId('thread'), 'cp-z', null));
      expect((await storage.listCheckpoints({ threadId })).map((stored) => stored.checkpointId)).toEqual(['cp-b', 'cp-d', 'cp-a', 'cp-c']);
      expect((await storage.listCheckpoints({ threadId, limit: 2 })).map((stored) => stored.checkpointId)).toEqual(['cp-b', 'cp-d']);
      expect((await storage.listCheckpoints({ threadId, before: 'cp-d' })).map((stored) => stored.checkpointId)).toEqual(['cp-a', 'cp-c']);
      expect((await storage.listCheckpoints({ threadId, before: 'cp-d', limit: 1 })).map((stored) => stored.checkpointId)).toEqual(['cp-a']);
    });

    it('behavior: putCheckpoint with the same id replaces it', async () => {
      const threadId = uniqueId('thread');
      await storage.putCheckpoint(checkpoint(threadId, 'cp-1', null));
      const replaced = { ...checkpoint(threadId, 'cp-1', null), metadata: '{"step":2}' };
      await storage.putCheckpoint(replaced);
      expect(await storage.listCheckpoints({ threadId })).toEqual([replaced]);
    });

    it('default: putCheckpointWrites then getCheckpointWrites', async () => {
      const threadId = uniqueId('thread');
      const write = (taskId: string, index: number, value: string) => ({ threadId, checkpointId: 'cp-1', taskId, index, channel: 'files', value });
      await storage.putCheckpointWrites({ writes: [write('task-1', 0, '"a"'), write('task-1', 1, '"b"'), write('task-2', 0, '"c"')] });
      await storage.putCheckpointWrites({ writes: [{ ...write('task-9', 0, '"other checkpoint"'), checkpointId: 'cp-2' }] });
      const stored = await storage.getCheckpointWrites({ threadId, checkpointId: 'cp-1' });
      expect(stored).toEqual([write('task-1', 0, '"a"'), write('task-1', 1, '"b"'), write('task-2', 0, '"c"')]);
      await storage.putCheckpointWrites({ writes: [write('task-1', 1, '"b2"')] });
      expect((await storage.getCheckpointWrites({ threadId, checkpointId: 'cp-1' })).map((stored) => stored.value)).toEqual(['"a"', '"b2"', '"c"']);
      expect(await storage.getCheckpointWrites({ threadId, checkpointId: 'cp-9' })).toEqual([]);
    });
  });
}
