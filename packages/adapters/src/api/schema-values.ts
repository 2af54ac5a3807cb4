import type { Arbitrary } from 'fast-check';
import type { loadFastCheck } from './api-peers.js';
import { resolvePointer } from './openapi-document.js';

type FastCheck = Awaited<ReturnType<typeof loadFastCheck>>;
type Schema = Record<string, unknown>;

/** Nesting depth past which only required properties and empty arrays are generated (recursive schemas end). */
const maxDepth = 4;

/**
 * A fast-check arbitrary of values that match a JSON Schema of an OpenAPI document (local `$ref`s,
 * `enum`, `const`, `type` (a list: its first non-null type), `allOf` of objects, `oneOf`/`anyOf`,
 * string lengths and formats (uuid, email, date-time, date, uri), number bounds, array and object
 * shapes). `undefined` when the schema asks for what it cannot generate (a `pattern`): the
 * contract check then uses the schema's examples only.
 */
export function schemaArbitrary(fc: FastCheck, document: unknown, schema: unknown, depth = 0): Arbitrary<unknown> | undefined {
  if (schema === true || schema === undefined) return fc.constant(null);
  if (typeof schema !== 'object' || schema === null) return undefined;
  let current = schema as Schema;
  for (let hops = 0; typeof current.$ref === 'string' && hops < 20; hops += 1) current = (resolvePointer(document, current.$ref) ?? {}) as Schema;
  if ('const' in current) return fc.constant(current.const);
  if (Array.isArray(current.enum) && current.enum.length > 0) return fc.constantFrom(...(current.enum as unknown[]));
  if (Array.isArray(current.allOf)) return mergedAllOf(fc, document, current, depth);
  const choices = (Array.isArray(current.oneOf) ? current.oneOf : Array.isArray(current.anyOf) ? current.anyOf : undefined) as unknown[] | undefined;
  if (choices) {
    // oneOf members may overlap; the first one is the value the contract check relies on.
    const first = choices.map((choice) => schemaArbitrary(fc, document, choice, depth + 1)).find((arbitrary) => arbitrary !== undefined);
    return first;
  }
  const type = Array.isArray(current.type)
    ? ((current.type.find((item) => item !== 'null') as string | undefined) ?? 'null')
    : ((current.type as string | undefined) ?? (current.properties ? 'object' : undefined));
  switch (type) {
    case 'string':
      return stringArbitrary(fc, current);
    case 'integer':
      return fc.integer({ min: bound(current, 'minimum', 'exclusiveMinimum', 1, -1_000), max: bound(current, 'maximum', 'exclusiveMaximum', -1, 1_000) });
    case 'number':
      return fc.double({ min: bound(current, 'minimum', 'exclusiveMinimum', 0.001, -1_000), max: bound(current, 'maximum', 'exclusiveMaximum', -0.001, 1_000), noNaN: true, noDefaultInfinity: true });
    case 'boolean':
      return fc.boolean();
    case 'null':
      return fc.constant(null);
    case 'array': {
      const items = schemaArbitrary(fc, document, current.items ?? {}, depth + 1);
      if (!items) return undefined;
      const minLength = numberOr(current.minItems, 0);
      const maxLength = depth >= maxDepth ? minLength : Math.max(minLength, Math.min(numberOr(current.maxItems, 3), 3));
      return fc.array(items, { minLength, maxLength });
    }
    case 'object':
      return objectArbitrary(fc, document, current, depth);
    default:
      return fc.constant({});
  }
}

function stringArbitrary(fc: FastCheck, schema: Schema): Arbitrary<unknown> | undefined {
  switch (schema.format) {
    case 'uuid':
      return fc.uuid();
    case 'email':
      return fc.emailAddress();
    case 'date-time':
      return fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString());
    case 'date':
      return fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10));
    case 'uri':
    case 'url':
      return fc.webUrl();
  }
  if (typeof schema.pattern === 'string') return undefined;
  const minLength = numberOr(schema.minLength, 0);
  const maxLength = Math.max(minLength, Math.min(numberOr(schema.maxLength, 24), 24));
  // Readable words: what a client sends, and a report the model can read.
  return fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-'), minLength, maxLength });
}

function objectArbitrary(fc: FastCheck, document: unknown, schema: Schema, depth: number): Arbitrary<unknown> | undefined {
  const properties = (schema.properties ?? {}) as Record<string, unknown>;
  const required = new Set(Array.isArray(schema.required) ? (schema.required as string[]) : []);
  const model: Record<string, Arbitrary<unknown>> = {};
  for (const [name, property] of Object.entries(properties)) {
    if (depth >= maxDepth && !required.has(name)) continue;
    if (typeof property === 'object' && property !== null && ((property as Schema).readOnly === true || (resolveRef(document, property) as Schema).readOnly === true)) continue;
    const arbitrary = schemaArbitrary(fc, document, property, depth + 1);
    if (!arbitrary) {
      if (required.has(name)) return undefined;
      continue;
    }
    model[name] = arbitrary;
  }
  const requiredKeys = Object.keys(model).filter((name) => required.has(name));
  const record = fc.record(model, { requiredKeys });
  const minProperties = numberOr(schema.minProperties, 0);
  if (minProperties > Object.keys(model).length) return undefined;
  return minProperties > requiredKeys.length ? record.filter((value) => Object.keys(value).length >= minProperties) : record;
}

function mergedAllOf(fc: FastCheck, document: unknown, schema: Schema, depth: number): Arbitrary<unknown> | undefined {
  const merged: Schema = { type: 'object', properties: {}, required: [] };
  for (const part of [schema, ...(schema.allOf as unknown[])]) {
    const resolved = resolveRef(document, part) as Schema;
    Object.assign(merged.properties as Schema, resolved.properties ?? {});
    (merged.required as string[]).push(...((resolved.required as string[] | undefined) ?? []));
  }
  return objectArbitrary(fc, document, merged, depth);
}

function resolveRef(document: unknown, schema: unknown): unknown {
  let current = schema;
  for (let hops = 0; typeof current === 'object' && current !== null && typeof (current as Schema).$ref === 'string' && hops < 20; hops += 1)
    current = resolvePointer(document, (current as Schema).$ref as string) ?? {};
  return current ?? {};
}

function bound(schema: Schema, inclusive: string, exclusive: string, step: number, fallback: number): number {
  if (typeof schema[exclusive] === 'number') return (schema[exclusive] as number) + step;
  if (typeof schema[inclusive] === 'number') return schema[inclusive] as number;
  const other = step > 0 ? (schema.maximum ?? schema.exclusiveMaximum) : (schema.minimum ?? schema.exclusiveMinimum);
  // With only one bound given, the other stays on its side of it.
  if (typeof other === 'number') return step > 0 ? Math.min(fallback, other - 1_000) : Math.max(fallback, other + 1_000);
  return fallback;
}

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback;
}
