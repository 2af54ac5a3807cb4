import type { CheckIssue, CheckResult } from '../spec/check.js';
import type { RunNode } from './run-runtime.js';

/** One node of the compiled graph: a pipeline node, or consecutive checks of one `parallel` group run together. */
export interface GraphStep {
  /** The graph node's name: its first member's (so a checkpoint taken before the group existed still resumes there). */
  name: string;
  members: RunNode[];
}

/** The pipeline as graph steps: each node alone, except consecutive nodes after build (`firstCheck` on) sharing a `parallel` group. */
export function graphSteps(nodes: readonly RunNode[], firstCheck: number): GraphStep[] {
  const steps: GraphStep[] = [];
  nodes.forEach((node, index) => {
    const previous = steps.at(-1);
    const group = index >= firstCheck ? node.parallel : undefined;
    if (group !== undefined && previous && previous.members[0]!.parallel === group && index - 1 >= firstCheck) previous.members.push(node);
    else steps.push({ name: node.name, members: [node] });
  });
  return steps;
}

/** The failure the fix step gets from the checks of one step: one check's as it is, several as one report with a part per check. */
export function mergedFailure(results: ReadonlyArray<{ name: string; result: CheckResult | void }>): { node: string; report: string; issues: CheckIssue[] } | undefined {
  const failures = results.flatMap(({ name, result }) => (result?.status === 'failed' ? [{ name, report: result.report, issues: result.issues }] : []));
  if (failures.length === 0) return undefined;
  if (failures.length === 1) return { node: failures[0]!.name, report: failures[0]!.report, issues: failures[0]!.issues };
  return {
    node: failures.map((failure) => failure.name).join(' + '),
    report: failures.map((failure) => `[${failure.name} check]\n${failure.report}`).join('\n\n'),
    issues: failures.flatMap((failure) => failure.issues),
  };
}
