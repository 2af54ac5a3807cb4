import { describe, expect, it } from 'vitest';
import { generateLicenceKeyPair, signLicenceKey, verifyLicenceKey, type LicenceClaims } from './licence-keys.js';

const keys = generateLicenceKeyPair();
const claims: LicenceClaims = { id: '6a1c3e52-0a51-4d3c-9d4f-0d1e2f3a4b5c', licensee: 'Acme', plan: 'team', seats: 5, expiresAt: '2031-01-01T00:00:00.000Z', issuedAt: '2030-01-01T00:00:00.000Z' };

describe('licence keys (offline)', () => {
  it('default: a signed key validates with the public key alone and gives back its claims', () => {
    const key = signLicenceKey(claims, keys.privateKeyPem);
    expect(key).toMatch(/^BWL1\.[\w-]+\.[\w-]+$/);
    expect(verifyLicenceKey(key, keys.publicKeyPem, new Date('2030-06-01T00:00:00Z'))).toEqual({ valid: true, claims });
  });

  it('error: expired at its expiry instant, with the claims to say which', () => {
    const key = signLicenceKey(claims, keys.privateKeyPem);
    expect(verifyLicenceKey(key, keys.publicKeyPem, new Date('2031-01-01T00:00:00Z'))).toEqual({ valid: false, reason: 'expired', claims });
  });

  it('error: changed claims, another issuer’s key and garbage are refused', () => {
    const key = signLicenceKey(claims, keys.privateKeyPem);
    const [prefix, , signature] = key.split('.');
    const upgraded = Buffer.from(JSON.stringify({ ...claims, seats: 500 })).toString('base64url');
    expect(verifyLicenceKey(`${prefix}.${upgraded}.${signature}`, keys.publicKeyPem)).toEqual({ valid: false, reason: 'bad-signature' });
    const other = generateLicenceKeyPair();
    expect(verifyLicenceKey(signLicenceKey(claims, other.privateKeyPem), keys.publicKeyPem)).toEqual({ valid: false, reason: 'bad-signature' });
    for (const garbage of ['', 'BWL1', 'BWL2.a.b', `${key}.extra`, 'BWL1.!!.??']) expect(verifyLicenceKey(garbage, keys.publicKeyPem).valid).toBe(false);
  });
});
