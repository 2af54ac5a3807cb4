export { localSandbox } from './local-sandbox.js';
export type { LocalSandbox, LocalSandboxOptions } from './local-sandbox.js';
