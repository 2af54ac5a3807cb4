import { BuildwrightError } from '@buildwright/core';
import type * as OpenAiModule from 'openai';
import type OpenAI from 'openai';
import { importPeer } from '../internal/peer-dependency.js';

/** What an adapter on the `openai` client is given to reach its server. */
export interface OpenAiClientOptions {
  apiKey?: string;
  baseURL?: string;
  headers?: Record<string, string>;
}

const placeholderKey = 'buildwright-no-api-key';

/**
 * The `openai` client an adapter calls through, made on first use: the key from the option, else
 * `OPENAI_API_KEY`; the endpoint from the option, else `OPENAI_BASE_URL`, else OpenAI. Without a key
 * and a base URL, `LLM_MISSING_API_KEY` naming `adapter` (a local server needs no key).
 *
 * @example
 * const { sdk, client, baseURL } = await openAiClient('openaiEmbeddings', options, { maxRetries: 2, timeout: 60_000 }, 'templates.md#embeddings');
 */
export async function openAiClient(
  adapter: string,
  options: OpenAiClientOptions,
  settings: { maxRetries: number; timeout: number },
  docsPage: string,
): Promise<{ sdk: typeof OpenAiModule; client: OpenAI; baseURL: string | undefined }> {
  const env = globalThis.process?.env ?? {};
  const apiKey = options.apiKey ?? env['OPENAI_API_KEY'] ?? undefined;
  const baseURL = options.baseURL ?? (env['OPENAI_BASE_URL'] || undefined);
  if (!apiKey && !baseURL) {
    throw new BuildwrightError({
      code: 'LLM_MISSING_API_KEY',
      docsPage,
      message: `No API key for ${adapter}: pass apiKey, set OPENAI_API_KEY, or set OPENAI_BASE_URL (or baseURL) to an OpenAI-compatible server that needs none, such as Ollama.`,
    });
  }
  const sdk = await importPeer(adapter, 'openai', () => import('openai'));
  const client = new sdk.OpenAI({
    apiKey: apiKey || placeholderKey,
    ...(baseURL === undefined ? {} : { baseURL }),
    ...(options.headers === undefined ? {} : { defaultHeaders: options.headers }),
    ...settings,
  });
  return { sdk, client, baseURL };
}
