export { runStorageSpec } from '../testing/storage-spec.js';
export type { RunStorageSpecOptions } from '../testing/storage-spec.js';
export { runSandboxSpec } from '../testing/sandbox-spec.js';
export type { SandboxSpecOptions } from '../testing/sandbox-spec.js';
export { runLlmSpec } from '../testing/llm-spec.js';
export type { LlmSpecFactory, LlmSpecFault, LlmSpecOptions, LlmSpecScenario, LlmSpecSubject } from '../testing/llm-spec.js';
export { collectLlmStream } from '../testing/llm-spec/collect.js';
export type { CollectedLlmStream } from '../testing/llm-spec/collect.js';
