import { HttpError } from '../http/http-error.js';

/** Sockets one user may hold open in this process. */
export interface SocketCaps {
  /** Takes one of `userId`'s slots (a 429 `HttpError` at the limit); the returned function gives it back (once). */
  acquire(userId: string): () => void;
}

/**
 * Counts open sockets per user in this process, as the SDK caps SSE streams per owner
 * (`maxStreamsPerOwner`, 50 by default).
 *
 * @example
 * const sockets = socketCaps(50);
 * const release = sockets.acquire(userId); // on close: release()
 */
export function socketCaps(limit: number): SocketCaps {
  const held = new Map<string, number>();
  return {
    acquire(userId) {
      const count = held.get(userId) ?? 0;
      if (count >= limit) throw new HttpError(429, 'TOO_MANY_REQUESTS', `This account already has ${count} sockets open, the limit: close some, then connect again.`);
      held.set(userId, count + 1);
      let released = false;
      return () => {
        if (released) return;
        released = true;
        const left = (held.get(userId) ?? 1) - 1;
        if (left > 0) held.set(userId, left);
        else held.delete(userId);
      };
    },
  };
}
