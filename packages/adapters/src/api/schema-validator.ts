import type { ValidateFunction } from 'ajv/dist/2020.js';
import { createAjv } from './api-peers.js';

/** Validates values against schemas of one OpenAPI document, by JSON pointer; problems say where (`/items/0/done: must be boolean`). */
export type SchemaValidator = (schemaPointer: string, value: unknown) => string[];

/**
 * A validator for the schemas of an OpenAPI 3.1 document with Ajv (JSON Schema 2020-12, the
 * standard formats). The document is added whole, so `#/components/schemas/...` references
 * resolve inside it; each schema is compiled once.
 */
export async function schemaValidator(document: object): Promise<SchemaValidator> {
  const ajv = await createAjv();
  // The document is not a schema itself: it is only a place for references to point into.
  ajv.addSchema(structuredClone(document), 'openapi', undefined, false);
  const compiled = new Map<string, ValidateFunction | Error>();
  return (pointer, value) => {
    let validate = compiled.get(pointer);
    if (!validate) {
      try {
        validate = ajv.compile({ $ref: `openapi#${pointer}` });
      } catch (error) {
        validate = error instanceof Error ? error : new Error(String(error));
      }
      compiled.set(pointer, validate);
    }
    if (validate instanceof Error) return [`the schema cannot be used: ${validate.message}`];
    if (validate(value)) return [];
    return (validate.errors ?? []).map((error) => {
      const where = error.instancePath || '/';
      const extra = error.keyword === 'additionalProperties' ? ` ("${String((error.params as { additionalProperty?: string }).additionalProperty)}")` : '';
      return `${where}: ${error.message ?? 'is invalid'}${extra}`;
    });
  };
}
