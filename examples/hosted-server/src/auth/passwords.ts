import { hash, verify } from '@node-rs/argon2';

// argon2id with the library's defaults (19 MiB, 2 passes): OWASP's minimum for argon2id.

/** Hashes a password for storage (argon2id, salted, PHC string). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

/** True when `password` matches a stored hash; false (never a throw) on a malformed hash. */
export async function verifyPassword(storedHash: string, password: string): Promise<boolean> {
  try {
    return await verify(storedHash, password);
  } catch {
    return false;
  }
}

/**
 * A hash of a random password, computed once: login verifies against it when the email is unknown,
 * so an unknown email takes as long as a wrong password and emails cannot be probed by timing.
 */
let decoyHash: Promise<string> | undefined;
export function decoyPasswordHash(): Promise<string> {
  decoyHash ??= hash(crypto.randomUUID());
  return decoyHash;
}
