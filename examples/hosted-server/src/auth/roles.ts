/** Roles of an account. */
export const roles = ['USER', 'RESELLER', 'ADMIN'] as const;
export type Role = (typeof roles)[number];

/**
 * What an account may do. An API key carries a subset of its owner's (its scopes), and only of
 * {@link keyScopes}: managing keys, billing and customers needs a signed-in session.
 */
export const permissions = [
  'builder:read',
  'builder:write',
  'usage:read',
  'webhooks:manage',
  'keys:manage',
  'billing:manage',
  'licences:activate',
  'customers:manage',
  'licences:issue',
  'users:read-all',
  'usage:read-all',
  'users:manage-all',
] as const;
export type Permission = (typeof permissions)[number];

const userPermissions: Permission[] = ['builder:read', 'builder:write', 'usage:read', 'webhooks:manage', 'keys:manage', 'billing:manage', 'licences:activate'];

/**
 * The permission table. ADMIN sees every user and their usage and manages them; RESELLER manages
 * the users it created and issues licences; nobody reads another account's projects (the builder
 * routes are owner-scoped in storage).
 */
export const rolePermissions: Record<Role, ReadonlySet<Permission>> = {
  USER: new Set(userPermissions),
  RESELLER: new Set([...userPermissions, 'customers:manage', 'licences:issue']),
  ADMIN: new Set([...userPermissions, 'licences:issue', 'users:read-all', 'usage:read-all', 'users:manage-all']),
};

/** Scopes an API key may be given. */
export const keyScopes = ['builder:read', 'builder:write', 'usage:read', 'webhooks:manage'] as const satisfies readonly Permission[];
export type KeyScope = (typeof keyScopes)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (roles as readonly string[]).includes(value);
}
