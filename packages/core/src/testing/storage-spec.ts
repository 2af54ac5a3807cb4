import { afterAll, beforeAll, describe } from 'vitest';
import type { StorageAdapter } from '../spec/storage.js';
import { describeAdapter } from './storage-spec/adapter.js';
import { describeAgents } from './storage-spec/agents.js';
import { describeBlobs } from './storage-spec/blobs.js';
import { describeCancelRequests } from './storage-spec/cancel-requests.js';
import { describeToolConsent } from './storage-spec/tool-consent.js';
import { describeCheckpoints } from './storage-spec/checkpoints.js';
import { createStorageSpecContext } from './storage-spec/context.js';
import { describeContracts } from './storage-spec/contracts.js';
import { describeDeployments } from './storage-spec/deployments.js';
import { describeEvents } from './storage-spec/events.js';
import { describeGitSync } from './storage-spec/git-sync.js';
import { describeLeases } from './storage-spec/leases.js';
import { describeMessages } from './storage-spec/messages.js';
import { describeOwnerUsage } from './storage-spec/owner-usage.js';
import { describeProjectEdits } from './storage-spec/project-edits.js';
import { describeProjects } from './storage-spec/projects.js';
import { describeRuns } from './storage-spec/runs.js';
import { describeUsage } from './storage-spec/usage.js';
import { describeVersions } from './storage-spec/versions.js';

/** Options of {@link runStorageSpec}. */
export interface RunStorageSpecOptions {
  /** Name of the `describe` block; defaults to `storage spec`. */
  name?: string;
  /**
   * Counts the distinct file contents (blobs) the storage holds, for the "unchanged content is
   * stored once" cases. Defaults to the adapter's own `countBlobs()` test hook when it has one.
   */
  countBlobs?: (storage: StorageAdapter) => Promise<number>;
}

/**
 * The storage conformance suite: every `StorageAdapter` must pass it. Call it from a test file
 * with a factory; the suite creates one storage, isolates its cases by fresh owner ids, and
 * closes the storage at the end. Each area (projects, runs, events...) lives in its own file
 * under `storage-spec/`.
 *
 * @example
 * // my-storage.test.ts
 * import { runStorageSpec } from '@buildwright/core/testing';
 * import { myStorage } from './my-storage.js';
 *
 * runStorageSpec(() => myStorage({ url: process.env.DATABASE_URL }));
 */
export function runStorageSpec(factory: () => Promise<StorageAdapter> | StorageAdapter, options: RunStorageSpecOptions = {}): void {
  let storage!: StorageAdapter;
  const spec = createStorageSpecContext(() => storage, options.countBlobs);

  describe(options.name ?? 'storage spec', () => {
    beforeAll(async () => {
      storage = await factory();
      await storage.migrate();
    });
    afterAll(async () => {
      await storage?.close();
    });

    describeAdapter(spec);
    describeProjects(spec);
    describeProjectEdits(spec);
    describeRuns(spec);
    describeCancelRequests(spec);
    describeToolConsent(spec);
    describeEvents(spec);
    describeMessages(spec);
    describeVersions(spec);
    describeContracts(spec);
    describeDeployments(spec);
    describeUsage(spec);
    describeOwnerUsage(spec);
    describeBlobs(spec);
    describeCheckpoints(spec);
    describeLeases(spec);
    describeGitSync(spec);
    describeAgents(spec);
  });
}
