// The scripted model lives in core (`@buildwright/core/testing`, or `@buildwright/core/doubles`
// without vitest); this subpath keeps it where it was first published.
export { scriptedLlm } from '@buildwright/core/doubles';
export type { ScriptedLlmOptions } from '@buildwright/core/doubles';
