import { mkdtempSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createBuilder } from '@buildwright/core';
import type { Builder, BuilderOptions, BuildwrightEvent, LlmAdapter, LlmRequest, SandboxAdapter, StorageAdapter, Transcript } from '@buildwright/core';
import { localSandbox } from '../local/index.js';
import { memoryStorage } from '../memory/index.js';
import { scriptedLlm } from '../scripted/index.js';
import { templates } from '../templates/index.js';
import { webChecks } from './web-checks.js';

/** A sandbox write the sandbox refused, as the engine saw it. */
export interface RefusedWrite {
  path: string;
  code: string;
}

/**
 * Builders for end-to-end web runs in tests: the scripted model, the real local sandbox (one root
 * for every run), the web checks with the shared dependency cache, the built-in templates, and
 * memory storage unless given. Records the requests the model got and the writes the sandbox
 * refused, passing everything through unchanged (test use only).
 */
export function webRuns() {
  const root = mkdtempSync(join(tmpdir(), 'bw-web-runs-'));
  const builders: Builder[] = [];
  return {
    root,
    builder(transcript: Transcript | string, extra: Partial<BuilderOptions> & { storage?: StorageAdapter } = {}) {
      const requests: LlmRequest[] = [];
      const refusals: RefusedWrite[] = [];
      const builder = createBuilder({
        llm: recordRequests(scriptedLlm({ transcript }), requests),
        sandbox: recordRefusals(localSandbox({ root: join(root, 'sandboxes') }), refusals),
        storage: memoryStorage(),
        checks: webChecks(),
        templates,
        artifactsDir: join(root, 'artifacts'),
        ...extra,
      });
      builders.push(builder);
      return { builder, requests, refusals };
    },
    async cleanup() {
      await Promise.allSettled(builders.map((builder) => builder.close()));
      await rm(root, { recursive: true, force: true });
    },
  };
}

/** The model, recording each request it gets (test use only). */
export function recordRequests(llm: LlmAdapter, requests: LlmRequest[]): LlmAdapter {
  return {
    ...llm,
    stream(request) {
      requests.push({ ...request, messages: [...request.messages] });
      return llm.stream(request);
    },
  };
}

/** The sandbox adapter, recording each write its sandboxes refuse (test use only). */
export function recordRefusals(adapter: SandboxAdapter, refusals: RefusedWrite[]): SandboxAdapter {
  return {
    ...adapter,
    async open(options) {
      const sandbox = await adapter.open(options);
      return {
        ...sandbox,
        async writeFile(path, content) {
          try {
            await sandbox.writeFile(path, content);
          } catch (error) {
            refusals.push({ path, code: String((error as { code?: unknown }).code) });
            throw error;
          }
        },
      };
    },
  };
}

/** Every event of a run, in order. */
export async function collectEvents(run: AsyncIterable<BuildwrightEvent>): Promise<BuildwrightEvent[]> {
  const events: BuildwrightEvent[] = [];
  for await (const event of run) events.push(event);
  return events;
}

/** `check:outcome` for every check event, in order. */
export function checkOutcomes(events: BuildwrightEvent[]): string[] {
  return events.flatMap((event) =>
    event.type === 'check.passed' ? [`${event.check}:passed`] : event.type === 'check.failed' ? [`${event.check}:failed`] : event.type === 'check.skipped' ? [`${event.check}:skipped`] : [],
  );
}
