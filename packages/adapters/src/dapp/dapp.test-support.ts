import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBuilder } from '@buildwright/core';
import type { BuilderOptions, BuildwrightEvent, ChainAdapter, CheckContext, EventInput, StorageAdapter, Transcript } from '@buildwright/core';
import { localSandbox } from '../local/index.js';
import { memoryStorage } from '../memory/index.js';
import { scriptedLlm } from '../scripted/index.js';
import { templates } from '../templates/index.js';
import { localChain } from '../viem/index.js';
import { dappChecks } from './dapp-checks.js';

/**
 * Builders for end-to-end dapp runs in tests: the real local sandbox, the shared dependency cache
 * (the default one), one local chain for every run, Chromium, and memory storage (test use only).
 */
export function dappRuns() {
  const root = mkdtempSync(join(tmpdir(), 'bw-dapp-'));
  const chain = localChain();
  // Each builder closes its adapters; the chain is shared, so its close waits for the end of the file.
  const sharedChain: ChainAdapter = { ...chain, close: async () => {} };
  const builders: Array<{ close(): Promise<void> }> = [];
  return {
    chain,
    builder(transcript: Transcript | string, extra: Partial<BuilderOptions> = {}) {
      const storage = memoryStorage();
      const builder = createBuilder({
        llm: scriptedLlm({ transcript }),
        sandbox: localSandbox({ root: join(root, 'sandboxes') }),
        storage,
        chain: sharedChain,
        templates,
        checks: dappChecks(),
        artifactsDir: join(root, 'artifacts'),
        ...extra,
      });
      builders.push(builder);
      return { builder, storage };
    },
    async cleanup() {
      await Promise.allSettled(builders.map((builder) => builder.close()));
      await chain.close();
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** Every event of a run, in order. */
export async function collectEvents(run: AsyncIterable<BuildwrightEvent>): Promise<BuildwrightEvent[]> {
  const events: BuildwrightEvent[] = [];
  for await (const event of run) events.push(event);
  return events;
}

let contextCounter = 0;

/** A hand-made check context over a real local sandbox, the given chain and memory storage (test use only). */
export function checkContexts(chain: ChainAdapter) {
  const root = mkdtempSync(join(tmpdir(), 'bw-dapp-checks-'));
  const sandboxes = localSandbox({ root });
  const storage = memoryStorage();
  return {
    storage,
    async open(files: Record<string, string>, runId = `run-${(contextCounter += 1)}`) {
      const { id: projectId } = await storage.createProject({ ownerId: 'local', name: `dapp check ${(contextCounter += 1)}`, kind: 'dapp' });
      const sandbox = await sandboxes.open({ projectId });
      for (const [path, content] of Object.entries(files)) await sandbox.writeFile(path, content);
      const events: EventInput[] = [];
      const context: CheckContext & { storage: StorageAdapter } = {
        projectId,
        runId,
        kind: 'dapp',
        sandbox,
        files,
        chain,
        storage,
        artifactsDir: join(root, 'artifacts'),
        signal: new AbortController().signal,
        run: (command, options = {}) => sandbox.run({ command, ...options }),
        async emit(event) {
          events.push(event);
        },
        async writeFiles(changed) {
          for (const [path, content] of Object.entries(changed)) {
            files[path] = content;
            await sandbox.writeFile(path, content);
          }
        },
      };
      return { context, events, sandbox };
    },
    cleanup: () => rm(root, { recursive: true, force: true }),
  };
}
