import createClient from 'openapi-fetch';
import type { paths } from './api-types';

export type { components, operations, paths } from './api-types';

export interface ApiClientOptions {
  /** Where the API is served, e.g. http://127.0.0.1:3000. */
  baseUrl: string;
  /** The fetch to send requests with; in tests, the app itself: `(request) => app.fetch(request)`. */
  fetch?: (request: Request) => Promise<Response>;
  headers?: Record<string, string>;
}

/**
 * A typed client of this API: paths, parameters, bodies and responses come from openapi.yaml
 * through src/client/api-types.ts, which Buildwright generates from the spec on every run.
 *
 * @example
 * const api = createApiClient({ baseUrl: 'http://127.0.0.1:3000' });
 * const { data, error } = await api.GET('/health');
 */
export function createApiClient(options: ApiClientOptions) {
  return createClient<paths>(options);
}
