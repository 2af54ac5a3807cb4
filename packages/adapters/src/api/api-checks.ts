import { BuildwrightError } from '@buildwright/core';
import type { Check } from '@buildwright/core';
import { importsCheck } from '../checks/imports-check.js';
import type { ImportsCheckOptions } from '../checks/imports-check.js';
import { installCheck } from '../checks/install-check.js';
import type { InstallCheckOptions } from '../checks/install-check.js';
import { validateCheck } from '../checks/validate-check.js';
import type { ValidateCheckOptions } from '../checks/validate-check.js';
import { requirePeers } from '../internal/peer-dependency.js';
import { apiLivePreview } from './api-live-preview.js';
import { apiPeers } from './api-peers.js';
import { createApiSession } from './api-session.js';
import { apiTestingCheck } from './api-testing-check.js';
import type { ApiTestingCheckOptions } from './api-testing-check.js';
import { apiTestsCheck } from './api-tests-check.js';
import type { ApiTestsCheckOptions } from './api-tests-check.js';
import { clientCheck } from './client-check.js';
import type { ClientCheckOptions } from './client-check.js';
import { contractCheck } from './contract-check.js';
import type { ContractCheckOptions } from './contract-check.js';
import { docsCheck } from './docs-check.js';
import type { DocsCheckOptions } from './docs-check.js';
import { specCheck } from './spec-check.js';
import type { SpecCheckOptions } from './spec-check.js';
import { startCheck } from './start-check.js';
import type { StartCheckOptions } from './start-check.js';

/** Options of each API check; `false` leaves a check out. The session shared by start and contract is made for you. */
export interface ApiChecksOptions {
  imports?: ImportsCheckOptions | false;
  install?: InstallCheckOptions | false;
  /** The typed client: `src/client/api-types.ts` generated from the spec (`openapi-typescript`). */
  client?: ClientCheckOptions | false;
  validate?: ValidateCheckOptions | false;
  spec?: SpecCheckOptions | false;
  start?: Omit<StartCheckOptions, 'session'>;
  contract?: Omit<ContractCheckOptions, 'session'> | false;
  tests?: ApiTestsCheckOptions | false;
  /**
   * The testing agent (default off): `true` or its options. A tests step right after build, where
   * the model writes Vitest tests of the request (from the acceptance criteria of the requirements
   * analyst when it ran) in `test/acceptance.test.ts`, frozen for the fix loop; `api-tests` runs
   * them with the project's other tests. Needs `tests` on. See docs/api-kind.md.
   */
  testing?: ApiTestingCheckOptions | boolean;
  /** The interactive docs page (Swagger UI) loaded in Chromium, "try it" on the start check's health route unless given. */
  docs?: Omit<DocsCheckOptions, 'session'> | false;
  /**
   * The live preview while the model builds (`preview.updated`): the API's server started in the
   * sandbox after the first step (with `start`'s command and health route) and restarted as each
   * later step's and fix's files land (`apiLivePreview`). Default true; `false`: none.
   */
  livePreview?: boolean;
}

/**
 * Every check of an HTTP API run. The spec check (`openapi.yaml` is valid OpenAPI 3.1 and passes
 * the lint rules) runs in the run's spec node, right after the plan, on the spec the model writes
 * there before any code (plan → spec → build → checks). After build, in order: imports → install →
 * client (the spec's TypeScript types generated into `src/client/api-types.ts`) → validate (tsc and
 * ESLint, as for web projects) → start (the server starts in the sandbox and answers `GET /health`)
 * → contract (every operation called against the running server, answers validated against the
 * spec; `api.contract_checked` reports each) → api-tests (the model's vitest tests) → docs
 * (interactive docs of the spec, "try it" pointed at the live server, loaded in Chromium).
 * They apply to `api` projects only, so they can be combined with `webChecks()` in one builder.
 * Needs the optional peers `@apidevtools/swagger-parser`, `ajv`, `ajv-formats`, `fast-check` and
 * `yaml`, `typescript` (imports and client checks), `openapi-typescript` (client) and
 * `playwright-core` and `swagger-ui-dist` (docs); a check left out needs none of its own.
 *
 * @example
 * import { createBuilder } from '@buildwright/core';
 * import { apiChecks } from '@buildwright/adapters/api';
 * import { templates } from '@buildwright/adapters/templates';
 *
 * const builder = createBuilder({ llm, sandbox, storage, templates, checks: apiChecks() });
 * const run = builder.generate({ prompt: 'a todo API', kind: 'api' });
 */
export function apiChecks(options: ApiChecksOptions = {}): Check[] {
  requirePeers('apiChecks', [
    ...apiPeers,
    ...(options.client === false ? [] : (['openapi-typescript', 'typescript'] as const)),
    ...(options.docs === false ? [] : (['playwright-core', 'swagger-ui-dist'] as const)),
  ]);
  if (options.testing && options.tests === false) {
    throw new BuildwrightError({
      code: 'INVALID_INPUT',
      message: 'apiChecks({ testing }) needs the api-tests check, which runs the tests it writes: leave tests on (remove tests: false) or turn testing off.',
    });
  }
  const session = createApiSession();
  const specPath = options.spec === false ? undefined : options.spec?.path;
  const checks: Check[] = [
    ...(options.imports === false ? [] : [importsCheck(options.imports)]),
    ...(options.install === false ? [] : [installCheck(options.install)]),
    ...(options.client === false ? [] : [clientCheck({ ...(specPath === undefined ? {} : { path: specPath }), ...options.client })]),
    ...(options.validate === false ? [] : [validateCheck(options.validate)]),
    ...(options.spec === false ? [] : [specCheck(options.spec)]),
    { ...startCheck({ ...options.start, session }), ...(options.livePreview === false ? {} : { livePreview: apiLivePreview(options.start) }) },
    ...(options.contract === false ? [] : [contractCheck({ ...(specPath === undefined ? {} : { path: specPath }), ...options.contract, session })]),
    ...(options.tests === false ? [] : [apiTestsCheck(options.tests)]),
    // A tests-node check: the run lifts it out of this order into the tests step right after build.
    ...(options.testing ? [apiTestingCheck(options.testing === true ? {} : options.testing)] : []),
    ...(options.docs === false ? [] : [docsCheck({ ...(specPath === undefined ? {} : { path: specPath }), tryIt: options.start?.healthPath ?? '/health', ...options.docs, session })]),
  ];
  return checks.map((check) => ({ ...check, kinds: ['api'] }));
}
