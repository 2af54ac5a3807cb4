export { aiSdkLlm } from './ai-sdk-llm.js';
export type { AiSdkLlmOptions } from './ai-sdk-llm.js';
export { toAiSdkPrompt } from './ai-sdk-messages.js';
export type { LlmCallOptions } from '../llm-common/llm-call-options.js';
