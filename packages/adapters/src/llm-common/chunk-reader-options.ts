import type { LlmStreamPart, LlmToolDefinition } from '@buildwright/core';
import type { ModelPricing } from './model-pricing.js';

/** What every adapter's chunk reader is given for one model call. */
export interface ChunkReaderOptions {
  /** Hands a stream part to the caller. */
  emit(part: LlmStreamPart): void;
  /** Native tool calls, or tool calls written as tagged text in the reply. */
  toolMode: 'native' | 'text';
  tools: LlmToolDefinition[];
  /** The model id, for pricing. */
  model: string;
  pricing: ModelPricing | undefined;
  /** The prompt's size, for estimating usage the provider does not report. */
  promptCharacters: number;
}
