import { JsonPlusSerializer } from '@langchain/langgraph-checkpoint';
import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../testing/doubles/scripted-llm.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createBuilder } from '../builder/create-builder.js';
import type { Transcript } from '../protocol/transcript.js';
import type { Check } from '../spec/check.js';
import type { StorageAdapter } from '../spec/storage.js';
import { resumeTranscript } from '../run/resume-transcript.test-support.js';
import { CheckpointFiles } from './checkpoint-files.js';
import { StorageCheckpointSaver } from './storage-checkpointer.js';

const mebibyte = 1024 * 1024;
/** 1 MiB of model output that differs line by line (under the 2 MiB per-file cap). */
const modelFile = Array.from({ length: 20_000 }, (_, index) => `export const weight${index} = ${(index * 7919) % 10007}; // generated\n`)
  .join('')
  .slice(0, mebibyte);

const largeFileTranscript: Transcript = {
  format: 'buildwright.transcript/v1',
  turns: [
    {
      node: 'plan',
      toolCalls: [
        {
          name: 'submit_plan',
          arguments: {
            title: 'Model',
            summary: 'a large file',
            steps: [
              { id: 'a', title: 'weights', files: ['src/weights.js'] },
              { id: 'b', title: 'page', files: ['index.html'] },
            ],
          },
        },
      ],
    },
    {
      node: 'build',
      toolCalls: [
        { name: 'write_file', arguments: { path: 'src/weights.js', content: modelFile } },
        { name: 'finish', arguments: { summary: 'weights' } },
      ],
    },
    {
      node: 'build',
      toolCalls: [
        { name: 'write_file', arguments: { path: 'index.html', content: '<script type="module" src="src/weights.js"></script>\n' } },
        { name: 'finish', arguments: { summary: 'page' } },
      ],
    },
  ],
};

/** Passing checks: each one more node, so one more checkpoint of the unchanged files. */
const passingChecks: Check[] = Array.from({ length: 8 }, (_, index) => ({ name: `check-${index}`, run: async () => ({ status: 'passed' }) }));

/** Characters of every stored checkpoint and pending write of a run: what the storage holds for them. */
async function storedCheckpointChars(storage: StorageAdapter, threadId: string): Promise<{ checkpoints: number; writes: number; chars: number }> {
  const checkpoints = await storage.listCheckpoints({ threadId });
  let writes = 0;
  let chars = 0;
  for (const checkpoint of checkpoints) {
    chars += checkpoint.checkpoint.length + checkpoint.metadata.length;
    for (const write of await storage.getCheckpointWrites({ threadId, checkpointId: checkpoint.checkpointId })) {
      writes += 1;
      chars += write.value.length;
    }
  }
  return { checkpoints: checkpoints.length, writes, chars };
}

/** A value as the checkpointer stores it: the serializer's bytes, base64 in a `{ type, data }` envelope. */
const serde = new JsonPlusSerializer();
async function dump(value: unknown): Promise<string> {
  const [type, bytes] = await serde.dumpsTyped(value);
  return JSON.stringify({ type, data: Buffer.from(bytes).toString('base64') });
}
async function load(text: string): Promise<unknown> {
  const { type, data } = JSON.parse(text) as { type: string; data: string };
  return serde.loadsTyped(type, new Uint8Array(Buffer.from(data, 'base64')));
}

/**
 * Rewrites a run's checkpoints and pending writes as the previous release stored them: the whole
 * checkpoint, file maps included, in the same envelope.
 */
async function rewriteInPreviousFormat(storage: StorageAdapter, threadId: string): Promise<void> {
  const files = new CheckpointFiles(storage);
  const inline = async (text: string) => dump((await files.fromStored([await load(text)]))[0]);
  for (const stored of await storage.listCheckpoints({ threadId })) {
    const checkpoint = (await load(stored.checkpoint)) as { channel_values: Record<string, unknown> };
    [checkpoint.channel_values.workingFiles] = await files.fromStored([checkpoint.channel_values.workingFiles]);
    await storage.putCheckpoint({ ...stored, checkpoint: await dump(checkpoint) });
    const writes = await storage.getCheckpointWrites({ threadId, checkpointId: stored.checkpointId });
    await storage.putCheckpointWrites({ writes: await Promise.all(writes.map(async (write) => ({ ...write, value: await inline(write.value) }))) });
  }
}

