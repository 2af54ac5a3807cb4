import type { Check, CheckIssue } from '@buildwright/core';
import { failed } from '../checks/check-report.js';
import { loadSwaggerParser } from './api-peers.js';
import { parseSpec } from './openapi-document.js';
import type { OpenApiDocument } from './openapi-document.js';
import { schemaValidator } from './schema-validator.js';
import { lintSpec } from './spec-lint.js';

export interface SpecCheckOptions {
  /** Where the OpenAPI document is, relative to the project root. Default `openapi.yaml`. */
  path?: string;
}

/**
 * Checks the project's OpenAPI 3.1 description (`openapi.yaml`): it parses, it is a valid OpenAPI
 * document (`@apidevtools/swagger-parser`, with every `$ref` resolved inside the document: nothing
 * outside it is read or fetched), and it passes the lint rules the contract check relies on
 * (operationIds, 2xx and 4xx responses with schemas, examples that match their schemas, no unused
 * schemas; see `lintSpec`). Issues name the line in the document. Its phase is the `spec` node: an
 * api run with this check writes `openapi.yaml` in its own step after the plan, where this check
 * judges it and its failures go back to the model; build and fix then implement it as it is.
 *
 * @example
 * import { specCheck } from '@buildwright/adapters/api';
 *
 * const check = specCheck({ path: 'api/openapi.yaml' });
 */
export function specCheck(options: SpecCheckOptions = {}): Check {
  const path = options.path ?? 'openapi.yaml';
  return {
    name: 'spec',
    kinds: ['api'],
    phase: { node: 'spec', path },
    async run(context) {
      const text = context.files[path];
      if (text === undefined)
        return failed(`Spec check failed: ${path} is missing`, [
          { file: path, message: `write the OpenAPI 3.1 description of the API to ${path} (openapi: 3.1.0, info, paths with an operationId per operation)` },
        ]);
      const parsed = await parseSpec(text, path);
      if ('issues' in parsed) return failed(`Spec check failed: ${path} is not valid YAML`, parsed.issues);
      const { spec } = parsed;
      const invalid: CheckIssue[] = (await openApiProblems(spec.document)).map((message) => {
        const pointer = /#(\/\S*)/.exec(message)?.[1];
        const line = pointer === undefined ? undefined : spec.lineOf(pointerKeys(pointer));
        return { file: path, ...(line === undefined ? {} : { line }), message };
      });
      if (invalid.length > 0) return failed(`Spec check failed: ${path} is not a valid OpenAPI 3.1 document`, invalid);
      const validate = await schemaValidator(spec.document);
      const issues = lintSpec(spec, validate);
      if (issues.length > 0) return failed(`Spec check failed: ${issues.length} problem${issues.length === 1 ? '' : 's'} in ${path}`, issues);
      return { status: 'passed' };
    },
  };
}

/** Why `document` is not a valid OpenAPI document (`@apidevtools/swagger-parser`'s messages); empty when it is. */
export async function openApiProblems(document: OpenApiDocument): Promise<string[]> {
  const SwaggerParser = await loadSwaggerParser();
  try {
    // external: false — a model's "$ref: /etc/passwd" or "$ref: http://..." is never followed.
    await SwaggerParser.validate(structuredClone(document) as never, { resolve: { external: false } });
    return [];
  } catch (error) {
    return validationMessages(error);
  }
}

function validationMessages(error: unknown): string[] {
  const message = error instanceof Error ? error.message : String(error);
  const lines = message
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line && !/^Swagger schema validation failed\.?$/.test(line));
  return lines.length > 0 ? lines : [message];
}

function pointerKeys(pointer: string): string[] {
  return pointer
    .split('/')
    .slice(1)
    .map((key) => decodeURIComponent(key).replaceAll('~1', '/').replaceAll('~0', '~'));
}
