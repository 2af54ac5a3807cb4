import type { LlmMessage, LlmToolDefinition, LlmUsage } from '@buildwright/core';
import { costUsd, findModelPricing, type ModelPricing } from './model-pricing.js';

/** Rough token count of a text: four characters a token. */
export function estimateTokens(characters: number): number {
  return Math.ceil(characters / 4);
}

/** Characters of the prompt a request sends: messages, tool calls in them, tool schemas. */
export function promptCharacters(messages: LlmMessage[], tools: LlmToolDefinition[]): number {
  let characters = 0;
  for (const message of messages) {
    characters += message.content.length;
    if (message.role === 'assistant') for (const call of message.toolCalls ?? []) characters += call.name.length + call.argumentsText.length;
  }
  for (const tool of tools) characters += tool.name.length + tool.description.length + JSON.stringify(tool.parameters).length;
  return characters;
}

/**
 * The usage part of one call: the server's figures when it sent them, else an estimate from
 * characters marked `estimated: true`; cost from `pricing`, else the built-in table.
 */
export function callUsage(options: {
  model: string;
  reported: { inputTokens: number; outputTokens: number; cachedInputTokens?: number | undefined } | undefined;
  promptCharacters: number;
  outputCharacters: number;
  pricing: ModelPricing | undefined;
}): LlmUsage {
  const figures = options.reported ?? { inputTokens: estimateTokens(options.promptCharacters), outputTokens: estimateTokens(options.outputCharacters) };
  const pricing = options.pricing ?? findModelPricing(options.model);
  return {
    model: options.model,
    inputTokens: figures.inputTokens,
    outputTokens: figures.outputTokens,
    ...(figures.cachedInputTokens === undefined ? {} : { cachedInputTokens: figures.cachedInputTokens }),
    ...(pricing === undefined ? {} : { costUsd: costUsd(pricing, figures) }),
    estimated: options.reported === undefined,
  };
}
