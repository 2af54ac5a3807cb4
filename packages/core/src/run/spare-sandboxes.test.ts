import { describe, expect, it } from 'vitest';
import { createBuilder } from '../builder/create-builder.js';
import { createWorker } from '../builder/create-worker.js';
import { inProcessQueue } from './in-process-queue.js';
import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../testing/doubles/scripted-llm.js';
import type { Transcript } from '../protocol/transcript.js';
import type { Check, CheckContext } from '../spec/check.js';
import type { Sandbox, SandboxAdapter } from '../spec/sandbox.js';
import type { Template } from '../spec/template.js';

/** Three runs' worth of turns: plan one step, write a file, finish. */
const transcript: Transcript = {
  format: 'buildwright.transcript/v1',
  turns: [1, 2, 3].flatMap(() => [
    { node: 'plan', toolCalls: [{ name: 'submit_plan', arguments: { title: 'App', summary: 'App', steps: [{ id: 'a', title: 'Write a', files: ['a.js'] }] } }] },
    { node: 'build', toolCalls: [{ name: 'write_file', arguments: { path: 'a.js', content: 'export const a = 1;\n' } }] },
    { node: 'build', toolCalls: [{ name: 'finish', arguments: { summary: 'done' } }] },
  ]),
};

const templates: Record<string, Template> = {
  base: { name: 'base', kind: 'web', description: 'one file', files: { 'package.json': '{}\n' } },
  other: { name: 'other', kind: 'web', description: 'another file', files: { 'package.json': '{"name":"other"}\n' } },
};

/** A memory sandbox adapter that remembers each sandbox it opened, which were killed and which removed. */
function recordingSandbox() {
  const adapter = memorySandbox();
  const opened: Sandbox[] = [];
  const killed = new Set<string>();
  const removed: string[] = [];
  const recording: SandboxAdapter = {
    ...adapter,
    async remove(options) {
      removed.push(options.projectId);
      await adapter.remove!(options);
    },
    async open(options) {
      const sandbox = await adapter.open(options);
      const recorded: Sandbox = {
        ...sandbox,
        kill: async () => {
          killed.add(sandbox.id);
          await sandbox.kill();
        },
      };
      opened.push(recorded);
      return recorded;
    },
  };
  return { adapter: recording, opened, killed, removed };
}

/** A check that records every prepare and every run's sandbox. */
function recordingCheck() {
  const prepared: Array<Pick<CheckContext, 'projectId' | 'runId' | 'kind' | 'files'> & { sandboxId: string; written: string | undefined }> = [];
  const checked: string[] = [];
  const check: Check = {
    name: 'recorded',
    async prepare(context) {
      prepared.push({
        projectId: context.projectId,
        runId: context.runId,
        kind: context.kind,
        files: context.files,
        sandboxId: context.sandbox.id,
        written: await context.sandbox.readFile('package.json'),
      });
    },
    async run(context) {
      checked.push(context.sandbox.id);
      return { status: 'passed' };
    },
  };
  return { check, prepared, checked };
}

function builderWith(spareTemplates: string[], refreshMs?: number) {
  const sandboxes = recordingSandbox();
  const recorded = recordingCheck();
  const builder = createBuilder({
    llm: scriptedLlm({ transcript }),
    sandbox: sandboxes.adapter,
    storage: memoryStorage(),
    checks: [recorded.check],
    templates,
    spareSandboxes: { templates: spareTemplates, ...(refreshMs === undefined ? {} : { refreshMs }) },
  });
  return { builder, ...sandboxes, ...recorded };
}

