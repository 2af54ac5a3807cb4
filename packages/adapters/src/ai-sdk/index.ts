export { aiSdkLlm } from './ai-sdk-llm.js';
export type { AiSdkLlmOptions } from './ai-sdk-llm.js';
export { toAiSdkPrompt } from './ai-sdk-messages.js';
