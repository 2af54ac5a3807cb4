import type { PlanName } from '../config/plans.js';
import type { Permission, Role } from './roles.js';

/** Who a request acts for, and through what. */
export interface Principal {
  userId: string;
  email: string;
  role: Role;
  plan: PlanName;
  /** A signed-in session (access token) or an API key. */
  via: { kind: 'session'; sessionId: string } | { kind: 'api-key'; keyId: string };
  /** The role's permissions, narrowed to the key's scopes for an API key. */
  permissions: ReadonlySet<Permission>;
}
