import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { isPlanName, type PlanName } from '../config/plans.js';

/** Start of every licence key (format version 1). */
export const licencePrefix = 'BWL1';

/** What a licence binds; the key is these claims, signed. */
export interface LicenceClaims {
  /** The licence's id: revocation and seat activations are kept under it. */
  id: string;
  /** Who it was issued to (a name or email, informational). */
  licensee: string;
  plan: PlanName;
  /** Accounts that may activate it. */
  seats: number;
  /** ISO instant after which it is no longer valid. */
  expiresAt: string;
  issuedAt: string;
}

/** The outcome of {@link verifyLicenceKey}. */
export type LicenceVerification = { valid: true; claims: LicenceClaims } | { valid: false; reason: 'malformed' | 'bad-signature' | 'expired'; claims?: LicenceClaims };

const toKey = (key: KeyObject | string, kind: 'private' | 'public') => (typeof key === 'string' ? (kind === 'private' ? createPrivateKey(key) : createPublicKey(key)) : key);

/**
 * Signs licence claims with an Ed25519 private key: `BWL1.<claims, base64url JSON>.<signature, base64url>`.
 *
 * @example
 * const key = signLicenceKey(claims, process.env.LICENCE_PRIVATE_KEY!);
 */
export function signLicenceKey(claims: LicenceClaims, privateKey: KeyObject | string): string {
  const body = Buffer.from(JSON.stringify(claims)).toString('base64url');
  const signature = sign(null, Buffer.from(`${licencePrefix}.${body}`), toKey(privateKey, 'private')).toString('base64url');
  return `${licencePrefix}.${body}.${signature}`;
}

/**
 * Validates a licence key offline, with the public key alone: its signature, its shape and its
 * expiry at `now`. Revocation needs the issuer's records (the `/licences/validate` route checks both).
 *
 * @example
 * const result = verifyLicenceKey(key, publicKeyPem);
 * if (result.valid) console.log(result.claims.plan, result.claims.seats);
 */
export function verifyLicenceKey(key: string, publicKey: KeyObject | string, now: Date = new Date()): LicenceVerification {
  const [prefix, body, signature, ...rest] = key.trim().split('.');
  if (prefix !== licencePrefix || !body || !signature || rest.length > 0) return { valid: false, reason: 'malformed' };
  let signed: boolean;
  try {
    signed = verify(null, Buffer.from(`${licencePrefix}.${body}`), toKey(publicKey, 'public'), Buffer.from(signature, 'base64url'));
  } catch {
    return { valid: false, reason: 'malformed' };
  }
  if (!signed) return { valid: false, reason: 'bad-signature' };
  const claims = parseClaims(body);
  if (!claims) return { valid: false, reason: 'malformed' };
  if (Date.parse(claims.expiresAt) <= now.getTime()) return { valid: false, reason: 'expired', claims };
  return { valid: true, claims };
}

function parseClaims(body: string): LicenceClaims | undefined {
  try {
    const value = JSON.parse(Buffer.from(body, 'base64url').toString('utf8')) as Partial<LicenceClaims>;
    const ok =
      typeof value.id === 'string' &&
      typeof value.licensee === 'string' &&
      isPlanName(value.plan) &&
      Number.isInteger(value.seats) &&
      typeof value.expiresAt === 'string' &&
      !Number.isNaN(Date.parse(value.expiresAt)) &&
      typeof value.issuedAt === 'string';
    return ok ? (value as LicenceClaims) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A new Ed25519 key pair as PEM strings (LICENCE_PRIVATE_KEY, LICENCE_PUBLIC_KEY).
 *
 * @example
 * const { privateKeyPem, publicKeyPem } = generateLicenceKeyPair();
 */
export function generateLicenceKeyPair(): { privateKeyPem: string; publicKeyPem: string } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privateKeyPem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), publicKeyPem: publicKey.export({ type: 'spki', format: 'pem' }).toString() };
}
