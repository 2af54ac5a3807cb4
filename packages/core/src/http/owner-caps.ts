import { httpError } from './errors.js';

/** Concurrent things one owner may hold open through the handler (event streams, running runs). */
export interface OwnerCaps {
  /**
   * Takes one slot of `owner`, or throws `TOO_MANY_REQUESTS` (429 with `Retry-After`) when the
   * owner already holds `limit`. The returned function gives the slot back (once).
   */
  acquire(owner: string): () => void;
}

/**
 * Counts slots per owner in this process (a hosted deployment behind several processes caps
 * each one).
 *
 * @example
 * const streams = ownerCaps({ limit: 50, what: 'event streams', retryAfterSeconds: 5 });
 * const release = streams.acquire(ownerId); // later: release()
 */
export function ownerCaps(options: { limit: number; what: string; retryAfterSeconds: number }): OwnerCaps {
  const held = new Map<string, number>();
  return {
    acquire(owner) {
      const count = held.get(owner) ?? 0;
      if (count >= options.limit) {
        throw httpError('TOO_MANY_REQUESTS', `This account already has ${count} ${options.what} open, the limit. Close some or wait for them to end, then try again.`, {
          retryAfterSeconds: options.retryAfterSeconds,
        });
      }
      held.set(owner, count + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const left = (held.get(owner) ?? 1) - 1;
        if (left > 0) held.set(owner, left);
        else held.delete(owner);
      };
    },
  };
}
