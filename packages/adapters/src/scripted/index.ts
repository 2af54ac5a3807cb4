export { scriptedLlm } from './scripted-llm.js';
export type { ScriptedLlmOptions } from './scripted-llm.js';
