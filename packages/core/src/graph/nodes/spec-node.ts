import type { FileToolName } from '../../protocol/file-tools.js';
import type { Check } from '../../spec/check.js';
import type { ProjectKind } from '../../spec/storage.js';
import { fixMessage, requestMessage, specMessage, systemPrompt } from '../prompts.js';
import type { RunNode, RunNodeContext } from '../run-runtime.js';
import type { CheckFailure } from '../run-state.js';
import { runToolLoop } from '../tool-loop.js';
import { runCheckWithEvents } from './check-with-events.js';
import { beginFixAttempt } from './fix-attempt.js';
import { nodeInternals } from './node-context.js';

/** Tools of the spec node: write or edit its files, then finish. */
const specToolNames = ['write_file', 'edit_file', 'finish'] as const satisfies readonly FileToolName[];

/** The files each spec node writes (see specNodePaths). */
const pathsOfSpecNodes = new WeakMap<RunNode, readonly string[]>();

/**
 * The checks of a run's kind that run in the spec node (`phase.node === 'spec'`), and the others.
 */
export function splitSpecChecks(checks: readonly Check[], kind: ProjectKind): { spec: Check[]; after: Check[] } {
  const spec = checks.filter((check) => check.phase?.node === 'spec' && (!check.kinds || check.kinds.includes(kind)));
  return { spec, after: checks.filter((check) => !spec.includes(check)) };
}

/**
 * The `spec` node (api runs: plan → spec → build → checks): the model writes the files of the
 * checks' phases (`openapi.yaml`) through the file protocol, and may change nothing else there;
 * then those checks judge them (`check.started` / `check.passed` / `check.failed`). A failure goes
 * back to the model in the same conversation (`fix.started`, counted in `limits.maxFixAttempts`,
 * stopped by `NO_PROGRESS` like any fix) until they pass, so build starts from a checked spec.
 */
export function specNode(checks: readonly Check[]): RunNode {
  const paths = [...new Set(checks.map((check) => check.phase!.path))];
  const node: RunNode = {
    name: 'spec',
    async run(context) {
      const { runtime, state, draft } = nodeInternals(context);
      await context.emit({ type: 'step.started', stepId: 'spec', title: `Describe the API in ${paths.join(', ')}` });
      const messages = [
        { role: 'system' as const, content: systemPrompt(runtime.kind, runtime.template) },
        { role: 'user' as const, content: `${requestMessage(runtime.prompt, runtime.workspace, paths)}\n\n${specMessage(paths, context.plan)}` },
      ];
      let fixAttempts = state.fixAttempts;
      let previous: CheckFailure | null = null;
      for (;;) {
        await runToolLoop(runtime, { node: 'spec', tools: specToolNames, messages, onlyPaths: paths });
        const failure = await judge(context, checks);
        if (!failure) break;
        fixAttempts = await beginFixAttempt(runtime, failure, previous, fixAttempts);
        previous = failure;
        messages.push({ role: 'user', content: fixMessage(failure.node, failure.report, fixAttempts) });
      }
      draft.fixAttempts = fixAttempts;
      await context.emit({ type: 'step.completed', stepId: 'spec' });
    },
  };
  pathsOfSpecNodes.set(node, paths);
  return node;
}

/** The files a spec node made by `specNode` writes; undefined for any other node. */
export function specNodePaths(node: RunNode): readonly string[] | undefined {
  return pathsOfSpecNodes.get(node);
}

/** Runs the spec checks on the current files, in order; the first failure, or null when none failed. */
async function judge(context: RunNodeContext, checks: readonly Check[]): Promise<CheckFailure | null> {
  const { runtime, draft } = nodeInternals(context);
  for (const check of checks) {
    const result = await runCheckWithEvents(runtime, check.name, () => check.run({ ...context, files: runtime.workspace.snapshot() }));
    if (result?.status === 'passed' && result.preview) draft.verifiedPreview = result.preview;
    if (result?.status === 'failed') return { node: check.name, report: result.report, issues: result.issues, digest: runtime.workspace.digest() };
  }
  return null;
}
