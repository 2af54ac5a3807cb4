/** Prices of one model in US dollars per million tokens. */
export interface ModelPricing {
  inputPerMillion: number;
  outputPerMillion: number;
  /** Price of prompt tokens served from the provider's cache; the input price when absent. */
  cachedInputPerMillion?: number;
}

/**
 * List prices (USD per million tokens, standard tier) of common models, as published by the
 * providers in 2025. Pass `pricing` to an adapter to override or to price any other model.
 * Looked up by the longest matching prefix, so dated snapshots (`gpt-4o-2024-08-06`) and
 * router prefixes (`openai/gpt-4o`) find their model.
 */
export const modelPricing: Readonly<Record<string, ModelPricing>> = {
  'gpt-5': { inputPerMillion: 1.25, cachedInputPerMillion: 0.125, outputPerMillion: 10 },
  'gpt-5-mini': { inputPerMillion: 0.25, cachedInputPerMillion: 0.025, outputPerMillion: 2 },
  'gpt-5-nano': { inputPerMillion: 0.05, cachedInputPerMillion: 0.005, outputPerMillion: 0.4 },
  'gpt-4.1': { inputPerMillion: 2, cachedInputPerMillion: 0.5, outputPerMillion: 8 },
  'gpt-4.1-mini': { inputPerMillion: 0.4, cachedInputPerMillion: 0.1, outputPerMillion: 1.6 },
  'gpt-4.1-nano': { inputPerMillion: 0.1, cachedInputPerMillion: 0.025, outputPerMillion: 0.4 },
  'gpt-4o': { inputPerMillion: 2.5, cachedInputPerMillion: 1.25, outputPerMillion: 10 },
  'gpt-4o-mini': { inputPerMillion: 0.15, cachedInputPerMillion: 0.075, outputPerMillion: 0.6 },
  o3: { inputPerMillion: 2, cachedInputPerMillion: 0.5, outputPerMillion: 8 },
  'o3-mini': { inputPerMillion: 1.1, cachedInputPerMillion: 0.55, outputPerMillion: 4.4 },
  'o4-mini': { inputPerMillion: 1.1, cachedInputPerMillion: 0.275, outputPerMillion: 4.4 },
  'claude-opus-4': { inputPerMillion: 15, cachedInputPerMillion: 1.5, outputPerMillion: 75 },
  'claude-opus-4-5': { inputPerMillion: 5, cachedInputPerMillion: 0.5, outputPerMillion: 25 },
  'claude-sonnet-4': { inputPerMillion: 3, cachedInputPerMillion: 0.3, outputPerMillion: 15 },
  'claude-3-7-sonnet': { inputPerMillion: 3, cachedInputPerMillion: 0.3, outputPerMillion: 15 },
  'claude-3-5-haiku': { inputPerMillion: 0.8, cachedInputPerMillion: 0.08, outputPerMillion: 4 },
  'claude-haiku-4-5': { inputPerMillion: 1, cachedInputPerMillion: 0.1, outputPerMillion: 5 },
  'gemini-2.5-pro': { inputPerMillion: 1.25, cachedInputPerMillion: 0.31, outputPerMillion: 10 },
  'gemini-2.5-flash': { inputPerMillion: 0.3, cachedInputPerMillion: 0.075, outputPerMillion: 2.5 },
  'gemini-2.5-flash-lite': { inputPerMillion: 0.1, cachedInputPerMillion: 0.025, outputPerMillion: 0.4 },
  'gemini-2.0-flash': { inputPerMillion: 0.1, cachedInputPerMillion: 0.025, outputPerMillion: 0.4 },
  'deepseek-chat': { inputPerMillion: 0.28, cachedInputPerMillion: 0.028, outputPerMillion: 0.42 },
  'deepseek-reasoner': { inputPerMillion: 0.28, cachedInputPerMillion: 0.028, outputPerMillion: 0.42 },
};

/**
 * The built-in price of a model, by the longest table key it starts with (after any
 * `provider/` prefix); undefined when unknown.
 *
 * @example
 * findModelPricing('openai/gpt-4.1-mini-2025-04-14'); // { inputPerMillion: 0.4, ... }
 */
export function findModelPricing(model: string): ModelPricing | undefined {
  const name = model.toLowerCase().split('/').pop() ?? '';
  let best: string | undefined;
  for (const key of Object.keys(modelPricing)) {
    if ((name === key || name.startsWith(`${key}-`)) && (best === undefined || key.length > best.length)) best = key;
  }
  return best === undefined ? undefined : modelPricing[best];
}

/** Cost in USD of one call, cached prompt tokens at their own price. */
export function costUsd(pricing: ModelPricing, usage: { inputTokens: number; outputTokens: number; cachedInputTokens?: number | undefined }): number {
  const cached = Math.min(usage.cachedInputTokens ?? 0, usage.inputTokens);
  const cost = (usage.inputTokens - cached) * pricing.inputPerMillion + cached * (pricing.cachedInputPerMillion ?? pricing.inputPerMillion) + usage.outputTokens * pricing.outputPerMillion;
  return cost / 1_000_000;
}
