import { HttpError } from '../http/http-error.js';
import type { LicenceStatus } from './licence-store.js';

type Reason = Extract<LicenceStatus, { valid: false }>['reason'];

/**
 * The coded 400 `POST /licences/activate` answers for a key that is not valid: `LICENCE_EXPIRED`,
 * `LICENCE_REVOKED`, or `LICENCE_INVALID` (not a key of this service: malformed, bad signature, unknown).
 *
 * @example
 * if (!status.valid) throw licenceRefusal(status.reason);
 */
export function licenceRefusal(reason: Reason): HttpError {
  if (reason === 'expired') return new HttpError(400, 'LICENCE_EXPIRED', 'This licence key has expired: ask its issuer for a renewed key.');
  if (reason === 'revoked') return new HttpError(400, 'LICENCE_REVOKED', 'This licence key was revoked by its issuer: ask them for a new one.');
  return new HttpError(400, 'LICENCE_INVALID', `This is not a licence key of this service (${reason}): paste the whole BWL1.… key you were given.`);
}
