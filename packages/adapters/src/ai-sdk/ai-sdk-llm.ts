import { BuildwrightError, toTaggedTextMessages, type LlmAdapter, type LlmRequest, type LlmStreamPart } from '@buildwright/core';
import type { LanguageModel } from 'ai';
import { promptCharacters } from '../llm-common/call-usage.js';
import { toolModeOf, type LlmCallOptions } from '../llm-common/llm-call-options.js';
import { deferredStream, retryingStream, retrySettings } from '../llm-common/retrying-stream.js';
import { importPeer, requirePeers } from '../internal/peer-dependency.js';
import { aiSdkError } from './ai-sdk-errors.js';
import { toAiSdkPrompt, toToolSet } from './ai-sdk-messages.js';
import { createAiSdkStreamReader } from './ai-sdk-stream-reader.js';

export interface AiSdkLlmOptions extends LlmCallOptions {
  /** Provider name for events; default the model's `provider` (`openai.chat`, `anthropic.messages`...), or `gateway` for a model id string. */
  provider?: string;
  /** Model id for usage and events; default the model's `modelId` (the billed model the provider reports wins). */
  modelId?: string;
}

const docs = 'ai-sdk.md';

/**
 * An LlmAdapter over any AI SDK language model (`LanguageModel` of the `ai` package: a provider's
 * model such as `openai.chat('gpt-4.1-mini')` or `anthropic('claude-sonnet-4-5')`, or a gateway
 * model id string), so AI SDK users bring their provider as it is. Each call is one `streamText`
 * step with the tools given as JSON Schema and no `execute` (Buildwright runs them); text, tool
 * input deltas, tool calls and usage become Buildwright parts; failures become LLM_* errors with
 * Buildwright's retries shown as `retry` parts. No I/O when created. See docs/ai-sdk.md.
 *
 * @example
 * import { createOpenAI } from '@ai-sdk/openai';
 * const llm = aiSdkLlm(createOpenAI({ apiKey }).chat('gpt-4.1-mini'));
 */
export function aiSdkLlm(model: LanguageModel, options: AiSdkLlmOptions = {}): LlmAdapter {
  requirePeers('aiSdkLlm', ['ai']);
  const toolMode = toolModeOf('aiSdkLlm', options, docs);
  if (typeof model !== 'string' && (typeof model !== 'object' || model === null || typeof (model as { doStream?: unknown }).doStream !== 'function')) {
    throw new BuildwrightError({
      code: 'INVALID_INPUT',
      docsPage: docs,
      message: 'aiSdkLlm needs an AI SDK language model (a provider model such as openai.chat("gpt-4.1-mini"), or a gateway model id string).',
    });
  }
  const modelId = options.modelId ?? (typeof model === 'string' ? model : model.modelId);
  const provider = options.provider ?? (typeof model === 'string' ? 'gateway' : model.provider);
  const label = `${provider} model ${modelId}`;

  return {
    specificationVersion: 'v1',
    provider,
    modelId,
    stream(request: LlmRequest): AsyncIterable<LlmStreamPart> {
      return deferredStream(async () => open(request, await importPeer('aiSdkLlm', 'ai', () => import('ai'))));
    },
  };

  function open(request: LlmRequest, { streamText }: typeof import('ai')): AsyncIterable<LlmStreamPart> {
    const native = toolMode === 'native';
    const prompt = toAiSdkPrompt(native ? request.messages : toTaggedTextMessages(request.messages, request.tools));
    const tools = native && request.tools.length > 0 ? toToolSet(request.tools) : undefined;
    const characters = promptCharacters(request.messages, request.tools);
    return retryingStream({
      signal: request.signal,
      ...retrySettings(options),
      label,
      docs,
      toError: (error) => aiSdkError(error, label),
      async run(context) {
        const result = streamText({
          model,
          ...(prompt.instructions.length > 0 ? { instructions: prompt.instructions } : {}),
          messages: prompt.messages,
          ...(tools ? { tools } : {}),
          // Buildwright retries (each shown as a `retry` part) and reports errors itself.
          maxRetries: 0,
          abortSignal: context.signal,
          onError: () => {},
        });
        const reader = createAiSdkStreamReader({ emit: context.emit, toolMode, tools: request.tools, model: modelId, pricing: options.pricing, promptCharacters: characters, label });
        for await (const part of result.fullStream) {
          context.touch();
          reader.read(part);
        }
        if (context.signal.aborted) return;
        reader.finish();
      },
    });
  }
}
