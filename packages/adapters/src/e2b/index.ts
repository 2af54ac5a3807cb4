export { e2bSandbox } from './e2b-sandbox.js';
export type { E2bSandbox, E2bSandboxOptions } from './e2b-sandbox.js';
export type { E2bCommandHandle, E2bCommandOptions, E2bConnectionOptions, E2bSandboxClass, E2bSandboxInstance } from './e2b-api.js';
