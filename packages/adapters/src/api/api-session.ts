import type { Sandbox, SandboxServer } from '@buildwright/core';

/** The API server the start check started in a sandbox. */
export interface RunningApi {
  server: SandboxServer;
  /** Where this machine reaches it. */
  url: string;
  /** Project-relative file the server's stdout and stderr go to. */
  logPath: string;
}

/**
 * State shared by the checks of one `apiChecks()`: the server the start check started in each
 * sandbox, which the contract check calls and which keeps serving after the run (the run's
 * preview URL). Starting a new one stops the old one.
 *
 * @example
 * const session = createApiSession();
 * const checks = [startCheck({ session }), contractCheck({ session })];
 */
export interface ApiSession {
  running(sandbox: Sandbox): RunningApi | undefined;
  /** Stops the sandbox's server, if any, and remembers `next` (or nothing). */
  replace(sandbox: Sandbox, next: RunningApi | undefined): Promise<void>;
}

export function createApiSession(): ApiSession {
  const servers = new WeakMap<Sandbox, RunningApi>();
  return {
    running: (sandbox) => servers.get(sandbox),
    async replace(sandbox, next) {
      const previous = servers.get(sandbox);
      if (next) servers.set(sandbox, next);
      else servers.delete(sandbox);
      if (previous && previous !== next) await previous.server.stop().catch(() => {});
    },
  };
}

/** The session of checks made without one (each check alone). */
export const sharedApiSession: ApiSession = createApiSession();
