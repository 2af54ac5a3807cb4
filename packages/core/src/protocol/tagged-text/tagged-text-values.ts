import type { LlmToolDefinition } from '../../spec/llm.js';

/** How an argument's text becomes a value: kept as text, read as JSON, or guessed (undeclared). */
export type ValueKind = 'string' | 'json' | 'auto';

/** The declared properties of a tool's parameters schema. */
export function schemaProperties(tool: LlmToolDefinition | undefined): Record<string, Record<string, unknown>> {
  const properties = tool?.parameters['properties'];
  return typeof properties === 'object' && properties !== null ? (properties as Record<string, Record<string, unknown>>) : {};
}

/** Decides from a parameter's JSON Schema whether its value is raw text or JSON. */
export function valueKind(schema: Record<string, unknown> | undefined): ValueKind {
  if (!schema) return 'auto';
  const type = schema['type'];
  const types = Array.isArray(type) ? type.filter((entry) => entry !== 'null') : type === undefined ? [] : [type];
  if (types.length > 0) return types.every((entry) => entry === 'string') ? 'string' : 'json';
  if (Array.isArray(schema['enum'])) return schema['enum'].every((entry) => typeof entry === 'string') ? 'string' : 'json';
  const variants = (schema['anyOf'] ?? schema['oneOf']) as Record<string, unknown>[] | undefined;
  if (Array.isArray(variants) && variants.length > 0) return variants.every((variant) => valueKind(variant) === 'string') ? 'string' : 'json';
  return 'auto';
}

/**
 * Cleans an argument's raw text: a blank first and last line are markup, a one-line value is
 * trimmed, and a code fence wrapped around the whole value is removed.
 */
export function cleanText(raw: string): string {
  let value = raw.replace(/^[ \t]*\r?\n/, '').replace(/\r?\n[ \t]*$/, '');
  if (!value.includes('\n')) return value.trim();
  value = stripFence(value);
  return value;
}

/** Removes one code fence around the whole text, unless the text holds other fences inside. */
export function stripFence(text: string): string {
  const match = /^[ \t\r\n]*(`{3,}|~{3,})[^\n`]*\r?\n([\s\S]*?)\r?\n?[ \t]*\1[ \t\r\n]*$/.exec(text);
  if (!match) return text;
  const inner = match[2] ?? '';
  const marker = match[1]![0] === '`' ? '```' : '~~~';
  if (inner.split('\n').some((line) => line.trimStart().startsWith(marker))) return text;
  return inner.replace(/\r$/, '');
}

/** Parses JSON, then retries without trailing commas (a common model slip). */
export function parseJsonLenient(text: string): { ok: true; value: unknown } | { ok: false } {
  const candidates = [text, text.replace(/,(\s*[}\]])/g, '$1')];
  for (const candidate of candidates) {
    try {
      return { ok: true, value: JSON.parse(candidate) as unknown };
    } catch {
      // next candidate
    }
  }
  return { ok: false };
}

/** Turns a cleaned argument text into its value, by kind. */
export function readValue(raw: string, kind: ValueKind): { ok: true; value: unknown } | { ok: false } {
  const text = cleanText(raw);
  if (kind === 'string') return { ok: true, value: text };
  const json = stripFence(text).trim();
  if (kind === 'auto') {
    if (!/^[[{]/.test(json)) return { ok: true, value: text };
    const parsed = parseJsonLenient(json);
    return parsed.ok ? parsed : { ok: true, value: text };
  }
  return parseJsonLenient(json);
}
