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
import { CheckpointFiles, fileChannels } from './checkpoint-files.js';

/**
 * A LangGraph checkpointer that keeps run checkpoints in the Buildwright storage adapter, so a
 * run cut off by a crash resumes from its last completed node (`builder.resume(runId)`).
 * One thread per run; namespaces are not used (the run graph has no subgraphs).
 *
 * File maps (the `workingFiles` channel, in checkpoints and pending writes) are stored as blob
 * keys of the storage's content-addressed store, so each file body is stored once however many
 * checkpoints hold it; checkpoints of earlier releases, which hold the files themselves, still load.
 */
export class StorageCheckpointSaver extends BaseCheckpointSaver {
  private readonly files: CheckpointFiles;

  constructor(private readonly storage: StorageAdapter) {
    super();
    this.files = new CheckpointFiles(storage);
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
    const channelValues = { ...checkpoint.channel_values };
    for (const channel of fileChannels) if (channel in channelValues) channelValues[channel] = await this.files.toStored(channelValues[channel]);
    await this.storage.putCheckpoint({
      threadId,
      checkpointId: checkpoint.id,
      parentCheckpointId: (config.configurable?.checkpoint_id as string | undefined) ?? null,
      checkpoint: await this.dump({ ...checkpoint, channel_values: channelValues }),
      metadata: await this.dump(metadata),
    });
    return { configurable: { thread_id: threadId, checkpoint_ns: '', checkpoint_id: checkpoint.id } };
  }

  async putWrites(config: RunnableConfig, writes: PendingWrite[], taskId: string): Promise<void> {
    const checkpointId = config.configurable?.checkpoint_id as string | undefined;
    if (!checkpointId) throw new BuildwrightError({ code: 'INTERNAL', message: 'LangGraph asked to store writes without a checkpoint id.' });
    const threadId = threadOf(config);
    await this.storage.putCheckpointWrites({
      writes: await Promise.all(
        writes.map(async ([channel, value], index) => ({
          threadId,
          checkpointId,
          taskId,
          index,
          channel,
          value: await this.dump(fileChannels.has(channel) ? await this.files.toStored(value) : value),
        })),
      ),
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
    const checkpoint = (await this.load(stored.checkpoint)) as Checkpoint;
    const pendingWrites = await Promise.all(ordered.map(async (write) => [write.taskId, write.channel, await this.load(write.value)] as CheckpointPendingWrite));
    // The file maps of the checkpoint and of its writes, read from the blob store in one call.
    const channels = [...fileChannels].filter((channel) => channel in checkpoint.channel_values);
    const fileWrites = pendingWrites.filter(([, channel]) => fileChannels.has(channel));
    const files = await this.files.fromStored([...channels.map((channel) => checkpoint.channel_values[channel]), ...fileWrites.map((write) => write[2])]);
    channels.forEach((channel, index) => (checkpoint.channel_values[channel] = files[index]));
    fileWrites.forEach((write, index) => (write[2] = files[channels.length + index]));
    return {
      config: { configurable: { thread_id: stored.threadId, checkpoint_ns: '', checkpoint_id: stored.checkpointId } },
      checkpoint,
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
