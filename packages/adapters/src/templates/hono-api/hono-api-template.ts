import type { Template } from '@buildwright/core';
import { files } from './files.generated.js';

/**
 * The default API template: TypeScript, Hono 4 on `@hono/node-server`, `openapi.yaml` (OpenAPI 3.1)
 * as the one source of truth (routes are registered by operationId with `implement()` from
 * `src/openapi.ts`, which validates every request against the spec with Ajv before the handler
 * runs), an in-memory store (`src/store.ts`), vitest tests that call the app in-process, and a
 * small ESLint flat config. Dependency versions are pinned, so the shared install cache serves
 * every new project.
 *
 * @example
 * import { honoApiTemplate } from '@buildwright/adapters/templates';
 *
 * const builder = createBuilder({ llm, sandbox, storage, templates: { 'hono-api': honoApiTemplate }, checks: apiChecks() });
 */
export const honoApiTemplate: Template = {
  name: 'hono-api',
  kind: 'api',
  description:
    'TypeScript + Hono 4 on @hono/node-server. openapi.yaml (OpenAPI 3.1) is the source of truth: write every operation there first ' +
    '(operationId, a JSON schema and an example for each request body and 2xx response, schemas for 4xx responses, components.schemas), ' +
    "then implement it in src/app.ts with implement(app, 'operationId', (c, { params, query, body }) => ...) from src/openapi.ts, which " +
    'registers the route from the spec and answers 400 to requests that do not match it. Keep GET /health (operationId getHealth). ' +
    'src/store.ts has collection<T>() for in-memory records with uuid ids; src/server.ts serves the app on $PORT. ' +
    "Tests go in test/*.test.ts (vitest) and call the app in-process with app.request('/path'). Node code; relative imports without extensions.",
  files,
};
