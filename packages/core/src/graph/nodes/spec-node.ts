import type { FileToolName } from '../../protocol/file-tools.js';
import type { Check, CheckPhase } from '../../spec/check.js';
import type { ProjectKind } from '../../spec/storage.js';
import { fixMessage, requestMessage, specMessage, systemPrompt } from '../prompts.js';
import type { RunNode, RunNodeContext, RunRuntime } from '../run-runtime.js';
import type { CheckFailure } from '../run-state.js';
import { testsMessage } from '../tests-prompts.js';
import { runToolLoop } from '../tool-loop.js';
import { runCheckWithEvents } from './check-with-events.js';
import { beginFixAttempt } from './fix-attempt.js';
import { nodeInternals } from './node-context.js';
import { addPhaseDependencies } from './phase-dependencies.js';
import { ofKind } from '../of-kind.js';

/** Tools of a phase node: write or edit its files, then finish. */
const phaseToolNames = ['write_file', 'edit_file', 'finish'] as const satisfies readonly FileToolName[];

/** The phase and files of each node made by `specNode` / `testsNode` (see phaseNodeOf). */
const phaseOfNodes = new WeakMap<RunNode, { node: CheckPhase['node']; paths: readonly string[] }>();

/**
 * The checks of a run's kind that run in the spec node (`phase.node === 'spec'`), those of the
 * tests node (`phase.node === 'tests'`), and the others (after build).
 */
export function splitSpecChecks(checks: readonly Check[], kind: ProjectKind): { spec: Check[]; tests: Check[]; after: Check[] } {
  const spec = checks.filter((check) => check.phase?.node === 'spec' && ofKind(check, kind));
  const tests = checks.filter((check) => check.phase?.node === 'tests' && ofKind(check, kind));
  return { spec, tests, after: checks.filter((check) => !spec.includes(check) && !tests.includes(check)) };
}

/**
 * The `spec` node (api runs: plan → spec → build → checks): the model writes the files of the
 * checks' phases (`openapi.yaml`) through the file protocol, and may change nothing else there;
 * then those checks judge them (`check.started` / `check.passed` / `check.failed`). A failure goes
 * back to the model in the same conversation (`fix.started`, counted in `limits.maxFixAttempts`,
 * stopped by `NO_PROGRESS` like any fix) until they pass, so build starts from a checked spec.
 */
export function specNode(checks: readonly Check[]): RunNode {
  return phaseNode('spec', checks, {
    title: (paths) => `Describe the API in ${paths.join(', ')}`,
    request: async (_runtime, context, paths, instructions) => [specMessage(paths, context.plan), ...instructions].join('\n\n'),
  });
}

/**
 * The `tests` node (plan → build → tests → checks): right after build, the model writes tests of
 * the request (from its acceptance criteria when a requirements step stated them, else from the
 * prompt and plan) in the files of the checks' phases, and nothing else; those checks judge the
 * files (well-formed, within bounds), a failure going back to the model as in the spec node. The
 * checks after build then run the tests, and the fix step cannot change them (a tool error): a
 * test is never weakened to pass. An edit run writes them again for its own request.
 */
export function testsNode(checks: readonly Check[]): RunNode {
  return phaseNode('tests', checks, {
    title: (paths) => `Write tests of the request in ${paths.join(', ')}`,
    request: async (runtime, context, paths, instructions) => testsMessage(runtime, { paths, plan: context.plan, requirements: context.requirements, instructions }),
    // The tests name the app's texts and roles (an API's paths and fields): the spec and the files the plan wrote are shown with the tests.
    relevant: (context) => [...(nodeInternals(context).runtime.specPaths ?? []), ...(context.plan?.steps.flatMap((step) => step.files) ?? [])],
  });
}

interface PhaseText {
  title(paths: readonly string[]): string;
  request(runtime: RunRuntime, context: RunNodeContext, paths: readonly string[], instructions: readonly string[]): Promise<string>;
  /** Files shown to the model besides the node's own (as if the request named them). */
  relevant?(context: RunNodeContext): readonly string[];
}

function phaseNode(name: CheckPhase['node'], checks: readonly Check[], text: PhaseText): RunNode {
  const paths = [...new Set(checks.map((check) => check.phase!.path))];
  const instructions = [...new Set(checks.flatMap((check) => (check.phase?.instructions ? [check.phase.instructions] : [])))];
  const node: RunNode = {
    name,
    async run(context) {
      const { runtime, state, draft } = nodeInternals(context);
      await context.emit({ type: 'step.started', stepId: name, title: text.title(paths) });
      await addPhaseDependencies(
        runtime,
        checks.map((check) => check.phase!),
      );
      const messages = [
        { role: 'system' as const, content: systemPrompt(runtime.kind, runtime.template) },
        {
          role: 'user' as const,
          content: `${requestMessage(runtime.prompt, runtime.workspace, [...paths, ...(text.relevant?.(context) ?? [])])}\n\n${await text.request(runtime, context, paths, instructions)}`,
        },
      ];
      let fixAttempts = state.fixAttempts;
      let previous: CheckFailure | null = null;
      for (;;) {
        await runToolLoop(runtime, { node: name, tools: phaseToolNames, messages, onlyPaths: paths });
        const failure = await judge(context, checks);
        if (!failure) break;
        fixAttempts = await beginFixAttempt(runtime, failure, previous, fixAttempts);
        previous = failure;
        messages.push({ role: 'user', content: fixMessage(failure.node, failure.report, fixAttempts) });
      }
      draft.fixAttempts = fixAttempts;
      await context.emit({ type: 'step.completed', stepId: name });
    },
  };
  phaseOfNodes.set(node, { node: name, paths });
  return node;
}

/** The files a spec node made by `specNode` writes; undefined for any other node. */
export function specNodePaths(node: RunNode): readonly string[] | undefined {
  const phase = phaseOfNodes.get(node);
  return phase?.node === 'spec' ? phase.paths : undefined;
}

/** The files a tests node made by `testsNode` writes; undefined for any other node. */
export function testsNodePaths(node: RunNode): readonly string[] | undefined {
  const phase = phaseOfNodes.get(node);
  return phase?.node === 'tests' ? phase.paths : undefined;
}

/** Runs the phase's checks on the current files, in order; the first failure, or null when none failed. */
async function judge(context: RunNodeContext, checks: readonly Check[]): Promise<CheckFailure | null> {
  const { runtime, draft } = nodeInternals(context);
  for (const check of checks) {
    const result = await runCheckWithEvents(runtime, check.name, () => check.run({ ...context, files: runtime.workspace.snapshot() }));
    if (result?.status === 'passed' && result.preview) draft.verifiedPreview = result.preview;
    if (result?.status === 'failed') return { node: check.name, report: result.report, issues: result.issues, digest: runtime.workspace.digest() };
  }
  return null;
}
