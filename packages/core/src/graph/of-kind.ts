import type { ProjectKind } from '../spec/storage.js';

/**
 * Whether a run node or check applies to projects of `kind`: one without `kinds` applies to all.
 *
 * @example
 * pipeline.filter((node) => ofKind(node, 'web'));
 */
export function ofKind(item: { readonly kinds?: readonly ProjectKind[] | undefined }, kind: ProjectKind): boolean {
  return !item.kinds || item.kinds.includes(kind);
}