/**
 * The checkpointer's cases on one storage: `storage-checkpointer.test.ts` runs them on the memory
 * storage, and each SQL storage's tests run them on theirs (the storage must hand back what the
 * checkpointer stored, blob keys included). The cases share one storage (each on its own threads):
 * opening a new embedded database per case costs seconds.
 */
export function describeStorageCheckpointer(name: string, makeStorage: () => StorageAdapter): void {
  describe(`StorageCheckpointSaver on ${name}`, () => {
    let storage!: StorageAdapter;
    beforeAll(() => {
      storage = makeStorage();
    });
    afterAll(() => storage?.close());

    it('behavior: checkpoints of an unchanged 1 MiB file store its body once, not once per checkpoint', async () => {
      const builder = createBuilder({ llm: scriptedLlm({ transcript: largeFileTranscript }), sandbox: memorySandbox(), storage, checks: passingChecks });
      const run = builder.generate({ prompt: 'a model with its weights' });
      const result = await run.result;
      expect(result.files['src/weights.js']).toBe(modelFile);

      const { checkpoints, writes, chars } = await storedCheckpointChars(storage, run.runId);
      // plan, build, 8 checks, finalize: each checkpoint (and each workingFiles write) holds the 1 MiB file.
      expect(checkpoints).toBeGreaterThanOrEqual(10);
      // Stored inline, that is more than checkpoints × 1 MiB; stored as blob keys, a few hundred bytes each.
      expect(chars, `${checkpoints} checkpoints and ${writes} writes`).toBeLessThan(mebibyte / 4);
      // The body is in the blob store once, shared with the version: readable through a checkpoint.
      const tuple = await new StorageCheckpointSaver(storage).getTuple({ configurable: { thread_id: run.runId } });
      expect((tuple!.checkpoint.channel_values as { workingFiles: Record<string, string> }).workingFiles).toEqual(result.files);
      expect((tuple!.checkpoint.channel_values as { workingFiles: Record<string, string> }).workingFiles['src/weights.js']).toBe(modelFile);
    }, 60_000);

    it('behavior: a run checkpointed by the previous release (file maps inline) resumes with the same files', async () => {
      const checks: Check[] = [{ name: 'after-build', run: async () => ({ status: 'passed' }) }];
      const first = createBuilder({ llm: scriptedLlm({ transcript: resumeTranscript }), sandbox: memorySandbox(), storage, checks }).generate({ prompt: 'resume me' });
      // Cut after the build node's checkpoint: the files exist only in the checkpoint.
      first.on('check.started', () => first.cancel('cut after build'));
      await expect(first.result).rejects.toMatchObject({ code: 'RUN_CANCELLED' });

      await rewriteInPreviousFormat(storage, first.runId);
      const latest = await storage.getCheckpoint({ threadId: first.runId });
      const inline = (await load(latest!.checkpoint)) as { channel_values: { workingFiles: Record<string, string> } };
      expect(Object.keys(inline.channel_values.workingFiles).sort(), 'the stored checkpoint holds the files themselves').toEqual(['index.html', 'main.js']);

      const resumed = await createBuilder({ llm: scriptedLlm({ transcript: resumeTranscript }), sandbox: memorySandbox(), storage, checks }).resume(first.runId).result;
      const uninterrupted = await createBuilder({ llm: scriptedLlm({ transcript: resumeTranscript }), sandbox: memorySandbox(), storage: memoryStorage(), checks }).generate({ prompt: 'resume me' })
        .result;
      expect(resumed.files).toEqual(uninterrupted.files);
      expect(resumed.version.number).toBe(1);
    }, 60_000);

    it('error: a checkpoint whose file body is missing from the storage fails with STORAGE_ERROR naming the file', async () => {
      const saver = new StorageCheckpointSaver(storage);
      const missingKey = 'f'.repeat(64);
      const checkpoint = {
        v: 4,
        id: 'cp-1',
        ts: new Date(0).toISOString(),
        channel_values: { workingFiles: { buildwrightFileRefs: { 'src/gone.js': missingKey } } },
        channel_versions: {},
        versions_seen: {},
      };
      await storage.putCheckpoint({ threadId: 'thread-missing', checkpointId: 'cp-1', parentCheckpointId: null, checkpoint: await dump(checkpoint), metadata: await dump({}) });
      await expect(saver.getTuple({ configurable: { thread_id: 'thread-missing' } })).rejects.toMatchObject({ code: 'STORAGE_ERROR', details: { path: 'src/gone.js', key: missingKey } });
    });
  });
}
