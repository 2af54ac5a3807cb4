import type { Sandbox, SandboxAdapter } from '../../spec/sandbox.js';
import type { SandboxSpecOptions } from '../sandbox-spec.js';

/** What every area of the sandbox spec shares. */
export interface SandboxSpecContext {
  options: SandboxSpecOptions;
  /** Opens a sandbox for a fresh project id; it is killed after the test. */
  open(suffix?: string): Promise<{ adapter: SandboxAdapter; sandbox: Sandbox; projectId: string }>;
  /** Sandboxes to kill after the current test (push one opened another way). */
  opened: Sandbox[];
}

export const defaultServerCommand = `node -e "require('http').createServer((q,s)=>s.end('ok')).listen(Number(process.env.PORT),'127.0.0.1')"`;

let projectCounter = 0;

export function createSandboxSpecContext(factory: () => SandboxAdapter | Promise<SandboxAdapter>, options: SandboxSpecOptions): SandboxSpecContext {
  const opened: Sandbox[] = [];
  return {
    options,
    opened,
    async open(suffix = '') {
      const adapter = await factory();
      projectCounter += 1;
      const projectId = `spec-${process.pid}-${Date.now().toString(36)}-${projectCounter}${suffix}`;
      const sandbox = await adapter.open({ projectId });
      opened.push(sandbox);
      return { adapter, sandbox, projectId };
    },
  };
}

export { expectCode } from '../expect-code.js';

export function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
