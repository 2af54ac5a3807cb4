import type { CheckIssue } from '@buildwright/core';
import { dereference, documentRefs, specOperations } from './openapi-document.js';
import type { OpenApiMediaType, OpenApiResponse, ParsedSpec, SpecOperation } from './openapi-document.js';

/** Says what is wrong with an example against the schema at a JSON pointer of the document (empty when it matches). */
export type ExampleValidator = (schemaPointer: string, example: unknown) => string[];

/** Statuses that carry no body. */
const bodiless = new Set(['204', '205', '304']);
const operationIdPattern = /^[A-Za-z][A-Za-z0-9_]*$/;

/**
 * The spec check's rules on a parsed OpenAPI 3.1 document, beyond what the OpenAPI schema
 * says: what the contract check and the model need to build and verify the API.
 *
 * - `openapi` is 3.1.x; every `$ref` is local (`#/...`): nothing outside the document is read.
 * - Every operation has a unique operationId (an identifier), at least one 2xx response, and a
 *   4xx response when it takes input (a body or parameters).
 * - Every 2xx and 4xx response that has a body (all but 204, 205, 304 and HEAD) has a schema.
 * - Every JSON request body and every JSON 2xx response has an example, and examples match their schemas.
 * - Every schema under `components.schemas` is used.
 */
export function lintSpec(spec: ParsedSpec, validateExample: ExampleValidator): CheckIssue[] {
  const { document } = spec;
  const issues: CheckIssue[] = [];
  const at = (keys: Array<string | number>, message: string) => {
    const line = spec.lineOf(keys);
    issues.push({ file: spec.path, ...(line === undefined ? {} : { line }), message });
  };

  if (typeof document.openapi !== 'string' || !/^3\.1\.\d+$/.test(document.openapi))
    at(['openapi'], `openapi must be "3.1.0" (an OpenAPI 3.1 document), not ${JSON.stringify(document.openapi ?? null)}`);
  for (const { keys, ref } of documentRefs(document)) if (!ref.startsWith('#/')) at(keys, `$ref "${ref}" is not local: only references inside the document (#/components/...) are allowed`);

  const operations = specOperations(document);
  if (operations.length === 0) at(['paths'], 'the document has no operations under paths');
  const seen = new Map<string, string>();
  for (const operation of operations) {
    const keys = ['paths', operation.path, operation.method];
    const name = `${operation.method.toUpperCase()} ${operation.path}`;
    const id = operation.operation.operationId;
    if (typeof id !== 'string' || id === '') at(keys, `${name} has no operationId: give it one (e.g. "${suggestedId(operation)}")`);
    else if (!operationIdPattern.test(id)) at([...keys, 'operationId'], `operationId "${id}" of ${name} is not an identifier (letters, digits, _)`);
    else if (seen.has(id)) at([...keys, 'operationId'], `operationId "${id}" is used by ${seen.get(id)} and ${name}: make each unique`);
    else seen.set(id, name);
    lintOperation(spec, operation, (path, message) => at([...keys, ...path], `${typeof id === 'string' && id ? id : name}: ${message}`), validateExample);
  }

  const schemas = Object.keys(document.components?.schemas ?? {});
  if (schemas.length > 0) {
    const used = new Set(documentRefs(document).map(({ ref }) => ref));
    for (const schema of schemas)
      if (!used.has(`#/components/schemas/${schema.replaceAll('~', '~0').replaceAll('/', '~1')}`))
        at(['components', 'schemas', schema], `components.schemas.${schema} is not used: remove it or reference it`);
  }
  return issues;
}

