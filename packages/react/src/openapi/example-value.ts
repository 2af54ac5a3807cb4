import { dereference } from './json-pointer.js';

type Json = Record<string, unknown>;
const asObject = (value: unknown): Json | undefined => (typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Json) : undefined);

/**
 * The example a spec gives for a parameter or a media type: its `example`, its first `examples`
 * entry, then its schema's `example`, `examples[0]`, `default`, `const` or first `enum` value.
 * `undefined` when the spec gives none.
 */
export function exampleValue(source: unknown, document: unknown): unknown {
  const object = asObject(dereference(document, source));
  if (!object) return undefined;
  if (object['example'] !== undefined) return object['example'];
  const examples = asObject(object['examples']);
  for (const entry of Object.values(examples ?? {})) {
    const value = asObject(dereference(document, entry))?.['value'];
    if (value !== undefined) return value;
  }
  return schemaExample(object['schema'], document);
}

function schemaExample(rawSchema: unknown, document: unknown): unknown {
  const schema = asObject(dereference(document, rawSchema));
  if (!schema) return undefined;
  if (schema['example'] !== undefined) return schema['example'];
  if (Array.isArray(schema['examples']) && schema['examples'].length > 0) return schema['examples'][0];
  if (schema['default'] !== undefined) return schema['default'];
  if (schema['const'] !== undefined) return schema['const'];
  if (Array.isArray(schema['enum']) && schema['enum'].length > 0) return schema['enum'][0];
  return undefined;
}

/**
 * A value shaped like a schema when the spec has no example: each required property (all of
 * them when none is required) with its own example, or an empty value of its type.
 */
export function sampleFromSchema(rawSchema: unknown, document: unknown, depth = 0): unknown {
  const schema = asObject(dereference(document, rawSchema));
  if (!schema || depth > 6) return null;
  const example = schemaExample(schema, document);
  if (example !== undefined) return example;
  for (const keyword of ['allOf', 'oneOf', 'anyOf'] as const) {
    const options = schema[keyword];
    if (Array.isArray(options) && options.length > 0) {
      if (keyword !== 'allOf') return sampleFromSchema(options[0], document, depth + 1);
      return Object.assign({}, ...options.map((option) => asObject(sampleFromSchema(option, document, depth + 1)) ?? {}));
    }
  }
  const type = Array.isArray(schema['type']) ? schema['type'].find((candidate) => candidate !== 'null') : schema['type'];
  const properties = asObject(schema['properties']);
  if (type === 'object' || (type === undefined && properties)) {
    const required = Array.isArray(schema['required']) ? schema['required'].filter((name): name is string => typeof name === 'string') : [];
    const names = required.length > 0 ? required : Object.keys(properties ?? {});
    return Object.fromEntries(names.map((name) => [name, sampleFromSchema(properties?.[name], document, depth + 1)]));
  }
  if (type === 'array') return [];
  if (type === 'string') return '';
  if (type === 'integer' || type === 'number') return 0;
  if (type === 'boolean') return false;
  return null;
}
