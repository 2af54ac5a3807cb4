import { BuildwrightError, type LlmAdapter, type LlmCallContext, type LlmRequest, type LlmStreamPart } from '@buildwright/core';
import type * as OpenAiModule from 'openai';
import type OpenAI from 'openai';
import { promptCharacters } from '../llm-common/call-usage.js';
import { toolModeOf, type LlmCallOptions } from '../llm-common/llm-call-options.js';
import { deferredStream, retryingStream, retrySettings } from '../llm-common/retrying-stream.js';
import { createChunkReader } from './openai-chunk-reader.js';
import { openAiError } from './openai-errors.js';
import { toOpenAiMessages, toOpenAiTextModeMessages, toOpenAiTools } from './openai-messages.js';
import { requirePeers } from '../internal/peer-dependency.js';
import { openAiClient } from './openai-client.js';

export interface OpenaiLlmOptions extends LlmCallOptions {
  /** Model id, e.g. `gpt-4.1-mini`, `deepseek-chat`, `llama3.1` (Ollama). */
  model: string;
  /** API key; else `OPENAI_API_KEY`. Optional with a `baseURL` (local servers need none). */
  apiKey?: string;
  /** Any OpenAI-compatible endpoint, e.g. `http://localhost:11434/v1`; else `OPENAI_BASE_URL`, else OpenAI. */
  baseURL?: string;
  /** Extra HTTP headers on every request (OpenRouter's `HTTP-Referer`, a proxy's auth...). */
  headers?: Record<string, string>;
  temperature?: number;
  /** Cap on generated tokens (`max_completion_tokens` on OpenAI, `max_tokens` elsewhere). */
  maxOutputTokens?: number;
  /** Provider name in events and logs. Default `openai`. */
  provider?: string;
  /**
   * The `user` field of each request, from the call's owner, run and node (e.g. a hash of the
   * owner id, for the provider's abuse monitoring); not sent when it returns undefined. Default:
   * never sent, so your owner ids stay in your system and servers that reject the field still work.
   */
  user?: (context: LlmCallContext) => string | undefined;
}

const docs = 'openai.md';

/**
 * An LlmAdapter for any OpenAI-compatible chat-completions endpoint (OpenAI, OpenRouter,
 * DeepSeek, Groq, Together, Ollama, vLLM, LM Studio) on the official `openai` client. Streams
 * text deltas, assembles tool calls, reports usage and cost, retries 429/5xx/cut connections
 * (honouring retry-after) with a `retry` part per retry. No I/O until the first call; the key
 * is read then (option, then `OPENAI_API_KEY`). See docs/openai.md.
 *
 * @example
 * const llm = openaiLlm({ model: 'gpt-4.1-mini' });
 * const local = openaiLlm({ model: 'qwen2.5-coder', baseURL: 'http://localhost:11434/v1', toolMode: 'text' });
 */
export function openaiLlm(options: OpenaiLlmOptions): LlmAdapter {
  requirePeers('openaiLlm', ['openai']);
  validate(options);
  const toolMode = toolModeOf('openaiLlm', options, docs);
  const { timeoutMs } = retrySettings(options);
  let connection: Promise<{ sdk: typeof OpenAiModule; client: OpenAI; label: string; openAi: boolean }> | undefined;

  const connect = async () => {
    // We retry ourselves, so that each retry is visible as a `retry` part.
    const { sdk, client, baseURL } = await openAiClient('openaiLlm', options, { maxRetries: 0, timeout: timeoutMs }, docs);
    return { sdk, client, label: `${options.model} at ${baseURL ?? 'https://api.openai.com/v1'}`, openAi: baseURL === undefined || /api\.openai\.com/.test(baseURL) };
  };

  return {
    specificationVersion: 'v1',
    provider: options.provider ?? 'openai',
    modelId: options.model,
    stream(request: LlmRequest): AsyncIterable<LlmStreamPart> {
      return deferredStream(() => open(request));
    },
  };

  async function open(request: LlmRequest): Promise<AsyncIterable<LlmStreamPart>> {
    connection ??= connect();
    let connected: Awaited<typeof connection>;
    try {
      connected = await connection;
    } catch (error) {
      connection = undefined;
      throw error;
    }
    const { sdk, client, label } = connected;
    const native = toolMode === 'native';
    const body: OpenAI.Chat.Completions.ChatCompletionCreateParamsStreaming = {
      model: options.model,
      messages: native ? toOpenAiMessages(request.messages) : toOpenAiTextModeMessages(request.messages, request.tools),
      stream: true,
      stream_options: { include_usage: true },
      ...(native && request.tools.length > 0 ? { tools: toOpenAiTools(request.tools) } : {}),
      ...(options.temperature === undefined ? {} : { temperature: options.temperature }),
      ...(options.maxOutputTokens === undefined ? {} : connected.openAi ? { max_completion_tokens: options.maxOutputTokens } : { max_tokens: options.maxOutputTokens }),
    };
    const user = request.context && options.user?.(request.context);
    if (user !== undefined) body.user = user;
    const characters = promptCharacters(request.messages, request.tools);
    return retryingStream({
      signal: request.signal,
      ...retrySettings(options),
      label,
      docs,
      toError: (error) => openAiError(error, sdk, label),
      async run(context) {
        const response = await client.chat.completions.create(body, { signal: context.signal });
        context.touch();
        const reader = createChunkReader({
          emit: context.emit,
          toolMode,
          tools: request.tools,
          model: options.model,
          pricing: options.pricing,
          promptCharacters: characters,
          label,
        });
        for await (const chunk of response) {
          context.touch();
          reader.read(chunk);
        }
        // The client ends the iteration quietly when aborted; the stream wrapper reports why.
        if (context.signal.aborted) return;
        reader.finish();
      },
    });
  }
}

function validate(options: OpenaiLlmOptions): void {
  const fail = (message: string): never => {
    throw new BuildwrightError({ code: 'INVALID_INPUT', docsPage: docs, message: `openaiLlm: ${message}` });
  };
  if (typeof options?.model !== 'string' || options.model.trim() === '') fail('`model` is required, e.g. openaiLlm({ model: "gpt-4.1-mini" }).');
  for (const key of ['timeoutMs', 'maxRetries', 'retryDelayMs', 'maxRetryWaitMs', 'maxOutputTokens', 'temperature'] as const) {
    const value = options[key];
    if (value !== undefined && (typeof value !== 'number' || !Number.isFinite(value) || value < 0)) fail(`\`${key}\` must be a number >= 0, got ${String(value)}.`);
  }
  if (options.timeoutMs === 0) fail('`timeoutMs` must be more than 0.');
}
