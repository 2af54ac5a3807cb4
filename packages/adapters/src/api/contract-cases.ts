import type { loadFastCheck } from './api-peers.js';
import { dereference } from './openapi-document.js';
import type { OpenApiDocument, OpenApiParameter, SpecOperation } from './openapi-document.js';
import { schemaArbitrary } from './schema-values.js';
import { mediaExamples } from './spec-lint.js';

type FastCheck = Awaited<ReturnType<typeof loadFastCheck>>;

/** One request the contract check sends: valid ones must get a documented answer, invalid ones a 4xx. */
export interface ContractCase {
  /** Where its values come from: `example`, `generated #2`, or what makes it invalid. */
  label: string;
  invalid: boolean;
  /** Path parameter values not yet filled from created resources (those are filled when sent). */
  pathValues: Record<string, unknown>;
  query: Record<string, unknown>;
  /** The JSON body; `undefined` for none. */
  body?: unknown;
}

export interface CaseOptions {
  seed: number;
  /** Generated valid requests per operation (besides the examples). */
  generated: number;
  /** Most invalid requests per operation. */
  invalid: number;
}

/**
 * The requests of one operation: the spec's examples, then values generated from the schemas with
 * fast-check (seeded, so a run is repeatable), then invalid variants of the first valid body and
 * query (a required property missing, a property of the wrong type, a property the schema does
 * not allow), which must get a 4xx. A DELETE gets one valid request.
 */
export function contractCases(fc: FastCheck, document: OpenApiDocument, operation: SpecOperation, index: number, options: CaseOptions): ContractCase[] {
  const seed = options.seed * 1_000 + index;
  const bodySchema = requestBodySchema(document, operation);
  const bodyExamples = bodySchema === undefined ? [] : jsonBodyExamples(document, operation);
  const generatedBodies = bodySchema === undefined ? [] : sample(fc, schemaArbitrary(fc, document, bodySchema), seed, options.generated);
  const queryParameters = operation.parameters.filter((parameter) => parameter.in === 'query');
  const pathParameters = operation.parameters.filter((parameter) => parameter.in === 'path');

  const pathValues = Object.fromEntries(pathParameters.map((parameter) => [parameter.name, parameterExample(fc, document, parameter, seed)]));
  const requiredQuery = Object.fromEntries(queryParameters.filter((parameter) => parameter.required).map((parameter) => [parameter.name, parameterExample(fc, document, parameter, seed)]));
  const fullQuery = Object.fromEntries(queryParameters.map((parameter) => [parameter.name, parameterExample(fc, document, parameter, seed)]).filter(([, value]) => value !== undefined));

  const valid: ContractCase[] = [];
  if (bodySchema !== undefined) {
    bodyExamples.forEach((body, position) => valid.push({ label: bodyExamples.length === 1 ? 'example' : `example #${position + 1}`, invalid: false, pathValues, query: requiredQuery, body }));
    generatedBodies.forEach((body, position) => valid.push({ label: `generated #${position + 1} (seed ${options.seed})`, invalid: false, pathValues, query: requiredQuery, body }));
  } else {
    valid.push({ label: 'example', invalid: false, pathValues, query: requiredQuery });
    if (queryParameters.some((parameter) => !parameter.required)) valid.push({ label: 'example with every query parameter', invalid: false, pathValues, query: fullQuery });
  }
  if (operation.method === 'delete') return valid.slice(0, 1);

  const invalid: ContractCase[] = [];
  const base = valid.find((item) => item.body !== undefined)?.body;
  const schema = bodySchema === undefined ? undefined : (dereference<Record<string, unknown>>(document, bodySchema as Record<string, unknown>) ?? undefined);
  if (schema && typeof base === 'object' && base !== null && !Array.isArray(base)) {
    const properties = (schema.properties ?? {}) as Record<string, unknown>;
    for (const name of Array.isArray(schema.required) ? (schema.required as string[]) : []) {
      const body = { ...(base as Record<string, unknown>) };
      delete body[name];
      invalid.push({ label: `invalid: required property "${name}" missing`, invalid: true, pathValues, query: requiredQuery, body });
    }
    for (const [name, property] of Object.entries(properties)) {
      const wrong = wrongTypeValue(document, property);
      if (wrong === undefined) continue;
      invalid.push({
        label: `invalid: "${name}" is ${JSON.stringify(wrong)} (${describeType(document, property)} expected)`,
        invalid: true,
        pathValues,
        query: requiredQuery,
        body: { ...(base as Record<string, unknown>), [name]: wrong },
      });
    }
    if (schema.additionalProperties === false)
      invalid.push({
        label: 'invalid: a property the schema does not allow ("unexpected")',
        invalid: true,
        pathValues,
        query: requiredQuery,
        body: { ...(base as Record<string, unknown>), unexpected: 1 },
      });
  }
  for (const parameter of queryParameters) {
    const wrong = wrongQueryValue(document, parameter.schema);
    if (wrong !== undefined)
      invalid.push({
        label: `invalid: query "${parameter.name}=${wrong}" (${describeType(document, parameter.schema)} expected)`,
        invalid: true,
        pathValues,
        query: { ...requiredQuery, [parameter.name]: wrong },
      });
  }
  // Invalid requests first: a validation hole that stores junk must not change what the valid ones see.
  return [...spread(invalid, options.invalid), ...valid];
}

