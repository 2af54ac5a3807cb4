import type { Check } from '@buildwright/core';
import { failed } from '../checks/check-report.js';
import { requirePeers } from '../internal/peer-dependency.js';
import { loadOpenapiTypescript } from './api-peers.js';
import { documentRefs, readProjectSpec, resolvePointer } from './openapi-document.js';
import type { OpenApiDocument } from './openapi-document.js';
import { openApiProblems } from './spec-check.js';

export interface ClientCheckOptions {
  /** Where the OpenAPI document is, relative to the project root. Default `openapi.yaml`. */
  path?: string;
  /** Where the generated types go. Default `src/client/api-types.ts` (the hono-api template's `src/client/index.ts` imports them). */
  output?: string;
}

/**
 * Generates the API's TypeScript types from its OpenAPI document with `openapi-typescript`
 * (`paths`, `components`, `operations`) into `src/client/api-types.ts` on every run, so each
 * stored version carries the types of its own spec; the template's `src/client/index.ts` makes a
 * typed `openapi-fetch` client of them (`createApiClient`). The file is Buildwright's: edits to it
 * are overwritten. It runs before the validate check, so tsc judges the project's code against
 * the spec's current types.
 *
 * A spec that does not parse or is not valid OpenAPI is left to the spec check (skipped here,
 * the file as it was); a `$ref` outside the document is never followed (skipped: the spec check
 * refuses it). A valid spec that cannot be turned into types fails with the generator's message.
 *
 * @example
 * import { clientCheck } from '@buildwright/adapters/api';
 *
 * const check = clientCheck({ output: 'src/generated/api.ts' });
 */
export function clientCheck(options: ClientCheckOptions = {}): Check {
  requirePeers('clientCheck', ['openapi-typescript', 'typescript']);
  const path = options.path ?? 'openapi.yaml';
  const output = options.output ?? 'src/client/api-types.ts';
  const invalidSpec = { status: 'skipped', reason: `${path} is not a valid OpenAPI document (see the spec check); ${output} is left as it was` } as const;
  return {
    name: 'client',
    kinds: ['api'],
    async prepare() {
      // Loading openapi-typescript (and TypeScript with it) takes a second or two on a cold process.
      await loadOpenapiTypescript();
    },
    async run(context) {
      const spec = await readProjectSpec(context.files, path);
      if (!spec) return { status: 'skipped', reason: `${path} is missing or does not parse (see the spec check); ${output} is left as it was` };
      const { document } = spec;
      const refs = documentRefs(document).map(({ ref }) => ref);
      // openapi-typescript would read files and URLs a $ref names, on this machine.
      if (refs.some((ref) => !ref.startsWith('#'))) return { status: 'skipped', reason: `${path} has a $ref outside the document, which is never followed (see the spec check)` };
      // Found here rather than by the generator, which prints its errors to this process's stderr.
      if (refs.some((ref) => resolvePointer(document, ref) === undefined)) return invalidSpec;
      let types: string;
      try {
        types = await apiTypes(document, path);
      } catch (error) {
        if ((await openApiProblems(document)).length > 0) return invalidSpec;
        return failed(`Client check failed: openapi-typescript could not turn ${path} into types`, [{ file: path, message: error instanceof Error ? error.message : String(error) }]);
      }
      if (context.files[output] !== types) await context.writeFiles({ [output]: types });
      return { status: 'passed' };
    },
  };
}

/** The generated module: a header saying where it comes from, then openapi-typescript's types. */
export async function apiTypes(document: OpenApiDocument, path: string): Promise<string> {
  const { default: openapiTS, astToString } = await loadOpenapiTypescript();
  const nodes = await openapiTS(structuredClone(document) as never, { silent: true });
  return [
    `// Generated from ${path} by Buildwright (openapi-typescript) on every run: edits to this file are overwritten.`,
    '// Change the spec instead; src/client/index.ts makes a typed client of these types (createApiClient).',
    '/* eslint-disable */',
    '',
    astToString(nodes),
  ].join('\n');
}
