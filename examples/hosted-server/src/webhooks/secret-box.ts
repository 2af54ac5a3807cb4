import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/** Encrypts the secrets the server must read back (webhook signing secrets): AES-256-GCM under a key derived from APP_SECRET. */
export interface SecretBox {
  seal(plaintext: string): string;
  open(sealed: string): string;
}

/**
 * `v1.<iv>.<tag>.<ciphertext>` (base64url), key = SHA-256 of `appSecret` and `purpose`.
 *
 * @example
 * const box = secretBox(config.appSecret, 'webhook-secrets');
 * const stored = box.seal(secret);
 */
export function secretBox(appSecret: string, purpose: string): SecretBox {
  const key = createHash('sha256').update(`${purpose}:${appSecret}`).digest();
  return {
    seal(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return ['v1', iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), ciphertext.toString('base64url')].join('.');
    },
    open(sealed) {
      const [version, iv, tag, ciphertext] = sealed.split('.');
      if (version !== 'v1' || !iv || !tag || ciphertext === undefined) throw new Error('A sealed secret is malformed (expected v1.<iv>.<tag>.<ciphertext>).');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64url'));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString('utf8');
    },
  };
}
