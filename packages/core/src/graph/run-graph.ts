import { END, START, StateGraph, type BaseCheckpointSaver } from '@langchain/langgraph';
import { BuildwrightError } from '@buildwright/client';
import { runCheckWithEvents } from './nodes/check-with-events.js';
import { createNodeContext, nodeInternals } from './nodes/node-context.js';
import { runFixStep } from './nodes/fix-node.js';
import { finalizeNode } from './nodes/finalize-node.js';
import type { RunNode, RunRuntime } from './run-runtime.js';
import { RunStateAnnotation, type RunState, type RunStateUpdate } from './run-state.js';

const reservedNames = new Set(['fix', 'finalize', ...Object.keys(RunStateAnnotation.spec)]);

/**
 * Compiles the run as a LangGraph state graph: the pipeline nodes in order, a conditional edge
 * from each node after `build` to the fix step on failure, the fix step back to the first node
 * after `build`, and `finalize` at the end. Node bodies close over the per-process runtime; the
 * state holds only what a resumed run needs.
 */
export function compileRunGraph(runtime: RunRuntime, pipeline: readonly RunNode[], checkpointer?: BaseCheckpointSaver) {
  const nodes = pipeline.filter((node) => !node.kinds || node.kinds.includes(runtime.kind));
  validateNames(nodes);
  const buildIndex = nodes.findIndex((node) => node.name === 'build');
  const afterFix = nodes[buildIndex + 1]?.name ?? 'finalize';
  const unverified = nodes.length === buildIndex + 1;
  // Typed loosely: node names are only known at run time.
  const graph = new StateGraph(RunStateAnnotation) as unknown as StateGraph<typeof RunStateAnnotation.spec, RunState, RunStateUpdate, string>;
  nodes.forEach((node, index) => {
    const isCheck = index > buildIndex;
    graph.addNode(node.name, async (state: RunState) => runNode(runtime, node, state, isCheck));
  });
  graph.addNode('fix', (state: RunState) => runFixStep(runtime, state));
  graph.addNode('finalize', (state: RunState) => finalizeNode(runtime, state, { unverified }));
  graph.addEdge(START, (nodes[0]?.name ?? 'finalize') as never);
  nodes.forEach((node, index) => {
    const next = nodes[index + 1]?.name ?? 'finalize';
    graph.addConditionalEdges(node.name as never, (state: RunState) => (state.pendingFailure ? 'fix' : next), [next, 'fix'] as never);
  });
  graph.addEdge('fix' as never, afterFix as never);
  graph.addEdge('finalize' as never, END);
  return graph.compile(checkpointer ? { checkpointer } : {});
}

async function runNode(runtime: RunRuntime, node: RunNode, state: RunState, isCheck: boolean): Promise<RunStateUpdate> {
  const context = await createNodeContext(runtime, state);
  const result = isCheck ? await runCheckWithEvents(runtime, node.name, () => node.run(context)) : await node.run(context);
  const { draft } = nodeInternals(context);
  const update: RunStateUpdate = { ...draft, workingFiles: runtime.workspace.snapshot() };
  if (!isCheck || !result) return update;
  if (result.status === 'passed' && result.preview) {
    const { url, screenshotPath, docsUrl } = result.preview;
    update.verifiedPreview = { url, screenshotPath, ...(docsUrl === undefined ? {} : { docsUrl }) };
  }
  if (result.status === 'failed') update.pendingFailure = { node: node.name, report: result.report, issues: result.issues, digest: runtime.workspace.digest() };
  return update;
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
