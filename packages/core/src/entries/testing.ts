export { runStorageSpec } from '../testing/storage-spec.js';
export type { RunStorageSpecOptions } from '../testing/storage-spec.js';
export { runSandboxSpec } from '../testing/sandbox-spec.js';
export type { SandboxSpecOptions } from '../testing/sandbox-spec.js';
