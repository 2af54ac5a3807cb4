import type { StorageAdapter } from '../spec/storage.js';
import type { RunState } from './run-state.js';
import { StorageCheckpointSaver } from './storage-checkpointer.js';

/**
 * The state of a run's last checkpoint, or `undefined` when it has none (a run cut off while its
 * record was being created: every run stores its starting state before its first event).
 */
export async function readRunCheckpoint(storage: StorageAdapter, runId: string): Promise<Partial<RunState> | undefined> {
  const tuple = await new StorageCheckpointSaver(storage).getTuple({ configurable: { thread_id: runId } });
  return tuple ? (tuple.checkpoint.channel_values as Partial<RunState>) : undefined;
}
