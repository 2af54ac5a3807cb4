import type { Sandbox } from '@buildwright/core';

/** A shared use of a sandbox's node_modules: `signal` aborts when an install wants it; `release` lets go. */
export interface SharedUse {
  readonly signal: AbortSignal;
  release(): void;
}

/**
 * One owner of a sandbox's node_modules at a time. The install check replaces it (`exclusive`);
 * the check worker loads tools from it and writes its scratch space (`shared`, for as long as the
 * worker lives). An exclusive use first asks every shared user to let go (their signal aborts:
 * the worker stops) and waits until each has, and no shared use begins while an exclusive one
 * waits or runs. So an install never removes files the warm-up is still writing, and never leaves
 * a worker running on the node_modules it replaced.
 */
export interface NodeModulesOwner {
  exclusive<T>(work: () => Promise<T>): Promise<T>;
  shared(): Promise<SharedUse>;
}

/** Owners by sandbox directory: two Sandbox objects on one directory share one. */
const owners = new Map<string, NodeModulesOwner & { idle(): boolean }>();

export function nodeModulesOwner(sandbox: Sandbox): NodeModulesOwner {
  let owner = owners.get(sandbox.root);
  if (!owner) {
    const created = createOwner(() => owners.get(sandbox.root) === created && owners.delete(sandbox.root));
    owners.set(sandbox.root, (owner = created));
  }
  return owner;
}

function createOwner(forget: () => unknown): NodeModulesOwner & { idle(): boolean } {
  const shared = new Set<{ controller: AbortController; released: Promise<void> }>();
  let exclusives = 0;
  let tail: Promise<void> = Promise.resolve();
  const owner = {
    idle: () => exclusives === 0 && shared.size === 0,
    async exclusive<T>(work: () => Promise<T>): Promise<T> {
      exclusives += 1;
      const previous = tail;
      let done!: () => void;
      tail = new Promise<void>((resolve) => (done = resolve));
      try {
        await previous;
        for (const use of shared) use.controller.abort();
        await Promise.all([...shared].map((use) => use.released));
        return await work();
      } finally {
        exclusives -= 1;
        done();
        if (owner.idle()) forget();
      }
    },
    async shared(): Promise<SharedUse> {
      while (exclusives > 0) await tail;
      const controller = new AbortController();
      let release!: () => void;
      const use = { controller, released: new Promise<void>((resolve) => (release = resolve)) };
      shared.add(use);
      return {
        signal: controller.signal,
        release() {
          if (!shared.delete(use)) return;
          release();
          if (owner.idle()) forget();
        },
      };
    },
  };
  return owner;
}

/**
 * Starts a long-lived process that loads tools from the sandbox's node_modules (the check worker,
 * the security lint server) as a shared user: it starts only while no install runs, and as soon as
 * an install wants node_modules, `onReplaced` is called and the process stopped, then let go of.
 * `stop` of the answer stops the process and lets go.
 */
export async function startSharedUser<P extends { stop(): Promise<void> }>(sandbox: Sandbox, start: () => Promise<P>, onReplaced: () => void): Promise<{ started: P; stop(): Promise<void> }> {
  const use = await nodeModulesOwner(sandbox).shared();
  let started: P;
  try {
    started = await start();
  } catch (error) {
    use.release();
    throw error;
  }
  const stop = async () => {
    await started.stop().catch(() => {});
    use.release();
  };
  const replaced = () => {
    onReplaced();
    void stop();
  };
  if (use.signal.aborted) replaced();
  else use.signal.addEventListener('abort', replaced, { once: true });
  return { started, stop };
}
