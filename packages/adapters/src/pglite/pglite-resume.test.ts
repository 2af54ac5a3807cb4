import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBuilder } from '@buildwright/core';
import { memorySandbox, memoryStorage, scriptedLlm } from '@buildwright/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { usageSum } from '../../../core/src/run/host-hooks.test-support.js';
import { resumeTranscript } from '../../../core/src/run/resume-transcript.test-support.js';
import { startScript, waitUntil } from './child-process.test-support.js';
import { pgliteStorage } from './pglite-storage.js';

const script = fileURLToPath(new URL('./resume-process.test-support.ts', import.meta.url));

const startProcess = (args: string[]) => startScript(script, args);
const waitFor = (read: () => string, pattern: RegExp, timeoutMs = 60_000) => waitUntil(() => read().match(pattern) ?? undefined, String(pattern), timeoutMs);

// A migrated, empty data directory, copied for each run: creating one (initdb in WebAssembly) takes
// 3 to 4 s of CPU, and what these tests kill and resume is a run, not the creation of a database
// (pglite-storage.test.ts covers that).
let template = '';
const directories: string[] = [];
afterAll(() => directories.forEach((directory) => rmSync(directory, { recursive: true, force: true })));
beforeAll(async () => {
  template = mkdtempSync(join(tmpdir(), 'buildwright-resume-template-'));
  directories.push(template);
  const storage = pgliteStorage({ dataDir: template });
  await storage.migrate();
  await storage.close();
}, 60_000);

/** Starts a run in a child process, SIGKILLs it where it pauses, and resumes it in a new one. */
async function killAndResume(pause: string[]) {
  const dataDir = mkdtempSync(join(tmpdir(), 'buildwright-resume-'));
  directories.push(dataDir);
  cpSync(template, dataDir, { recursive: true });
  const first = startProcess(['run', dataDir, ...pause]);
  const [, runId] = await waitFor(() => first.output().stdout, /PAUSED (\S+)/);
  first.child.kill('SIGKILL');
  expect(await first.exited).toBeNull();

  const second = startProcess(['resume', dataDir, runId!]);
  expect(await second.exited, second.output().stderr).toBe(0);
  const resumed = JSON.parse(second.output().stdout.trim().split('\n').at(-1)!) as { files: Record<string, string>; version: number };
  /** The onRunFinished reports of both processes, in order. */
  const finished = [first, second].flatMap((process) =>
    [...process.output().stdout.matchAll(/^FINISHED (.+)$/gm)].map((match) => JSON.parse(match[1]!) as { runId: string; usage: unknown; status: string }),
  );
  return { dataDir, runId, resumed, finished };
}

describe('resume on PGlite, across processes', () => {
  it('behavior: a run SIGKILLed after the build node resumes in a new process with gap-free events and the same files', async () => {
    const { dataDir, runId, resumed } = await killAndResume([]);

    const uninterrupted = await createBuilder({ llm: scriptedLlm({ transcript: resumeTranscript }), sandbox: memorySandbox(), storage: memoryStorage() }).generate({ prompt: 'resume me' }).result;
    expect(resumed.files).toEqual(uninterrupted.files);
    expect(resumed.version).toBe(1);

    const storage = pgliteStorage({ dataDir });
    try {
      const events = await storage.readEvents({ ownerId: 'local', runId: runId! });
      expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
      const types = events.map((event) => event.type);
      expect(types.filter((type) => type === 'file.written')).toHaveLength(2);
      expect(types.filter((type) => type === 'check.started')).toHaveLength(1);
      expect(events.filter((event) => event.type === 'run.started').map((event) => event.type === 'run.started' && event.mode)).toEqual(['generate', 'resume']);
      expect(types.at(-1)).toBe('run.completed');
      expect((await storage.getRun({ ownerId: 'local', runId: runId! }))?.status).toBe('completed');
    } finally {
      await storage.close();
    }
  }, 120_000);

  it('behavior: a run SIGKILLed right after version.created resumes without a second version or a second version.created', async () => {
    const { dataDir, runId, resumed } = await killAndResume(['after:version.created']);
    expect(resumed.version).toBe(1);

    const storage = pgliteStorage({ dataDir });
    try {
      const run = await storage.getRun({ ownerId: 'local', runId: runId! });
      expect(run?.status).toBe('completed');
      const versions = await storage.listVersions({ ownerId: 'local', projectId: run!.projectId });
      expect(versions.map((version) => [version.number, version.runId])).toEqual([[1, runId]]);
      expect((await storage.getVersionFiles({ ownerId: 'local', projectId: run!.projectId }))?.files).toEqual(resumed.files);
      const events = await storage.readEvents({ ownerId: 'local', runId: runId! });
      expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
      expect(events.filter((event) => event.type === 'version.created')).toHaveLength(1);
      expect(events.at(-1)).toMatchObject({ type: 'run.completed', versionNumber: 1 });
      const answers = (await storage.listMessages({ ownerId: 'local', projectId: run!.projectId })).filter((message) => message.role === 'assistant');
      expect(answers).toHaveLength(1);
    } finally {
      await storage.close();
    }
  }, 120_000);

  it('behavior: a run SIGKILLed before its first event, before its first node, or between being marked completed and storing run.completed resumes to its one version and a complete log, and is reported to onRunFinished once', async () => {
    // The three runs are independent (a data directory and two processes each): they run side by side.
    const pauses = ['before:run.started', 'after:run.started', 'before:run.completed'];
    await Promise.all(
      pauses.map(async (pause) => {
        const { dataDir, runId, resumed, finished } = await killAndResume([pause]);
        expect(resumed.version, pause).toBe(1);
        const storage = pgliteStorage({ dataDir });
        try {
          const events = await storage.readEvents({ ownerId: 'local', runId: runId! });
          expect(events.map((event) => event.seq)).toEqual(events.map((_, index) => index + 1));
          const modes = events.filter((event) => event.type === 'run.started').map((event) => event.type === 'run.started' && event.mode);
          expect(modes, pause).toEqual(pause === 'before:run.started' ? ['resume'] : ['generate', 'resume']);
          expect(events.filter((event) => event.type === 'version.created')).toHaveLength(1);
          expect(events.filter((event) => event.type === 'run.completed')).toHaveLength(1);
          expect(events.at(-1)?.type).toBe('run.completed');
          const run = await storage.getRun({ ownerId: 'local', runId: runId! });
          expect(run?.status).toBe('completed');
          expect((await storage.listMessages({ ownerId: 'local', projectId: run!.projectId })).map((message) => message.role)).toEqual(['user', 'assistant']);
          // Killed after claiming its end (before:run.completed) or before: the resumed process reports it, with every usage event.
          expect(finished, pause).toEqual([
            {
              runId,
              status: 'completed',
              usage: usageSum(events),
            },
          ]);
          expect(
            events.some((event) => event.type === 'usage'),
            pause,
          ).toBe(true);
        } finally {
          await storage.close();
        }
      }),
    );
  }, 240_000);
});
