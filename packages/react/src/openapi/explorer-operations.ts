import type { ApiContractView, ContractOperationResult } from '@buildwright/client';
import type { ApiOperation } from './spec-operations.js';

/** An operation with the result of the last contract check, when it was checked. */
export interface ExplorerOperation extends ApiOperation {
  result: ContractOperationResult | null;
}

/** Operations shown under one heading: a tag, or a path. */
export interface OperationGroup {
  name: string;
  operations: ExplorerOperation[];
}

const bodyMethods = new Set(['POST', 'PUT', 'PATCH']);

/**
 * The spec's operations, each with its contract result (matched by operationId, else by method
 * and path). Checked operations the spec does not hold (no spec loaded yet, or the spec changed
 * since the check) follow, built from the result alone: path parameters from the template, an
 * empty JSON body for methods that take one.
 */
export function explorerOperations(specOperations: readonly ApiOperation[] | null, contract: ApiContractView | null): ExplorerOperation[] {
  const results = [...(contract?.operations ?? [])];
  const take = (operation: ApiOperation) => {
    const index = results.findIndex((result) => result.operationId === operation.operationId || (result.method.toUpperCase() === operation.method && result.path === operation.path));
    return index === -1 ? null : results.splice(index, 1)[0]!;
  };
  const fromSpec = (specOperations ?? []).map((operation) => ({ ...operation, result: take(operation) }));
  const fromContract = results.map(
    (result): ExplorerOperation => ({
      operationId: result.operationId,
      method: result.method.toUpperCase(),
      path: result.path,
      summary: null,
      tags: [],
      parameters: [...result.path.matchAll(/\{([^}]+)\}/g)].map((match) => ({ name: match[1]!, in: 'path', required: true, description: null, example: '' })),
      body: bodyMethods.has(result.method.toUpperCase()) ? { required: false, mediaType: 'application/json', example: '' } : null,
      result,
    }),
  );
  return [...fromSpec, ...fromContract];
}

/**
 * Groups operations under their first tag (untagged ones under "Other") when any has a tag, else
 * under their path; groups and operations keep the spec's order.
 */
export function groupOperations(operations: readonly ExplorerOperation[], by: 'tag' | 'path' = operations.some((operation) => operation.tags.length > 0) ? 'tag' : 'path'): OperationGroup[] {
  const groups = new Map<string, ExplorerOperation[]>();
  for (const operation of operations) {
    const name = by === 'tag' ? (operation.tags[0] ?? 'Other') : operation.path;
    groups.set(name, [...(groups.get(name) ?? []), operation]);
  }
  return [...groups].map(([name, members]) => ({ name, operations: members }));
}
