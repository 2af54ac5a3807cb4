import { splitSpecChecks } from '../graph/nodes/spec-node.js';
import type { RunNode } from '../graph/run-runtime.js';
import type { ProjectKind } from '../spec/storage.js';
import type { BuilderContext } from './run-context.js';

/**
 * The nodes of a check run (`mode: 'check'`): every check of the builder that applies to the kind,
 * in the order given, phase checks (`openapi.yaml`, the e2e flows) first as a normal run judges
 * them before the others; no model node (and no node added with `graph.nodes`).
 */
export function checkPipeline(builder: BuilderContext, kind: ProjectKind): RunNode[] {
  const { spec, tests, after } = splitSpecChecks(builder.options.checks ?? [], kind);
  return [...spec, ...tests, ...after.filter((check) => !check.kinds || check.kinds.includes(kind))];
}