describe('spare sandboxes', () => {
  it('default: a new project of the template takes the prepared spare as its sandbox, and a new spare is prepared after its run', async () => {
    const { builder, prepared, checked, opened } = builderWith(['base']);
    await builder.warmSpares();
    expect(prepared).toHaveLength(1);
    const spare = prepared[0]!;
    expect(spare.projectId).toMatch(/^spare-[0-9a-f-]{36}$/);
    expect(spare).toMatchObject({ runId: expect.stringMatching(/^spare-run-/), kind: 'web', files: templates.base!.files, sandboxId: spare.projectId, written: '{}\n' });

    const run = builder.generate({ prompt: 'an app', kind: 'web', template: 'base' });
    const { project } = await run.result;
    expect((await builder.openedSandbox(project.id))?.id).toBe(spare.sandboxId);
    expect(checked).toEqual([spare.sandboxId]);
    // The run prepares its checks on the spare too (on the run's files, a warm worker returns at once).
    expect(prepared[1]).toMatchObject({ projectId: project.id, runId: run.runId, sandboxId: spare.sandboxId });

    // A second later, with no run going on, the next spare is prepared in a sandbox of its own.
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    await builder.warmSpares();
    expect(prepared).toHaveLength(3);
    expect(prepared[2]!.projectId).toMatch(/^spare-/);
    expect(prepared[2]!.projectId).not.toBe(spare.projectId);
    expect(opened.map((sandbox) => sandbox.id)).toEqual([spare.sandboxId, prepared[2]!.projectId]);
    await builder.close();
  });

  it('behavior: a new project of another template opens its own sandbox and leaves the spare', async () => {
    const { builder, prepared, checked } = builderWith(['base']);
    await builder.warmSpares();
    const spareId = prepared[0]!.projectId;

    const other = await builder.generate({ prompt: 'an app', kind: 'web', template: 'other' }).result;
    expect(checked).toEqual([other.project.id]);
    // The spare is still there for the next fitting project.
    const fitting = await builder.generate({ prompt: 'an app', kind: 'web', template: 'base' }).result;
    expect(checked.at(-1)).toBe(spareId);
    expect((await builder.openedSandbox(fitting.project.id))?.id).toBe(spareId);
    await builder.close();
  });

  it('args: refreshMs: a ready spare is prepared again on the same sandbox (a worker that idled out starts again)', async () => {
    const { builder, prepared, opened } = builderWith(['base'], 200);
    await builder.warmSpares();
    await new Promise((resolve) => setTimeout(resolve, 700));
    await builder.warmSpares();
    expect(prepared.length).toBeGreaterThanOrEqual(2);
    expect(new Set(prepared.map((spare) => spare.sandboxId))).toEqual(new Set([prepared[0]!.sandboxId]));
    expect(new Set(prepared.map((spare) => spare.runId)).size).toBe(prepared.length);
    expect(opened).toHaveLength(1);
    await builder.close();
  });

  it("behavior: the builder's close() kills the spares and removes them (SandboxAdapter.remove), the one a project took too", async () => {
    const { builder, prepared, killed, removed } = builderWith(['base', 'other']);
    await builder.warmSpares();
    expect(prepared.map((spare) => spare.files)).toEqual([templates.base!.files, templates.other!.files]);
    const spareIds = prepared.map((spare) => spare.sandboxId).sort();
    const { project } = await builder.generate({ prompt: 'an app', kind: 'web', template: 'base' }).result;
    expect((await builder.openedSandbox(project.id))?.id).toBe(prepared[0]!.sandboxId);
    expect(removed).toEqual([]);
    await builder.close();
    expect([...killed].sort()).toEqual(spareIds);
    expect([...removed].sort()).toEqual(spareIds);
  });

  it('behavior: deleting a project that took a spare removes the spare at once', async () => {
    const { builder, prepared, killed, removed } = builderWith(['base']);
    await builder.warmSpares();
    const spareId = prepared[0]!.sandboxId;
    const { project } = await builder.generate({ prompt: 'an app', kind: 'web', template: 'base' }).result;
    await builder.deleteProject(project.id);
    expect(killed.has(spareId)).toBe(true);
    expect(removed).toEqual([project.id, spareId]);
    await builder.close();
    expect(removed.filter((id) => id === spareId)).toHaveLength(1);
  });

  it('behavior: close() waits for a spare being prepared, which stops and is killed', async () => {
    const sandboxes = recordingSandbox();
    let stopped: unknown;
    const slow: Check = {
      name: 'slow',
      async prepare({ signal }) {
        await new Promise<void>((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
        stopped = signal.reason;
      },
      run: async () => ({ status: 'passed' }),
    };
    const builder = createBuilder({ llm: scriptedLlm({ transcript }), sandbox: sandboxes.adapter, storage: memoryStorage(), checks: [slow], templates, spareSandboxes: { templates: ['base'] } });
    const warming = builder.warmSpares();
    await new Promise((resolve) => setTimeout(resolve, 50));
    await builder.close();
    expect(stopped).toMatchObject({ code: 'RUN_CANCELLED' });
    expect([...sandboxes.killed]).toEqual([sandboxes.opened[0]!.id]);
    await warming;
    expect(sandboxes.removed).toEqual([sandboxes.opened[0]!.id]);
    await warming;
  });

  it('error: a template that is not registered, or spares on a builder whose runs a queue takes, fail createBuilder with INVALID_INPUT', () => {
    expect(() => builderWith(['missing'])).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringContaining('template "missing" is not registered') }));
    const options = { llm: scriptedLlm({ transcript }), sandbox: memorySandbox(), storage: memoryStorage(), templates, spareSandboxes: { templates: ['base'] } };
    expect(() => createBuilder({ ...options, queue: inProcessQueue() })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringContaining('Give spareSandboxes to createWorker') }),
    );
  });

  it('behavior: a queue worker keeps spares too: the run it executes takes one', async () => {
    const queue = inProcessQueue();
    const storage = memoryStorage();
    const sandboxes = recordingSandbox();
    const recorded = recordingCheck();
    const worker = createWorker({ llm: scriptedLlm({ transcript }), sandbox: sandboxes.adapter, storage, checks: [recorded.check], templates, queue, spareSandboxes: { templates: ['base'] } });
    const builder = createBuilder({ llm: scriptedLlm({ transcript }), sandbox: memorySandbox(), storage, templates, queue });
    // The worker's spare is prepared a second after the worker starts, with no run going on.
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    expect(recorded.prepared).toHaveLength(1);
    const run = builder.generate({ prompt: 'an app', kind: 'web', template: 'base' });
    await run.result;
    expect(recorded.checked).toEqual([recorded.prepared[0]!.sandboxId]);
    await worker.close();
    await builder.close();
  });
});
