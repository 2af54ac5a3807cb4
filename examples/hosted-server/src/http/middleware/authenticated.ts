import type { MiddlewareHandler } from 'hono';
import type { Authenticator } from '../../auth/authenticator.js';
import type { Permission } from '../../auth/roles.js';
import type { AppEnv } from '../app-env.js';
import { HttpError } from '../http-error.js';

/**
 * Authenticates the request (401 otherwise), sets `principal`, then applies the per-user rate
 * limit and, when given, requires `permission` (403 otherwise).
 *
 * @example
 * app.get('/keys', authenticated(authenticate, limits.perUser, 'keys:manage'), handler);
 */
export function authenticated(authenticate: Authenticator, perUser: MiddlewareHandler<AppEnv>, permission?: Permission): MiddlewareHandler<AppEnv> {
  return async (context, next) => {
    const principal = await authenticate(context.req.raw);
    context.set('principal', principal);
    context.get('logger').setBindings({ userId: principal.userId });
    await perUser(context, async () => {
      if (permission) requirePermission(principal.permissions, permission, principal.via.kind);
      await next();
    });
  };
}

/** 403 unless `permission` is held, saying whether an API key's scopes or the role lacks it. */
export function requirePermission(held: ReadonlySet<Permission>, permission: Permission, via: 'session' | 'api-key'): void {
  if (held.has(permission)) return;
  throw new HttpError(
    403,
    'FORBIDDEN',
    via === 'api-key'
      ? `This API key lacks the ${permission} scope (and keys cannot manage keys, billing or customers): use a key with it, or sign in.`
      : `This account's role does not allow ${permission}.`,
  );
}
