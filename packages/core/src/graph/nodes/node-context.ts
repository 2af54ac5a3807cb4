import { BuildwrightError } from '@buildwright/client';
import type { EventInput } from '../../events/events.js';
import type { CheckContext } from '../../spec/check.js';
import type { LlmAdapter } from '../../spec/llm.js';
import type { Sandbox } from '../../spec/sandbox.js';
import type { RunNodeContext, RunRuntime } from '../run-runtime.js';
import { callModel } from '../call-model.js';
import { runCommandWithEvents } from './run-command.js';
import { openNeutralSandbox } from '../neutral-sandbox.js';
import type { RunState, RunStateUpdate } from '../run-state.js';

const internals = Symbol('buildwright.node-internals');

interface Internals {
  runtime: RunRuntime;
  state: RunState;
  /** State changes a built-in node makes; returned to the graph when the node ends. */
  draft: RunStateUpdate;
}

/** What a check knows of the run it checks (or of the spare sandbox it prepares), besides what it may do. */
export type CheckFacts = Pick<CheckContext, 'projectId' | 'runId' | 'kind' | 'sandbox' | 'files' | 'chain' | 'artifactsDir' | 'signal' | 'openNeutralSandbox'>;

/** What every check context of a run holds: ids, kind, the sandbox, the current files, chain, artifacts dir, signal. */
export function runFacts(runtime: RunRuntime, sandbox: Sandbox): CheckFacts {
  return {
    projectId: runtime.projectId,
    runId: runtime.runId,
    kind: runtime.kind,
    sandbox,
    files: runtime.workspace.snapshot(),
    ...(runtime.chain ? { chain: runtime.chain } : {}),
    artifactsDir: runtime.artifactsDir,
    signal: runtime.signal,
    openNeutralSandbox: (options) => openNeutralSandbox(runtime.sandboxAdapter, options),
  };
}

/**
 * Builds the context a node runs with, keeping the run's internals out of the public type.
 * `sandbox: 'opening'` (a built-in node that never uses the sandbox: the plan) does not wait for the
 * sandbox to open; its `context.sandbox` throws. The caller waits for the open when the node ends.
 */
export async function createNodeContext(runtime: RunRuntime, state: RunState, options: { sandbox?: 'opened' | 'opening' } = {}): Promise<RunNodeContext & { [internals]: Internals }> {
  const opening = options.sandbox === 'opening';
  const facts = runFacts(runtime, opening ? (undefined as unknown as Sandbox) : await runtime.sandbox());
  const context = {
    [internals]: { runtime, state, draft: {} },
    ...facts,
    ...(runtime.startingFiles ? { changedFiles: changedPaths(runtime.startingFiles, facts.files) } : {}),
    callModel: (request) => callModel(runtime, request),
    llm: withCallContext(runtime),
    storage: runtime.storage,
    prompt: runtime.prompt,
    mode: runtime.mode,
    plan: state.acceptedPlan,
    requirements: state.requirementsSpec ?? null,
    emit: async (event: EventInput) => {
      if (event.type === 'preview.ready') throw previewEmitted();
      return runtime.emit(event);
    },
    async writeFiles(files) {
      for (const [path, content] of Object.entries(files)) await runtime.workspace.write(path, content);
    },
    run: async (command, options = {}) => runCommandWithEvents({ sandbox: await runtime.sandbox(), emit: (event) => runtime.emit(event), signal: runtime.signal, command, options }),
  } satisfies RunNodeContext & { [internals]: Internals };
  if (opening) {
    Object.defineProperty(context, 'sandbox', {
      enumerable: true,
      get() {
        throw new BuildwrightError({
          code: 'INTERNAL',
          message: 'This node runs while the sandbox opens, so context.sandbox is not there yet: use context.run(), or a node that waits for the sandbox.',
        });
      },
    });
  }
  return context;
}

/** Paths whose content differs from the run's starting files, added ones included (in the current files' order). */
function changedPaths(starting: Readonly<Record<string, string>>, current: Readonly<Record<string, string>>): string[] {
  return Object.keys(current).filter((path) => starting[path] !== current[path]);
}

/** A node that emits `preview.ready` itself: the run announces a preview from the check's result, so it is also the run's result. */
export function previewEmitted(): BuildwrightError {
  return new BuildwrightError({
    code: 'INVALID_INPUT',
    message: "A check emitted preview.ready itself. Return the preview in the check's result instead: { status: 'passed', preview: { url, screenshotPath } }; the run emits preview.ready from it.",
  });
}

/** The run's model, filling in `context` (owner, run, project, node) on the calls a custom node makes itself. */
function withCallContext(runtime: RunRuntime): LlmAdapter {
  const { llm } = runtime;
  return {
    specificationVersion: llm.specificationVersion,
    provider: llm.provider,
    modelId: llm.modelId,
    stream: (request) => llm.stream({ ...request, context: request.context ?? { ownerId: runtime.ownerId, runId: runtime.runId, projectId: runtime.projectId, node: request.node } }),
  };
}

/** The run internals of a context made by createNodeContext (for built-in nodes). */
export function nodeInternals(context: RunNodeContext): Internals {
  const found = (context as RunNodeContext & { [internals]?: Internals })[internals];
  if (!found) throw new Error('This built-in node can only run inside a Buildwright run.');
  return found;
}
