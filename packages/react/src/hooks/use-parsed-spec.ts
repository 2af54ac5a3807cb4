import { useEffect, useState } from 'react';
import { parseSpec, type ParsedSpec } from '../openapi/parse-spec.js';

export interface UseParsedSpecResult {
  /** The parsed document (the previous one while a changed text is parsed), or null (none given, not parsed yet, or it did not parse). */
  document: unknown;
  /** Why the text did not parse. */
  error: string | null;
  /** True while a text is being parsed (and on the server, where parsing waits for the browser). */
  parsing: boolean;
}

const nothing: UseParsedSpecResult = { document: null, error: null, parsing: false };

/**
 * An OpenAPI document from its text (YAML or JSON), parsed after mount in the browser, or an
 * already parsed document as is (so it renders on the server too).
 */
export function useParsedSpec(spec: string | object | null | undefined): UseParsedSpecResult {
  const [parsed, setParsed] = useState<{ text: string; result: ParsedSpec } | null>(null);
  const text = typeof spec === 'string' ? spec : null;
  useEffect(() => {
    if (text === null) return;
    let live = true;
    parseSpec(text).then((result) => live && setParsed({ text, result }));
    return () => {
      live = false;
    };
  }, [text]);
  if (spec === null || spec === undefined) return nothing;
  if (typeof spec === 'object') return { document: spec, error: null, parsing: false };
  // While a changed text is parsed, the previous document stays (no flash of an empty list).
  return { document: parsed?.result.document ?? null, error: parsed?.result.error ?? null, parsing: parsed?.text !== spec };
}
