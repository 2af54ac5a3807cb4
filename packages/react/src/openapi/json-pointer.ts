/** Follows local `$ref`s (`#/components/schemas/Todo`, at most 20 hops) to the value they name; undefined when one points nowhere. */
export function dereference(document: unknown, value: unknown): unknown {
  let current = value;
  for (let hops = 0; hops < 20; hops += 1) {
    const ref = typeof current === 'object' && current !== null ? (current as { $ref?: unknown }).$ref : undefined;
    if (typeof ref !== 'string') return current;
    current = ref.startsWith('#') ? valueAt(document, ref.slice(1)) : undefined;
  }
  return undefined;
}

/** The value at a JSON pointer (`/paths/~1todos`) in a document. */
function valueAt(document: unknown, pointer: string): unknown {
  let current = document;
  for (const raw of pointer.split('/').slice(1)) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}