function lintOperation(spec: ParsedSpec, operation: SpecOperation, at: (keys: Array<string | number>, message: string) => void, validateExample: ExampleValidator): void {
  const { document } = spec;
  const responses = operation.operation.responses ?? {};
  const statuses = Object.keys(responses);
  if (!statuses.some((status) => /^2(\d\d|XX)$/.test(status))) at(['responses'], 'has no 2xx response');
  const body = dereference<NonNullable<typeof operation.operation.requestBody>>(document, operation.operation.requestBody ?? {});
  const takesInput = Boolean(operation.operation.requestBody) || operation.parameters.length > 0;
  if (takesInput && !statuses.some((status) => /^4(\d\d|XX)$/.test(status))) at(['responses'], 'takes input but documents no 4xx response (e.g. 400 for an invalid request, 404 for an unknown id)');

  const json = body?.content?.['application/json'];
  if (operation.operation.requestBody && json) {
    if (!json.schema) at(['requestBody', 'content', 'application/json'], 'the JSON request body has no schema');
    else lintExamples(json, `${operation.pointer}/requestBody/content/application~1json`, ['requestBody', 'content', 'application/json'], 'the JSON request body', at, validateExample, document);
  }

  for (const status of statuses) {
    if (!/^[24](\d\d|XX)$/.test(status)) continue;
    const response = dereference<OpenApiResponse>(document, responses[status]!);
    if (!response || bodiless.has(status) || operation.method === 'head') continue;
    const media = Object.entries(response.content ?? {});
    if (!media.some(([, type]) => type?.schema !== undefined)) {
      at(['responses', status], `response ${status} has no schema (content: application/json: schema), or use 204 for no body`);
      continue;
    }
    const responseJson = response.content?.['application/json'];
    if (status.startsWith('2') && responseJson?.schema !== undefined) {
      const pointer = responses[status]!.$ref ? `${responses[status]!.$ref!.slice(1)}/content/application~1json` : `${operation.pointer}/responses/${status}/content/application~1json`;
      lintExamples(responseJson, pointer, ['responses', status, 'content', 'application/json'], `response ${status}`, at, validateExample, document);
    }
  }
}

function lintExamples(
  media: OpenApiMediaType,
  mediaPointer: string,
  keys: Array<string | number>,
  what: string,
  at: (keys: Array<string | number>, message: string) => void,
  validateExample: ExampleValidator,
  document: unknown,
): void {
  const found = mediaExamples(media, document);
  if (found.length === 0) {
    at(keys, `${what} has no example: add \`example:\` beside its schema (the contract check sends and checks it)`);
    return;
  }
  for (const { name, value } of found) {
    const problems = validateExample(`${mediaPointer}/schema`, value);
    if (problems.length > 0)
      at(
        name === undefined ? [...keys, 'example'] : [...keys, 'examples', name],
        `the example of ${what}${name === undefined ? '' : ` "${name}"`} does not match its schema: ${problems.slice(0, 3).join('; ')}`,
      );
  }
}

/** The examples of a media type: `example`, each of `examples`, else the schema's own `example(s)`. */
export function mediaExamples(media: OpenApiMediaType, document: unknown): Array<{ name?: string; value: unknown }> {
  if (media.example !== undefined) return [{ value: media.example }];
  if (media.examples && typeof media.examples === 'object') {
    return Object.entries(media.examples).flatMap(([name, example]) => {
      const resolved = dereference<{ value?: unknown }>(document, example as { value?: unknown });
      return resolved?.value === undefined ? [] : [{ name, value: resolved.value }];
    });
  }
  const schema = dereference<Record<string, unknown>>(document, media.schema as Record<string, unknown>);
  if (schema && typeof schema === 'object') {
    if (schema.example !== undefined) return [{ value: schema.example }];
    if (Array.isArray(schema.examples) && schema.examples.length > 0) return schema.examples.map((value) => ({ value }));
  }
  return [];
}

function suggestedId(operation: SpecOperation): string {
  const resource =
    operation.path
      .split('/')
      .filter((segment) => segment && !segment.startsWith('{'))
      .at(-1) ?? 'root';
  const verb = { get: operation.path.endsWith('}') ? 'get' : 'list', post: 'create', put: 'replace', patch: 'update', delete: 'delete' }[operation.method as string] ?? operation.method;
  return `${verb}${resource.charAt(0).toUpperCase()}${resource.slice(1).replace(/[^A-Za-z0-9]/g, '')}`;
}
