export { openaiLlm } from './openai-llm.js';
export type { OpenaiLlmOptions } from './openai-llm.js';
export { costUsd, findModelPricing, modelPricing } from '../llm-common/model-pricing.js';
export type { ModelPricing } from '../llm-common/model-pricing.js';
export type { LlmCallOptions } from '../llm-common/llm-call-options.js';
export { openaiEmbeddings } from './openai-embeddings.js';
export type { OpenaiEmbeddingsOptions } from './openai-embeddings.js';
