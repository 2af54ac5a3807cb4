import type { BuildwrightErrorCode } from './buildwright-error.js';

/**
 * Where the docs site is published (GitHub Pages, built from `docs/` by VitePress); every error's
 * `docsUrl` points into it, and the site's own `base` is this address's path.
 */
export const docsBaseUrl = 'https://buildwright.github.io/buildwright/';

/** Where a code without a family page (`INTERNAL`) points: the table of every code. */
const errorsPage = 'errors.md#codes';

/** The docs page of each code family (`docs/errors.md` lists every code with the same page). */
const pages: [pattern: RegExp, page: string][] = [
  [/^INVALID_INPUT$/, 'create-builder.md'],
  [/^PEER_DEPENDENCY_MISSING$/, 'installation.md#peer-packages'],
  [/^(PATH_OUTSIDE_PROJECT|PATH_INVALID)$/, 'file-protocol.md#paths'],
  [/^PATH_PROTECTED$/, 'file-protocol.md#protected-paths'],
  [/^DEPENDENCY_REFUSED$/, 'file-protocol.md#dependencies-come-from-the-npm-registry'],
  [/^(PROJECT_LIMIT_EXCEEDED|CHECK_FAILED|NO_PROGRESS|BUDGET_EXCEEDED|RUN_CANCELLED)$/, 'run-graph.md'],
  [/^TRANSCRIPT_/, 'transcripts.md'],
  [/^LLM_/, 'openai.md'],
  [/^SANDBOX_/, 'local-sandbox.md'],
  [/^PROJECT_BUSY$/, 'projects.md#errors'],
  [/^VERSION_CONFLICT$/, 'storage.md#versions-optimistic-concurrency'],
  [/^RUN_LEASE_LOST$/, 'queue.md#run-lease-lost'],
  [/^RUN_ABANDONED$/, 'queue.md#run-abandoned'],
  [/^(RUN_AWAITING_APPROVAL|PLAN_INVALID|PLAN_NOT_AWAITING_APPROVAL)$/, 'plan-approval.md#errors'],
  [/^STORAGE_LOCKED$/, 'storage.md#one-process-per-data-directory'],
  [/^(RUN_NOT_FOUND|PROJECT_NOT_FOUND|STORAGE_)/, 'storage.md'],
  [/^EVENT_BUS_UNAVAILABLE$/, 'event-bus.md#errors'],
  [/^(VERSION_NOT_FOUND|IMPORT_REJECTED)$/, 'versions.md'],
  [/^CHAIN_NOT_CONFIGURED$/, 'chain.md#several-chains'],
  [/^(CONTRACT_|CHAIN_)/, 'chain.md'],
  [/^GIT_/, 'git-sync.md#errors'],
  [/^TOOL_/, 'mcp-client.md#errors'],
  [/^AGENT_/, 'agents.md#errors'],
  [/^(TEMPLATE_|EMBEDDING_|VECTOR_)/, 'templates.md#errors'],
  [/^(DEPLOY_|DEPLOYMENT_)/, 'deploy.md#errors'],
  [/^(QUOTA_EXCEEDED|PAYMENT_REQUIRED|RUN_METADATA_INVALID)$/, 'host-hooks.md#errors'],
  [/^VERCEL_/, 'deploy-vercel.md#errors'],
  [/^GITHUB_/, 'github.md#errors'],
  [/^(UNAUTHORIZED|ROUTE_NOT_FOUND|METHOD_NOT_ALLOWED|PAYLOAD_TOO_LARGE|TOO_MANY_REQUESTS|SERVER_UNAVAILABLE)$/, 'http.md#errors'],
];

/**
 * The absolute docs address for an error: its own page when the thrower names one (`page`, a file
 * in `docs/`, an anchor allowed), else its code family's page, else the table of codes. Pages are
 * addressed as the site serves them, without `.md` (VitePress's clean URLs).
 *
 * @example
 * docsUrlFor('STORAGE_LOCKED'); // https://buildwright.github.io/buildwright/storage#one-process-per-data-directory
 */
export function docsUrlFor(code: BuildwrightErrorCode, page?: string): string {
  const file = page ?? pages.find(([pattern]) => pattern.test(code))?.[1] ?? errorsPage;
  return docsBaseUrl + file.replace(/\.md(?=#|$)/, '');
}
