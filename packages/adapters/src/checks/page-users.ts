import type { Sandbox } from '@buildwright/core';

/**
 * The checks loading a sandbox's app in Chromium now (the browser check, the e2e tests), so that
 * Lighthouse can wait for them: its trace and its Node.js work (about a second of config and
 * audits on the event loop every page check's requests go through, see page-egress.ts) slowed
 * them several times over when all ran at once, and their pages took CPU from the load it measures.
 */
export interface PageUsers {
  /** Marks a check of `sandbox` loading pages until the returned function is called (idempotent). */
  use(sandbox: Sandbox): () => void;
  /** Resolves once no check of `sandbox` loads pages: those marked now, and any marked while it waits. */
  idle(sandbox: Sandbox): Promise<void>;
}

/**
 * @example
 * const pages = createPageUsers();
 * const done = pages.use(sandbox);
 * try { await loadTheApp(); } finally { done(); }
 * await pages.idle(sandbox); // elsewhere: after every page check of the sandbox ended
 */
export function createPageUsers(): PageUsers {
  const users = new WeakMap<Sandbox, Set<Promise<void>>>();
  const of = (sandbox: Sandbox) => {
    let found = users.get(sandbox);
    if (!found) users.set(sandbox, (found = new Set()));
    return found;
  };
  return {
    use(sandbox) {
      const using = of(sandbox);
      let end!: () => void;
      const ended = new Promise<void>((resolve) => (end = resolve));
      using.add(ended);
      return () => {
        using.delete(ended);
        end();
      };
    },
    async idle(sandbox) {
      const using = of(sandbox);
      while (using.size > 0) await Promise.all([...using]);
    },
  };
}
