// The memory doubles live in core (`@buildwright/core/testing`, or `@buildwright/core/doubles`
// without vitest); this subpath keeps them where they were first published.
export { memorySandbox, memoryStorage } from '@buildwright/core/doubles';
export type { MemorySandboxCommand, MemorySandboxHandler, MemorySandboxOptions, MemorySandboxReply, MemoryStorage } from '@buildwright/core/doubles';
