import { createBuilder } from '../builder/create-builder.js';
import { inProcessEventBus } from '../run/in-process-event-bus.js';
import { RunEvents } from '../run/run-events.js';
import type { StorageAdapter } from '../spec/storage.js';
import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../testing/doubles/scripted-llm.js';
import { runFanOuts } from './run-fan-out.js';
import type { StreamEndReason } from './sse.js';

/** What one follower of a fan-out was sent. */
export interface FollowerLog {
  afterSeq: number;
  frames: Uint8Array[];
  /** Seq of each frame, in the order sent. */
  seqs: number[];
  ended?: StreamEndReason;
  failed?: unknown;
  /** Resolves when the stream ended or failed. */
  done: Promise<void>;
  stop(): void;
}

/**
 * A running run on memory storage and the in-process bus, its events emitted as a run emits them
 * (stored, then published), and a fan-out over `builder.watch` with the given paging, whose
 * storage reads are counted (test use only).
 */
export async function fanOutHarness(options: { pageSize: number; windowSize: number; storage?: StorageAdapter }) {
  const storage = options.storage ?? memoryStorage();
  const eventBus = inProcessEventBus();
  const builder = createBuilder({ llm: scriptedLlm({ transcript: { format: 'buildwright.transcript/v1', turns: [] } }), sandbox: memorySandbox(), storage, eventBus });
  const project = await storage.createProject({ ownerId: 'alice', name: 'p', kind: 'web' });
  const run = await storage.createRun({ ownerId: 'alice', projectId: project.id, mode: 'generate', prompt: 'p', budgets: { maxFixAttempts: 1, maxTokens: 1, maxWallTimeMs: 1 } });
  const events = new RunEvents(storage, run.id, project.id, eventBus);
  const reads: { afterSeq: number | undefined; limit: number | undefined }[] = [];
  let watches = 0;
  const fanOuts = runFanOuts({
    storage: {
      readEvents: (input) => {
        reads.push({ afterSeq: input.afterSeq, limit: input.limit });
        return storage.readEvents(input);
      },
    },
    watch: ({ runId, ...rest }) => {
      watches++;
      return builder.watch(runId, rest);
    },
    endReason: async () => 'ended',
    pageSize: options.pageSize,
    windowSize: options.windowSize,
    windowBytes: Number.MAX_SAFE_INTEGER,
  });
  let text = 0;
  return {
    storage,
    runId: run.id,
    reads,
    watches: () => watches,
    emit: () => events.emit({ type: 'llm.delta', node: 'build', text: `t${++text}` }),
    end: async () => {
      await events.emit({ type: 'run.cancelled', reason: 'test over' });
      await storage.updateRun({ runId: run.id, status: 'cancelled' });
    },
    stored: () => storage.readEvents({ ownerId: 'alice', runId: run.id }),
    follow(afterSeq: number): FollowerLog {
      let settle!: () => void;
      const log: FollowerLog = { afterSeq, frames: [], seqs: [], done: new Promise((resolve) => (settle = resolve)), stop: () => undefined };
      log.stop = fanOuts.follow(
        { ownerId: 'alice', runId: run.id, afterSeq },
        {
          send: (frame) => {
            log.frames.push(frame);
            log.seqs.push(Number(/^id: (\d+)/.exec(new TextDecoder().decode(frame))?.[1]));
          },
          end: (reason) => {
            log.ended = reason;
            settle();
          },
          fail: (error) => {
            log.failed = error;
            settle();
          },
        },
      );
      return log;
    },
    close: () => builder.close(),
  };
}

/** The seqs a follower from `afterSeq` must get of a run whose last event is `lastSeq`. */
export function seqsAfter(afterSeq: number, lastSeq: number): number[] {
  return Array.from({ length: Math.max(0, lastSeq - afterSeq) }, (_, index) => afterSeq + index + 1);
}
