import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventInput } from '../events/events.js';
import { previewEmitted } from '../graph/nodes/node-context.js';
import { runCommandWithEvents } from '../graph/nodes/run-command.js';
import { readModelStream } from '../graph/model-stream.js';
import type { ChainAdapter } from '../spec/chain.js';
import type { LlmAdapter, LlmUsage } from '../spec/llm.js';
import type { CheckContext } from '../spec/check.js';
import { openNeutralSandbox } from '../graph/neutral-sandbox.js';
import type { Sandbox, SandboxAdapter } from '../spec/sandbox.js';
import type { ProjectKind } from '../spec/storage.js';

/** Options of {@link createCheckContext}. */
export interface CreateCheckContextOptions {
  /** The sandbox the check runs in (e.g. `memorySandbox().open(...)` or a local sandbox). */
  sandbox: Sandbox;
  /** The project's files; written into the sandbox before the context is handed out. Default none. */
  files?: Record<string, string>;
  /** Default `web`. */
  kind?: ProjectKind;
  /** Default `check-project`. */
  projectId?: string;
  /** Default `check-run`. */
  runId?: string;
  chain?: ChainAdapter;
  /** Default a directory under the OS temp dir, named after the project. */
  artifactsDir?: string;
  /** The adapter `openNeutralSandbox` opens neutral sandboxes with, as the builder's does in a run; without it the context has no `openNeutralSandbox`. */
  sandboxAdapter?: SandboxAdapter;
  /** The model `callModel` calls (e.g. `scriptedLlm`), as the builder's is in a run; without it the context has no `callModel`. */
  llm?: LlmAdapter;
  /** The paths the context reports as `changedFiles`; without it the context has none. */
  changedFiles?: readonly string[];
}

/** A CheckContext for tests, with what the check did to it. */
export interface CheckContextDouble {
  context: CheckContext;
  /** Every event, in order: the check's own (`emit`) and its commands' (`command.started`, `command.output`, `command.exited`). */
  events: EventInput[];
  /** The project's current files; `writeFiles` changes them and the sandbox. */
  files: Record<string, string>;
  /** The usage of each `callModel` call, in order (a run records it and emits `usage`). */
  usage: LlmUsage[];
  /** Aborts `context.signal`, as a cancelled run does. */
  abort(reason?: unknown): void;
}

/**
 * A CheckContext as a run hands it to a check, for testing a check without a run: the files are
 * written into the given sandbox, `run` emits the same `command.*` events a run does, `emit`
 * records (and, as in a run, refuses `preview.ready`: return it in the result), and `writeFiles` changes the files and the sandbox.
 *
 * @example
 * const { context, events } = await createCheckContext({ sandbox: await memorySandbox().open({ projectId: 'p' }), files });
 * expect(await myCheck.run(context)).toEqual({ status: 'passed' });
 */
export async function createCheckContext(options: CreateCheckContextOptions): Promise<CheckContextDouble> {
  const { sandbox } = options;
  const files: Record<string, string> = { ...options.files };
  for (const [path, content] of Object.entries(files)) await sandbox.writeFile(path, content);
  const events: EventInput[] = [];
  const controller = new AbortController();
  const projectId = options.projectId ?? 'check-project';
  const emit = async (event: EventInput) => void events.push(event);
  const usage: LlmUsage[] = [];
  const { llm } = options;
  const context: CheckContext = {
    projectId,
    runId: options.runId ?? 'check-run',
    kind: options.kind ?? 'web',
    sandbox,
    files,
    ...(options.chain ? { chain: options.chain } : {}),
    ...(options.sandboxAdapter ? { openNeutralSandbox: (neutral: { name: string; signal?: AbortSignal }) => openNeutralSandbox(options.sandboxAdapter!, neutral) } : {}),
    ...(options.changedFiles ? { changedFiles: options.changedFiles } : {}),
    ...(llm ? { callModel: (request) => readModelStream(llm, { ...request, signal: controller.signal }, { onUsage: (used) => void usage.push(used) }) } : {}),
    artifactsDir: options.artifactsDir ?? join(tmpdir(), 'buildwright-check-artifacts', projectId),
    signal: controller.signal,
    run: (command, commandOptions) => runCommandWithEvents({ sandbox, emit, signal: controller.signal, command, ...(commandOptions ? { options: commandOptions } : {}) }),
    // As in a run: a preview is returned in the check's result, not emitted.
    emit: async (event) => {
      if ((event as EventInput).type === 'preview.ready') throw previewEmitted();
      await emit(event);
    },
    async writeFiles(changed) {
      for (const [path, content] of Object.entries(changed)) {
        await sandbox.writeFile(path, content);
        files[path] = content;
      }
    },
  };
  return { context, events, files, usage, abort: (reason) => controller.abort(reason) };
}
