/** A spec's text parsed, or why it could not be. */
export type ParsedSpec = { document: unknown; error: null } | { document: null; error: string };

/**
 * Parses an OpenAPI document written in YAML or JSON. The YAML parser (`yaml`, ~30 kB gzip) is
 * loaded on first use, so a page that never shows a spec never downloads it. Aliases are limited,
 * so a document cannot make the parser expand without end.
 *
 * @example
 * const { document, error } = await parseSpec(files['openapi.yaml']);
 */
export async function parseSpec(text: string): Promise<ParsedSpec> {
  try {
    const { LineCounter, parseDocument } = await import('yaml');
    const lineCounter = new LineCounter();
    const parsed = parseDocument(text, { lineCounter, prettyErrors: false });
    const [first] = parsed.errors;
    if (first) return { document: null, error: `line ${lineCounter.linePos(first.pos[0]).line}: ${first.message.split('\n')[0]}` };
    const document: unknown = parsed.toJS({ maxAliasCount: 100 });
    if (typeof document !== 'object' || document === null || Array.isArray(document)) return { document: null, error: 'the document is not a mapping (expected `openapi`, `info`, `paths`)' };
    return { document, error: null };
  } catch (error) {
    return { document: null, error: error instanceof Error ? error.message : String(error) };
  }
}
