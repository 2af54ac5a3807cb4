// Vendor-free stand-ins for the ports, without vitest: for scripts, demos and tests alike.
// `@buildwright/core/testing` exports them too, beside the conformance suites.
export { memoryStorage } from '../testing/doubles/memory-storage.js';
export type { MemoryStorage } from '../testing/doubles/memory-storage.js';
export { memorySandbox } from '../testing/doubles/memory-sandbox.js';
export type { MemorySandboxCommand, MemorySandboxHandler, MemorySandboxOptions, MemorySandboxReply } from '../testing/doubles/memory-sandbox.js';
export { scriptedLlm } from '../testing/doubles/scripted-llm.js';
export type { ScriptedLlmOptions } from '../testing/doubles/scripted-llm.js';
