import { exampleValue, sampleFromSchema } from './example-value.js';
import { dereference } from './json-pointer.js';

/** A parameter the try-it form asks for. */
export interface ApiParameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  description: string | null;
  /** The spec's example as text (`''` when it gives none). */
  example: string;
}

/** One operation of an OpenAPI document, as the explorer lists and calls it. */
export interface ApiOperation {
  /** The operationId, or `METHOD path` when the spec gives none (as the contract check names it). */
  operationId: string;
  /** `GET`, `POST`... */
  method: string;
  /** Path template, `/todos/{id}`. */
  path: string;
  summary: string | null;
  tags: string[];
  parameters: ApiParameter[];
  /** The JSON request body, with the spec's example (or a value shaped like its schema) as text. */
  body: { required: boolean; mediaType: string; example: string } | null;
}

const methods = ['get', 'post', 'put', 'patch', 'delete', 'head', 'options', 'trace'] as const;
const locations = new Set(['path', 'query', 'header']);

type Json = Record<string, unknown>;
const asObject = (value: unknown): Json | undefined => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined);
const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);

/**
 * Every operation of an OpenAPI 3 document, in the order of its paths (methods in the order
 * GET, POST, PUT, PATCH, DELETE...), with the path item's parameters merged into each
 * operation's and local `$ref`s followed. Anything malformed is skipped, never thrown.
 *
 * @example
 * operationsOfSpec(parse(yamlText)).map((operation) => `${operation.method} ${operation.path}`);
 */
export function operationsOfSpec(document: unknown): ApiOperation[] {
  const operations: ApiOperation[] = [];
  for (const [path, rawItem] of Object.entries(asObject(asObject(document)?.['paths']) ?? {})) {
    const item = asObject(dereference(document, rawItem));
    if (!item) continue;
    for (const method of methods) {
      const operation = asObject(item[method]);
      if (!operation) continue;
      operations.push({
        operationId: text(operation['operationId']) ?? `${method.toUpperCase()} ${path}`,
        method: method.toUpperCase(),
        path,
        summary: text(operation['summary']) ?? text(operation['description']),
        tags: Array.isArray(operation['tags']) ? operation['tags'].filter((tag): tag is string => typeof tag === 'string') : [],
        parameters: parametersOf(document, item['parameters'], operation['parameters']),
        body: bodyOf(document, operation['requestBody']),
      });
    }
  }
  return operations;
}

function parametersOf(document: unknown, ...lists: unknown[]): ApiParameter[] {
  const byKey = new Map<string, ApiParameter>();
  for (const raw of lists.flatMap((list) => (Array.isArray(list) ? list : []))) {
    const parameter = asObject(dereference(document, raw));
    const name = text(parameter?.['name']);
    const location = parameter?.['in'];
    if (!parameter || !name || typeof location !== 'string' || !locations.has(location)) continue;
    const example = exampleValue(parameter, document);
    byKey.set(`${location}:${name}`, {
      name,
      in: location as ApiParameter['in'],
      required: location === 'path' || parameter['required'] === true,
      description: text(parameter['description']),
      example: example === undefined || example === null ? '' : typeof example === 'string' ? example : JSON.stringify(example),
    });
  }
  return [...byKey.values()];
}

function bodyOf(document: unknown, rawBody: unknown): ApiOperation['body'] {
  const body = asObject(dereference(document, rawBody));
  const content = asObject(body?.['content']);
  if (!body || !content) return null;
  const mediaType = Object.keys(content).find((type) => /^application\/([\w.+-]+\+)?json\b/i.test(type)) ?? Object.keys(content)[0];
  if (mediaType === undefined) return null;
  const media = content[mediaType];
  const example = exampleValue(media, document) ?? sampleFromSchema(asObject(dereference(document, media))?.['schema'], document);
  return { required: body['required'] === true, mediaType, example: typeof example === 'string' && !mediaType.includes('json') ? example : JSON.stringify(example ?? null, null, 2) };
}
