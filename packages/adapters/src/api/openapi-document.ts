import type { CheckIssue } from '@buildwright/core';
import { loadYaml } from './api-peers.js';

/** A JSON Schema as OpenAPI 3.1 uses it (JSON Schema 2020-12). */
export type JsonSchema = { [keyword: string]: unknown } | boolean;

/** An operation parameter (path, query, header or cookie). */
export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  required?: boolean;
  schema?: JsonSchema;
  example?: unknown;
  examples?: Record<string, { value?: unknown }>;
}

/** A media type of a request body or response. */
export interface OpenApiMediaType {
  schema?: JsonSchema;
  example?: unknown;
  examples?: Record<string, { value?: unknown; $ref?: string }>;
}

export interface OpenApiResponse {
  description?: string;
  headers?: Record<string, { required?: boolean; schema?: JsonSchema; $ref?: string }>;
  content?: Record<string, OpenApiMediaType>;
  $ref?: string;
}

export interface OpenApiOperation {
  operationId?: string;
  summary?: string;
  parameters?: Array<OpenApiParameter | { $ref: string }>;
  requestBody?: { required?: boolean; content?: Record<string, OpenApiMediaType>; $ref?: string };
  responses?: Record<string, OpenApiResponse>;
}

export interface OpenApiDocument {
  openapi?: unknown;
  info?: unknown;
  servers?: Array<{ url: string; description?: string }>;
  paths?: Record<string, Record<string, unknown>>;
  components?: Record<string, Record<string, unknown>>;
}

/** HTTP methods an OpenAPI path item may hold, in the order a contract run calls them. */
export const httpMethods = ['post', 'get', 'put', 'patch', 'delete', 'head', 'options', 'trace'] as const;
export type HttpMethod = (typeof httpMethods)[number];

/** One operation of the document, with what it needs from its path item. */
export interface SpecOperation {
  operationId: string;
  method: HttpMethod;
  path: string;
  operation: OpenApiOperation;
  /** Parameters of the path item and the operation (the operation's win), `$ref`s resolved. */
  parameters: OpenApiParameter[];
  /** JSON pointer of the operation in the document (`/paths/~1todos/post`). */
  pointer: string;
}

/** The project's OpenAPI document, parsed, with the line of any place in it. */
export interface ParsedSpec {
  path: string;
  document: OpenApiDocument;
  /** 1-based line of the node at a path of keys (`['paths', '/todos', 'post']`), when there is one. */
  lineOf(path: ReadonlyArray<string | number>): number | undefined;
}

/**
 * Parses an OpenAPI document written in YAML or JSON (JSON is YAML). YAML errors come back as
 * issues with their line; aliases are limited by the parser, so a model cannot make it expand a
 * document without end.
 */
export async function parseSpec(text: string, path: string): Promise<{ spec: ParsedSpec } | { issues: CheckIssue[] }> {
  const { LineCounter, isNode, parseDocument } = await loadYaml();
  const lineCounter = new LineCounter();
  const yaml = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (yaml.errors.length > 0) {
    return { issues: yaml.errors.map((error) => ({ file: path, ...(error.linePos ? { line: error.linePos[0].line, column: error.linePos[0].col } : {}), message: error.message.split('\n')[0]! })) };
  }
  let document: unknown;
  try {
    document = yaml.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { issues: [{ file: path, message: error instanceof Error ? error.message : String(error) }] };
  }
  if (typeof document !== 'object' || document === null || Array.isArray(document))
    return { issues: [{ file: path, message: 'the document is not a mapping (expected `openapi: 3.1.0`, `info`, `paths`)' }] };
  return {
    spec: {
      path,
      document: document as OpenApiDocument,
      lineOf(keys) {
        const node = yaml.getIn(keys, true);
        if (!isNode(node) || !node.range) return undefined;
        return lineCounter.linePos(node.range[0]).line;
      },
    },
  };
}

/** The project's OpenAPI document at `path`, parsed; undefined when it is missing or does not parse (the spec check reports why). */
export async function readProjectSpec(files: Readonly<Record<string, string>>, path: string): Promise<ParsedSpec | undefined> {
  const text = files[path];
  const parsed = text === undefined ? undefined : await parseSpec(text, path);
  return parsed && 'spec' in parsed ? parsed.spec : undefined;
}

/** Escapes one key for a JSON pointer. */
export function pointerSegment(key: string | number): string {
  return String(key).replaceAll('~', '~0').replaceAll('/', '~1');
}

/** The value a local `$ref` (`#/components/schemas/Todo`) points at in the document; undefined when it points nowhere. */
export function resolvePointer(document: unknown, ref: string): unknown {
  if (!ref.startsWith('#')) return undefined;
  let current: unknown = document;
  for (const raw of ref.slice(1).split('/').slice(1)) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    if (typeof current !== 'object' || current === null || !Object.hasOwn(current, key)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** Follows `$ref`s (at most 20) to the object they name. */
export function dereference<T>(document: unknown, value: T | { $ref: string }): T | undefined {
  let current: unknown = value;
  for (let hops = 0; hops < 20; hops += 1) {
    if (typeof current !== 'object' || current === null || typeof (current as { $ref?: unknown }).$ref !== 'string') return current as T;
    current = resolvePointer(document, (current as { $ref: string }).$ref);
  }
  return undefined;
}

/** Every `$ref` in the document, with the keys that lead to it. */
export function documentRefs(document: unknown): Array<{ keys: Array<string | number>; ref: string }> {
  const found: Array<{ keys: Array<string | number>; ref: string }> = [];
  const walk = (value: unknown, keys: Array<string | number>) => {
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...keys, index]));
    else if (typeof value === 'object' && value !== null) {
      for (const [key, child] of Object.entries(value)) {
        if (key === '$ref' && typeof child === 'string') found.push({ keys: [...keys, key], ref: child });
        else walk(child, [...keys, key]);
      }
    }
  };
  walk(document, []);
  return found;
}

/** Every operation of the document, in document order. Operations without an operationId get `METHOD path` as their name. */
export function specOperations(document: OpenApiDocument): SpecOperation[] {
  const operations: SpecOperation[] = [];
  for (const [path, rawItem] of Object.entries(document.paths ?? {})) {
    const item = dereference<Record<string, unknown>>(document, rawItem);
    if (typeof item !== 'object' || item === null) continue;
    for (const method of httpMethods) {
      const operation = item[method] as OpenApiOperation | undefined;
      if (typeof operation !== 'object' || operation === null) continue;
      const parameters = new Map<string, OpenApiParameter>();
      for (const raw of [...asArray(item.parameters), ...asArray(operation.parameters)]) {
        const parameter = dereference<OpenApiParameter>(document, raw as OpenApiParameter);
        if (parameter && typeof parameter.name === 'string') parameters.set(`${parameter.in}:${parameter.name}`, parameter);
      }
      operations.push({
        operationId: typeof operation.operationId === 'string' && operation.operationId ? operation.operationId : `${method.toUpperCase()} ${path}`,
        method,
        path,
        operation,
        parameters: [...parameters.values()],
        pointer: `/paths/${pointerSegment(path)}/${method}`,
      });
    }
  }
  return operations;
}

function asArray(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}
