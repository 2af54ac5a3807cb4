import type { Ajv2020 } from 'ajv/dist/2020.js';
import type { FormatsPlugin } from 'ajv-formats';
import type * as Yaml from 'yaml';
import { importPeer } from '../internal/peer-dependency.js';

// The API checks' packages are optional peers of @buildwright/adapters, loaded when a check first
// runs: an app that never checks an API never installs or loads them.

export const apiPeers = ['@apidevtools/swagger-parser', 'ajv', 'ajv-formats', 'fast-check', 'yaml'] as const;

export const loadYaml = (): Promise<typeof Yaml> => importPeer('apiChecks', 'yaml', () => import('yaml'));

export const loadFastCheck = async () => (await importPeer('apiChecks', 'fast-check', () => import('fast-check'))).default;

export const loadSwaggerParser = async () => (await importPeer('apiChecks', '@apidevtools/swagger-parser', () => import('@apidevtools/swagger-parser'))).default;

/** A JSON Schema 2020-12 validator (the dialect of OpenAPI 3.1) with the standard formats, lenient about OpenAPI's own keywords. */
export async function createAjv(options: { coerceTypes?: boolean } = {}): Promise<Ajv2020> {
  const { Ajv2020: Ajv } = await importPeer('apiChecks', 'ajv', () => import('ajv/dist/2020.js'));
  const formats = await importPeer('apiChecks', 'ajv-formats', () => import('ajv-formats'));
  // ajv-formats is CommonJS: its plugin is the module itself under Node, `.default` under bundlers.
  const plugin = ((formats.default as unknown as { default?: FormatsPlugin }).default ?? formats.default) as FormatsPlugin;
  const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: true, ...(options.coerceTypes ? { coerceTypes: true } : {}) });
  plugin(ajv);
  return ajv;
}

/** openapi-typescript (and the TypeScript compiler it prints with), for the typed client: loaded when the client check first runs. */
export const loadOpenapiTypescript = () => importPeer('clientCheck', 'openapi-typescript', () => import('openapi-typescript'));
