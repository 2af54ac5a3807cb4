import type { RunnableConfig } from '@langchain/core/runnables';
import {
  BaseCheckpointSaver,
  compareWritesSortKeys,
  writesSortKey,
  type ChannelVersions,
  type Checkpoint,
  type CheckpointListOptions,
  type CheckpointMetadata,
  type CheckpointPendingWrite,
  type CheckpointTuple,
  type PendingWrite,
} from '@langchain/langgraph-checkpoint';
import { BuildwrightError } from '@buildwright/client';
import type { StorageAdapter, StoredCheckpoint } from '../spec/storage.js';

/**
 * A LangGraph checkpointer that keeps run checkpoints in the Buildwright storage adapter, so a
 * run cut off by a crash resumes from its last completed node (`builder.resume(runId)`).
 * One thread per run; namespaces are not used (the run graph has no subgraphs).
 */
export class StorageCheckpointSaver extends BaseCheckpointSaver {
  constructor(private readonly storage: StorageAdapter) {
    super();
  }

  async getTuple(config: RunnableConfig): Promise<CheckpointTuple | undefined> {
    const threadId = threadOf(config);
    const checkpointId = config.configurable?.checkpoint_id as string | undefined;
    const stored = await this.storage.getCheckpoint({ threadId, ...(checkpointId ? { checkpointId } : {}) });
    return stored ? this.toTuple(stored) : undefined;
  }

  async *list(config: RunnableConfig, options: CheckpointListOptions = {}): AsyncGenerator<CheckpointTuple> {
    const before = options.before?.configurable?.checkpoint_id as string | undefined;
    const stored = await this.storage.listCheckpoints({
      threadId: threadOf(config),
      ...(options.limit === undefined ? {} : { limit: options.limit }),
      ...(before ? { before } : {}),
    });
    for (const checkpoint of stored) {
      const tuple = await this.toTuple(checkpoint);
      if (options.filter && !Object.entries(options.filter).every(([key, value]) => (tuple.metadata as Record<string, unknown> | undefined)?.[key] === value)) continue;
      yield tuple;
    }
  }

  async put(config: RunnableConfig, checkpoint: Checkpoint, metadata: CheckpointMetadata, _newVersions: ChannelVersions): Promise<RunnableConfig> {
    const threadId = threadOf(config);
    await this.storage.putCheckpoint({
      threadId,
      checkpointId: checkpoint.id,
      parentCheckpointId: (config.configurable?.checkpoint_id as string | undefined) ?? null,
      checkpoint: await this.dump(checkpoint),
      metadata: await this.dump(metadata),
    });
    return { configurable: { thread_id: threadId, checkpoint_ns: '', checkpoint_id: checkpoint.id } };
  }

  async putWrites(config: RunnableConfig, writes: PendingWrite[], taskId: string): Promise<void> {
    const checkpointId = config.configurable?.checkpoint_id as string | undefined;
    if (!checkpointId) throw new BuildwrightError({ code: 'INTERNAL', message: 'LangGraph asked to store writes without a checkpoint id.' });
    const threadId = threadOf(config);
    await this.storage.putCheckpointWrites({
      writes: await Promise.all(writes.map(async ([channel, value], index) => ({ threadId, checkpointId, taskId, index, channel, value: await this.dump(value) }))),
    });
  }

  async deleteThread(threadId: string): Promise<void> {
    throw new BuildwrightError({
      code: 'INVALID_INPUT',
      message: `Checkpoints of run ${threadId} are kept as its history and cannot be deleted through the checkpointer.`,
    });
  }

  private async toTuple(stored: StoredCheckpoint): Promise<CheckpointTuple> {
    const writes = await this.storage.getCheckpointWrites({ threadId: stored.threadId, checkpointId: stored.checkpointId });
    const ordered = [...writes].sort((a, b) => compareWritesSortKeys(writesSortKey('', a.taskId, a.index), writesSortKey('', b.taskId, b.index)));
    const pendingWrites: CheckpointPendingWrite[] = await Promise.all(ordered.map(async (write) => [write.taskId, write.channel, await this.load(write.value)] as CheckpointPendingWrite));
    return {
      config: { configurable: { thread_id: stored.threadId, checkpoint_ns: '', checkpoint_id: stored.checkpointId } },
      checkpoint: (await this.load(stored.checkpoint)) as Checkpoint,
      metadata: (await this.load(stored.metadata)) as CheckpointMetadata,
      pendingWrites,
      ...(stored.parentCheckpointId ? { parentConfig: { configurable: { thread_id: stored.threadId, checkpoint_ns: '', checkpoint_id: stored.parentCheckpointId } } } : {}),
    };
  }

  private async dump(value: unknown): Promise<string> {
    const [type, bytes] = await this.serde.dumpsTyped(value);
    return JSON.stringify({ type, data: Buffer.from(bytes).toString('base64') });
  }

  private async load(text: string): Promise<unknown> {
    const { type, data } = JSON.parse(text) as { type: string; data: string };
    return this.serde.loadsTyped(type, new Uint8Array(Buffer.from(data, 'base64')));
  }
}

function threadOf(config: RunnableConfig): string {
  const threadId = config.configurable?.thread_id as string | undefined;
  if (!threadId) throw new BuildwrightError({ code: 'INTERNAL', message: 'LangGraph config has no thread_id.' });
  return threadId;
}
