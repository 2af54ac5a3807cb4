export { localSandbox } from './local-sandbox.js';
export type { LocalSandbox, LocalSandboxOptions } from './local-sandbox.js';
export { defaultSandboxLimits } from './command-limits.js';
export type { SandboxLimitName, SandboxLimits } from './command-limits.js';
