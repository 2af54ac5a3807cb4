import type { MiddlewareHandler } from 'hono';
import type { Permission } from '../auth/roles.js';
import type { RateLimits } from '../limits/rate-limits.js';
import type { Metrics } from '../ops/metrics.js';
import type { AppServices } from '../runtime/app-services.js';
import type { AppEnv } from './app-env.js';

/** What every group of routes is given. */
export interface RouteKit {
  services: AppServices;
  limits: RateLimits;
  metrics: Metrics;
  /** Authenticates, rate-limits per user, and requires `permission` when given. */
  guard(permission?: Permission): MiddlewareHandler<AppEnv>;
}
