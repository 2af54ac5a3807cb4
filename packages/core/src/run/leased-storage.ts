import type { RunLease, StorageAdapter } from '../spec/storage.js';

/** The writes of a run, each taking `RunWriteOptions` as its last argument (see StorageAdapter). */
const runWrites = new Set<string>(['updateRun', 'appendEvent', 'appendMessage', 'createVersion', 'saveContract', 'recordUsage', 'putCheckpoint', 'putCheckpointWrites']);
const checkpointWrites = new Set<string>(['putCheckpoint']);

/** A storage whose run writes carry a lease, and the hook a draining worker uses. */
export interface LeasedStorage {
  storage: StorageAdapter;
  /**
   * Asks the run to stop at its next checkpoint: once that checkpoint is stored, the lease is
   * released, so every later write of the run is refused with `RUN_LEASE_LOST` and another worker
   * resumes the run from that checkpoint. Resolves when the lease was released.
   */
  releaseAtNextCheckpoint(): Promise<void>;
}

/**
 * The storage a worker executes a leased run through: every write of the run is made with
 * `lease`, so it is refused once another worker claimed the run. Reads pass through.
 *
 * @example
 * const leased = leasedStorage(storage, lease);
 * const context = { ...builder, options: { ...builder.options, storage: leased.storage } };
 */
export function leasedStorage(storage: StorageAdapter, lease: RunLease): LeasedStorage {
  let release: (() => Promise<void>) | undefined;
  let released: Promise<void> | undefined;
  const view = new Proxy(storage, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      if (typeof key !== 'string' || !runWrites.has(key)) return value.bind(target);
      return async (input: unknown) => {
        const written = await (value as (input: unknown, options: { lease: RunLease }) => Promise<unknown>).call(target, input, { lease });
        // Released before the write returns: the run's next write is refused.
        if (release && checkpointWrites.has(key)) await release();
        return written;
      };
    },
  });
  return {
    storage: view,
    releaseAtNextCheckpoint() {
      released ??= new Promise<void>((resolve, reject) => {
        release = async () => {
          release = undefined;
          await storage.releaseRun({ lease }).then(resolve, reject);
        };
      });
      return released;
    },
  };
}
