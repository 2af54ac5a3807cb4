import type { BuildwrightEvent } from '../../events/events.js';
import type { ProjectRecord, RunBudgets, RunRecord, StorageAdapter } from '../../spec/storage.js';

/** What every area of the storage spec shares: the storage under test and record makers bound to it. */
export interface StorageSpecContext {
  /** The storage under test: a live view of the adapter the suite's `beforeAll` creates and migrates. */
  storage: StorageAdapter;
  newProject(ownerId?: string, name?: string): Promise<ProjectRecord>;
  newRun(project?: ProjectRecord): Promise<RunRecord>;
  stepEvent(run: RunRecord, seq: number): BuildwrightEvent;
  /** Distinct file contents held; throws unless the adapter or the options can count them. */
  countBlobs(): Promise<number>;
  canCountBlobs(): boolean;
}

export const budgets: RunBudgets = { maxFixAttempts: 3, maxTokens: 100_000, maxWallTimeMs: 600_000 };
export const uniqueId = (prefix: string) => `${prefix}-${globalThis.crypto.randomUUID()}`;

export { expectCode as expectError } from '../expect-code.js';

/** The shared helpers over a storage that `storage()` returns once the suite created it. */
export function createStorageSpecContext(storage: () => StorageAdapter, countBlobsOption?: (storage: StorageAdapter) => Promise<number>): StorageSpecContext {
  const newProject = (ownerId = uniqueId('owner'), name = 'Todo app'): Promise<ProjectRecord> => storage().createProject({ ownerId, name, kind: 'web' });
  return {
    storage: liveView(storage),
    newProject,
    async newRun(project) {
      const owner = project ?? (await newProject());
      return storage().createRun({ ownerId: owner.ownerId, projectId: owner.id, mode: 'generate', prompt: 'Build a todo app', budgets });
    },
    stepEvent: (run, seq) => ({
      type: 'step.started',
      runId: run.id,
      projectId: run.projectId,
      seq,
      at: new Date(Date.UTC(2025, 0, 1, 0, 0, seq)).toISOString(),
      stepId: `step-${seq}`,
      title: `Step ${seq}`,
    }),
    async countBlobs() {
      const hook = countBlobsOption ?? ((adapter: StorageAdapter) => (adapter as StorageAdapter & { countBlobs(): Promise<number> }).countBlobs());
      return hook(storage());
    },
    canCountBlobs: () => countBlobsOption !== undefined || typeof (storage() as { countBlobs?: unknown }).countBlobs === 'function',
  };
}

/** An object that forwards every property to what `current()` returns at the time of use. */
function liveView(current: () => StorageAdapter): StorageAdapter {
  return new Proxy({} as StorageAdapter, {
    get(_target, key) {
      const adapter = current();
      const value: unknown = Reflect.get(adapter, key);
      return typeof value === 'function' ? value.bind(adapter) : value;
    },
  });
}
