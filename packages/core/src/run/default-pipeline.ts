import { buildNode } from '../graph/nodes/build-node.js';
import { planNode } from '../graph/nodes/plan-node.js';
import { requirementsNode } from '../graph/nodes/requirements-node.js';
import { specNode, specNodePaths, splitSpecChecks, testsNode } from '../graph/nodes/spec-node.js';
import { ofKind } from '../graph/of-kind.js';
import type { RunNode } from '../graph/run-runtime.js';
import type { ProjectKind } from '../spec/storage.js';
import type { BuilderContext } from './run-context.js';

/**
 * The run's nodes: requirements (when `createBuilder({ requirements })` asks for it), plan, build and
 * the checks; for a kind whose checks have a spec phase (api with `apiChecks()`), the spec node between
 * plan and build runs those checks instead of the list after build; checks with a tests phase
 * (`testingChecks()`) run in the tests node right after build. `graph.nodes` changes the list last.
 *
 * @example
 * const pipeline = defaultPipeline(builder, 'web'); // [planNode, buildNode, ...checks]
 */
export function defaultPipeline(builder: BuilderContext, kind: ProjectKind): RunNode[] {
  const { spec, tests, after } = splitSpecChecks(builder.options.checks ?? [], kind);
  const { requirements } = builder.options;
  const analyst = requirements ? [requirementsNode(requirements === true ? {} : requirements)] : [];
  const defaults: RunNode[] = [...analyst, planNode, ...(spec.length ? [specNode(spec)] : []), buildNode, ...(tests.length ? [testsNode(tests)] : []), ...after];
  return builder.options.graph?.nodes ? builder.options.graph.nodes(defaults) : defaults;
}

/**
 * True when the first node of `pipeline` that runs for `kind` is the built-in plan node: a new run's
 * first model call is then the plan's, and can be sent before the step runs (issue 14).
 *
 * @example
 * if (startsWithPlan(pipeline, project.kind)) earlyCall = startPlanCallEarly(runtime);
 */
export function startsWithPlan(pipeline: readonly RunNode[], kind: ProjectKind): boolean {
  return pipeline.find((node) => ofKind(node, kind)) === planNode;
}

/**
 * The paths the pipeline's spec nodes write (what the plan's prompt names as the spec), or
 * `undefined` when it has none.
 *
 * @example
 * const specPaths = specPathsOf(pipeline); // ['openapi.yaml'] for an api with apiChecks()
 */
export function specPathsOf(pipeline: readonly RunNode[]): string[] | undefined {
  const paths = pipeline.flatMap((node) => specNodePaths(node) ?? []);
  return paths.length ? paths : undefined;
}
