export { langchainLlm } from './langchain-llm.js';
export type { LangchainLlmOptions } from './langchain-llm.js';
export { fromLangChainMessages, toLangChainMessages } from './langchain-messages.js';
export { costUsd, findModelPricing, modelPricing } from '../llm-common/model-pricing.js';
export type { ModelPricing } from '../llm-common/model-pricing.js';
export type { LlmCallOptions } from '../llm-common/llm-call-options.js';
