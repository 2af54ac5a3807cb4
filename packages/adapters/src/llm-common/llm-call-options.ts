import { BuildwrightError } from '@buildwright/core';
import type { ModelPricing } from './model-pricing.js';

/** The options every model adapter takes: how tools are called, what calls cost, how failures are retried. */
export interface LlmCallOptions {
  /** `'native'` (default): the model's own tool calling. `'text'`: the tagged-text protocol, for models without it. */
  toolMode?: 'native' | 'text';
  /** Prices for cost; default the built-in table (`modelPricing`), none for unknown models. */
  pricing?: ModelPricing;
  /** Longest silence, waiting for the response or between two parts of it, before LLM_TIMEOUT. Default 120000. */
  timeoutMs?: number;
  /** Retries on 429, 5xx, a cut connection or a stall, with a `retry` part each. Default 2 (turn the vendor client's own retries off). */
  maxRetries?: number;
  /** First backoff wait when the server sends no retry-after; doubles each retry. Default 1000. */
  retryDelayMs?: number;
  /** Longest retry-after honoured; a longer one fails at once with LLM_RATE_LIMITED. Default 60000. */
  maxRetryWaitMs?: number;
}

/** The adapter's tool mode (default `'native'`); INVALID_INPUT for anything but `'native'` or `'text'`. */
export function toolModeOf(adapter: string, options: LlmCallOptions, docsPage: string): 'native' | 'text' {
  const toolMode = options.toolMode ?? 'native';
  if (toolMode !== 'native' && toolMode !== 'text') {
    throw new BuildwrightError({ code: 'INVALID_INPUT', docsPage, message: `${adapter}: \`toolMode\` must be 'native' or 'text', got ${String(toolMode)}.` });
  }
  return toolMode;
}