/** The JSON schema of the operation's request body, if it takes JSON. */
export function requestBodySchema(document: OpenApiDocument, operation: SpecOperation): unknown {
  const body = dereference<{ content?: Record<string, { schema?: unknown }> }>(document, (operation.operation.requestBody ?? {}) as never);
  return body?.content?.['application/json']?.schema;
}

function jsonBodyExamples(document: OpenApiDocument, operation: SpecOperation): unknown[] {
  const body = dereference<{ content?: Record<string, never> }>(document, (operation.operation.requestBody ?? {}) as never);
  const media = body?.content?.['application/json'];
  return media ? mediaExamples(media, document).map(({ value }) => value) : [];
}

function parameterExample(fc: FastCheck, document: OpenApiDocument, parameter: OpenApiParameter, seed: number): unknown {
  if (parameter.example !== undefined) return parameter.example;
  const named = Object.values(parameter.examples ?? {}).find((example) => example?.value !== undefined);
  if (named) return named.value;
  const schema = dereference<Record<string, unknown>>(document, (parameter.schema ?? {}) as Record<string, unknown>);
  if (schema?.example !== undefined) return schema.example;
  if (Array.isArray(schema?.examples) && schema.examples.length > 0) return schema.examples[0];
  if (schema?.default !== undefined) return schema.default;
  return sample(fc, schemaArbitrary(fc, document, parameter.schema ?? { type: 'string', minLength: 1 }), seed, 1)[0];
}

function sample(fc: FastCheck, arbitrary: ReturnType<typeof schemaArbitrary>, seed: number, count: number): unknown[] {
  if (!arbitrary || count <= 0) return [];
  return fc.sample(arbitrary, { seed, numRuns: count });
}

function typeOf(document: unknown, schema: unknown): string | undefined {
  const resolved = dereference<Record<string, unknown>>(document, (schema ?? {}) as Record<string, unknown>);
  if (!resolved || typeof resolved !== 'object') return undefined;
  if (Array.isArray(resolved.type)) return resolved.type.includes('null') && resolved.type.length > 1 ? undefined : (resolved.type[0] as string);
  if (typeof resolved.type === 'string') return resolved.type;
  if (Array.isArray(resolved.enum)) return 'enum';
  return undefined;
}

function describeType(document: unknown, schema: unknown): string {
  return typeOf(document, schema) ?? 'another type';
}

function wrongTypeValue(document: unknown, schema: unknown): unknown {
  switch (typeOf(document, schema)) {
    case 'string':
    case 'enum':
      return 12345;
    case 'integer':
    case 'number':
      return 'not a number';
    case 'boolean':
      return 'not a boolean';
    case 'array':
      return 'not an array';
    case 'object':
      return 'not an object';
    default:
      return undefined;
  }
}

function wrongQueryValue(document: unknown, schema: unknown): string | undefined {
  switch (typeOf(document, schema)) {
    case 'integer':
    case 'number':
      return 'not-a-number';
    case 'boolean':
      return 'maybe';
    default:
      return undefined;
  }
}

/** At most `count` items, taken across the list (missing fields and wrong types both get tried). */
function spread<T>(items: T[], count: number): T[] {
  if (items.length <= count) return items;
  const step = items.length / count;
  return Array.from({ length: count }, (_, index) => items[Math.floor(index * step)]!);
}
