import type { PlanResolver } from '../accounts/plan-resolver.js';
import { HttpError } from '../http/http-error.js';
import type { AccessTokens } from './access-tokens.js';
import { apiKeyPrefix, type ApiKeysRepository } from './api-keys.js';
import type { Principal } from './principal.js';
import { rolePermissions, type Permission } from './roles.js';
import type { SessionsRepository } from './sessions.js';

/** Turns a request's credentials into a {@link Principal}. */
export type Authenticator = (request: Request) => Promise<Principal>;

/**
 * Accepts `Authorization: Bearer <access token>` (a signed-in session) or `Bearer bwk_…` /
 * `X-Api-Key: bwk_…` (an API key). Every failure is 401; a disabled account is 403.
 * Each request reads the account, so a role, plan or disabled state changes at once, and the
 * session, so a logout ends its access tokens at once.
 *
 * @example
 * const principal = await authenticate(request);
 */
export function createAuthenticator(dependencies: { planOf: PlanResolver; sessions: SessionsRepository; apiKeys: ApiKeysRepository; accessTokens: AccessTokens }): Authenticator {
  return async (request) => {
    const header = request.headers.get('authorization');
    const bearer = header?.match(/^Bearer\s+(\S+)$/i)?.[1];
    const presented = request.headers.get('x-api-key') ?? bearer;
    if (!presented) throw new HttpError(401, 'UNAUTHORIZED', 'Sign in: send Authorization: Bearer <access token> or an API key (Bearer bwk_… or X-Api-Key).');
    if (presented.startsWith(apiKeyPrefix)) {
      const key = await dependencies.apiKeys.authenticate(presented);
      if (!key) throw new HttpError(401, 'UNAUTHORIZED', 'This API key is not valid or was revoked: create a new one under /keys.');
      const { user, plan } = await liveUser(dependencies.planOf, key.userId);
      const allowed = rolePermissions[user.role];
      const permissions = new Set<Permission>(key.scopes.filter((scope) => allowed.has(scope)));
      return { userId: user.id, email: user.email, role: user.role, plan, via: { kind: 'api-key', keyId: key.keyId }, permissions };
    }
    const claims = await dependencies.accessTokens.verify(presented);
    if (!(await dependencies.sessions.isLive(claims.sessionId, claims.userId))) throw new HttpError(401, 'UNAUTHORIZED', 'This session ended (signed out or revoked): sign in again.');
    const { user, plan } = await liveUser(dependencies.planOf, claims.userId);
    return { userId: user.id, email: user.email, role: user.role, plan, via: { kind: 'session', sessionId: claims.sessionId }, permissions: rolePermissions[user.role] };
  };
}

async function liveUser(planOf: PlanResolver, userId: string) {
  const resolved = await planOf(userId);
  if (!resolved) throw new HttpError(401, 'UNAUTHORIZED', 'This account no longer exists.');
  if (resolved.user.disabled) throw new HttpError(403, 'FORBIDDEN', 'This account is disabled: ask its administrator or reseller.');
  return resolved;
}
