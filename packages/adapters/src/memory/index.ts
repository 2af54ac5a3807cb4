export { memoryStorage } from './memory-storage.js';
export type { MemoryStorage } from './memory-storage.js';
export { memorySandbox } from './memory-sandbox.js';
export type { MemorySandboxCommand, MemorySandboxHandler, MemorySandboxOptions, MemorySandboxReply } from './memory-sandbox.js';
