import { describe, expect, it } from 'vitest';
import { createBuilder } from '../builder/create-builder.js';
import { collect } from '../graph/nodes/phase-node.test-support.js';
import type { Check } from '../spec/check.js';
import type { LlmAdapter } from '../spec/llm.js';
import { expectCode } from '../testing/expect-code.js';
import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../testing/doubles/scripted-llm.js';

/** A check that passes while `src/App.js` does not say "broken", serving a preview; it records what it saw in the sandbox. */
function appCheck(seen: string[]): Check {
  return {
    name: 'app',
    async run({ sandbox }) {
      const source = (await sandbox.readFile('src/App.js')) ?? '';
      seen.push(source);
      if (source.includes('broken')) return { status: 'failed', report: 'src/App.js is broken', issues: [{ file: 'src/App.js', message: 'broken' }] };
      return { status: 'passed', preview: { url: 'http://127.0.0.1:4999/', screenshotPath: null } };
    },
  };
}

/** A model that is never to be called: a check run must not reach it. */
const noModel: LlmAdapter = {
  ...scriptedLlm({ transcript: { format: 'buildwright.transcript/v1', turns: [] } }),
  stream: () => {
    throw new Error('a check run called the model');
  },
};

async function importedProject(checks: Check[]) {
  const storage = memoryStorage();
  const builder = createBuilder({ llm: noModel, sandbox: memorySandbox(), storage, checks });
  const { project } = await builder.importFiles({ name: 'App', kind: 'web', files: { 'src/App.js': 'export default "v1";\n' } });
  return { builder, storage, project };
}

describe('saveFiles({ check: true }) and checkVersion', () => {
  it("default: the saved version is checked in the sandbox: check and preview events, run 'check' completed with that version, no other version, no model", async () => {
    const seen: string[] = [];
    const { builder, storage, project } = await importedProject([appCheck(seen)]);
    const saved = await builder.saveFiles(project.id, { baseVersion: 1, files: { 'src/App.js': 'export default "by hand";\n' }, check: true });
    expect(saved).toMatchObject({ created: true, version: { number: 2 } });
    const run = saved.checkRun!;
    const events = await collect(run);
    const result = await run.result;
    expect(seen).toEqual(['export default "by hand";\n']);
    expect(events.map((event) => event.type)).toEqual(['run.started', 'check.started', 'preview.ready', 'check.passed', 'run.completed']);
    expect(events[0]).toMatchObject({ mode: 'check', prompt: 'Check version 2' });
    expect(events.at(-1)).toMatchObject({ versionNumber: 2, summary: 'Version 2 passed every check.' });
    expect(result).toMatchObject({ version: { number: 2 }, previewUrl: 'http://127.0.0.1:4999/' });
    expect((await builder.versions(project.id)).map((version) => version.number)).toEqual([1, 2]);
    expect(await storage.getRun({ ownerId: project.ownerId, runId: run.runId })).toMatchObject({ mode: 'check', status: 'completed' });
    // No chat message: a check run has no request and no answer.
    expect(await storage.listMessages({ ownerId: project.ownerId, projectId: project.id })).toEqual([]);
    await builder.close();
  });

  it('behavior: a failed check ends the check run with CHECK_FAILED and its report; no fix turn, the saved version stays', async () => {
    const seen: string[] = [];
    const { builder, project } = await importedProject([appCheck(seen)]);
    const saved = await builder.saveFiles(project.id, { baseVersion: 1, files: { 'src/App.js': 'broken\n' }, check: true });
    const events = await collect(saved.checkRun!);
    const error = await expectCode(saved.checkRun!.result, 'CHECK_FAILED');
    expect(error.message).toContain('does not fix');
    expect(events.some((event) => event.type === 'fix.started')).toBe(false);
    expect(events.at(-1)).toMatchObject({ type: 'run.failed', code: 'CHECK_FAILED', check: 'app' });
    expect(events.find((event) => event.type === 'check.failed')).toMatchObject({ check: 'app', report: expect.stringContaining('src/App.js is broken') });
    expect((await builder.files(project.id)).version.number).toBe(2);
    await builder.close();
  });

  it('behavior: builder.checkVersion checks an older stored version, and a save that changes nothing checks the base version', async () => {
    const seen: string[] = [];
    const { builder, project } = await importedProject([appCheck(seen)]);
    await builder.saveFiles(project.id, { baseVersion: 1, files: { 'src/App.js': 'v2\n' } });
    expect((await builder.checkVersion(project.id, { version: 1 }).result).version.number).toBe(1);
    const unchanged = await builder.saveFiles(project.id, { baseVersion: 2, files: { 'src/App.js': 'v2\n' }, check: true });
    expect(unchanged.created).toBe(false);
    expect((await unchanged.checkRun!.result).version.number).toBe(2);
    expect(seen).toEqual(['export default "v1";\n', 'v2\n']);
    await builder.close();
  });

  it('error: check: true while a run of the project is in progress is PROJECT_BUSY, nothing stored; a stale baseVersion is VERSION_CONFLICT and starts no run', async () => {
    const { builder, storage, project } = await importedProject([appCheck([])]);
    const busy = await storage.createRun({ ownerId: project.ownerId, projectId: project.id, mode: 'edit', prompt: 'x', budgets: { maxFixAttempts: 1, maxTokens: 1, maxWallTimeMs: 1 } });
    const error = await expectCode(builder.saveFiles(project.id, { baseVersion: 1, files: { 'src/App.js': 'mine\n' }, check: true }), 'PROJECT_BUSY');
    expect(error.details.runIds).toEqual([busy.id]);
    expect(error.message).toContain('nothing was saved or checked');
    expect((await builder.files(project.id)).version.number).toBe(1);
    await storage.updateRun({ runId: busy.id, status: 'completed' });
    await expectCode(builder.saveFiles(project.id, { baseVersion: 7, files: { 'src/App.js': 'mine\n' }, check: true }), 'VERSION_CONFLICT');
    expect((await storage.listRuns({ ownerId: project.ownerId, projectId: project.id })).map((run) => run.mode)).toEqual(['edit']);
    await builder.close();
  });

  it('error: a builder with no check for the kind, or a version that does not exist, rejects the check run before it starts', async () => {
    const { builder, project } = await importedProject([{ ...appCheck([]), kinds: ['api'] }]);
    await expectCode(builder.checkVersion(project.id).result, 'INVALID_INPUT');
    const other = await importedProject([appCheck([])]);
    await expectCode(other.builder.checkVersion(other.project.id, { version: 9 }).result, 'VERSION_NOT_FOUND');
    await builder.close();
    await other.builder.close();
  });
});
