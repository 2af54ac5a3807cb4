import { END, START, StateGraph, type BaseCheckpointSaver } from '@langchain/langgraph';
import { BuildwrightError } from '@buildwright/client';
import { runCheckWithEvents } from './nodes/check-with-events.js';
import { createNodeContext, nodeInternals } from './nodes/node-context.js';
import { runFixStep } from './nodes/fix-node.js';
import { finalizeNode } from './nodes/finalize-node.js';
import { planNode } from './nodes/plan-node.js';
import { testsNodePaths } from './nodes/spec-node.js';
import type { RunNode, RunRuntime } from './run-runtime.js';
import { graphSteps, mergedFailure } from './parallel-checks.js';
import type { GraphStep } from './parallel-checks.js';
import { RunStateAnnotation, type RunState, type RunStateUpdate } from './run-state.js';
import { ofKind } from './of-kind.js';

const reservedNames = new Set(['fix', 'finalize', ...Object.keys(RunStateAnnotation.spec)]);

/**
 * Compiles the run as a LangGraph state graph: the pipeline nodes in order (consecutive checks of
 * one `parallel` group as one graph node that runs them at once), a conditional edge
 * from each node after `build` to the fix step on failure, the fix step back to the first node
 * after `build` (and after the tests node that follows it, if any: tests are written once), and
 * `finalize` at the end. Node bodies close over the per-process runtime; the
 * state holds only what a resumed run needs.
 */
export function compileRunGraph(runtime: RunRuntime, pipeline: readonly RunNode[], checkpointer?: BaseCheckpointSaver) {
  const nodes = pipeline.filter((node) => ofKind(node, runtime.kind));
  validateNames(nodes);
  // The model writes in build and in a tests node right after it; the checks (and the fix loop) start after both.
  let lastWriter = nodes.findIndex((node) => node.name === 'build');
  while (lastWriter >= 0 && nodes[lastWriter + 1] && testsNodePaths(nodes[lastWriter + 1]!)) lastWriter += 1;
  const steps = graphSteps(nodes, lastWriter + 1);
  const firstCheckStep = steps.findIndex((step) => step.name === nodes[lastWriter]?.name) + 1;
  const afterFix = steps[firstCheckStep]?.name ?? 'finalize';
  const unverified = nodes.length === lastWriter + 1;
  // Typed loosely: node names are only known at run time.
  const graph = new StateGraph(RunStateAnnotation) as unknown as StateGraph<typeof RunStateAnnotation.spec, RunState, RunStateUpdate, string>;
  steps.forEach((step, index) => {
    const isCheck = index >= firstCheckStep;
    graph.addNode(step.name, async (state: RunState) => runStep(runtime, step, state, isCheck));
  });
  graph.addNode('fix', (state: RunState) => runFixStep(runtime, state));
  graph.addNode('finalize', (state: RunState) => finalizeNode(runtime, state, { unverified }));
  graph.addEdge(START, (steps[0]?.name ?? 'finalize') as never);
  steps.forEach((step, index) => {
    const next = steps[index + 1]?.name ?? 'finalize';
    graph.addConditionalEdges(step.name as never, (state: RunState) => (state.pendingFailure ? 'fix' : next), [next, 'fix'] as never);
  });
  graph.addEdge('fix' as never, afterFix as never);
  graph.addEdge('finalize' as never, END);
  return graph.compile(checkpointer ? { checkpointer } : {});
}

/** Runs a step's nodes (several at once for a parallel group); their failures become one for the fix step. */
async function runStep(runtime: RunRuntime, step: GraphStep, state: RunState, isCheck: boolean): Promise<RunStateUpdate> {
  const settled = await Promise.allSettled(step.members.map((node) => runNode(runtime, node, state, isCheck)));
  // Every member has ended (no check left running against a sandbox the fix step changes) before an error goes up.
  const rejected = settled.find((outcome) => outcome.status === 'rejected');
  if (rejected) throw rejected.reason;
  const runs = settled.map((outcome) => (outcome as PromiseFulfilledResult<Awaited<ReturnType<typeof runNode>>>).value);
  const update: RunStateUpdate = { ...Object.assign({}, ...runs.map((run) => run.draft)), workingFiles: runtime.workspace.snapshot() };
  if (!isCheck) return update;
  const preview = runs.map((run) => run.result).find((result) => result?.status === 'passed' && result.preview);
  if (preview?.status === 'passed' && preview.preview) {
    const { url, screenshotPath, docsUrl } = preview.preview;
    update.verifiedPreview = { url, screenshotPath, ...(docsUrl === undefined ? {} : { docsUrl }) };
  }
  const failure = mergedFailure(runs);
  if (failure) update.pendingFailure = { ...failure, digest: runtime.workspace.digest() };
  return update;
}

async function runNode(runtime: RunRuntime, node: RunNode, state: RunState, isCheck: boolean) {
  if (node === planNode) return runWhileSandboxOpens(runtime, node, state);
  const context = await createNodeContext(runtime, state);
  const result = isCheck ? await runCheckWithEvents(runtime, node.name, () => node.run(context)) : await node.run(context);
  return { name: node.name, result, draft: nodeInternals(context).draft };
}

/**
 * The built-in plan node never uses the sandbox: its model call goes out while the sandbox opens
 * (the first model call of a new run waits for no sandbox, issue 14). The node ends once the open
 * has (its failure fails the node as before), so the next node and the node's checkpoint find the
 * sandbox as they did.
 */
async function runWhileSandboxOpens(runtime: RunRuntime, node: RunNode, state: RunState) {
  const opening = runtime.sandbox();
  // Awaited below on every path; this keeps a failed open from being an unhandled rejection meanwhile.
  opening.catch(() => {});
  const context = await createNodeContext(runtime, state, { sandbox: 'opening' });
  let result: Awaited<ReturnType<RunNode['run']>>;
  try {
    result = await node.run(context);
  } catch (error) {
    // No open left running past the node (the run may end here): the node's own error goes up.
    await opening.catch(() => {});
    throw error;
  }
  await opening;
  return { name: node.name, result, draft: nodeInternals(context).draft };
}

function validateNames(nodes: readonly RunNode[]): void {
  const seen = new Set<string>();
  for (const { name } of nodes) {
    if (reservedNames.has(name) || seen.has(name) || /[|:]/.test(name) || name.startsWith('__')) {
      throw new BuildwrightError({
        code: 'INVALID_INPUT',
        message: `Run node name "${name}" is ${seen.has(name) ? 'used twice' : 'reserved'}. Give each node a unique name other than ${[...reservedNames].join(', ')}.`,
      });
    }
    seen.add(name);
  }
}
