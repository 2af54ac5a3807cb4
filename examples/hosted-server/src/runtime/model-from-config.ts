import { isAbsolute, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { LlmAdapter } from '@buildwright/core';
import { scriptedModelPerRun } from './scripted-model-per-run.js';

/** The example's folder: relative transcript paths start here. */
const exampleDir = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The model named by `LLM`: `script:<transcript.json>` (offline replay, the default) or
 * `openai:<model>` (any OpenAI-compatible endpoint: OPENAI_API_KEY, OPENAI_BASE_URL).
 *
 * @example
 * const llm = await modelFromConfig('openai:gpt-4.1-mini');
 */
export async function modelFromConfig(llm: string): Promise<LlmAdapter> {
  const [kind, ...rest] = llm.split(':');
  const value = rest.join(':');
  if (kind === 'script' && value) return scriptedModelPerRun(isAbsolute(value) ? value : resolve(exampleDir, value));
  if (kind === 'openai' && value) {
    const { openaiLlm } = await import('@buildwright/adapters/openai');
    return openaiLlm({ model: value });
  }
  throw new Error(`LLM=${llm} is not a model: use script:<transcript.json> or openai:<model>.`);
}
