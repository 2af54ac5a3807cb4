import { BuildwrightError, toTaggedTextMessages, type LlmAdapter, type LlmRequest, type LlmStreamPart, type LlmToolDefinition } from '@buildwright/core';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { BaseMessage } from '@langchain/core/messages';
import { promptCharacters } from '../llm-common/call-usage.js';
import { toolModeOf, type LlmCallOptions } from '../llm-common/llm-call-options.js';
import { deferredStream, retryingStream, retrySettings } from '../llm-common/retrying-stream.js';
import { createLangChainChunkReader } from './langchain-chunk-reader.js';
import { langChainError } from './langchain-errors.js';
import { toLangChainMessages } from './langchain-messages.js';
import { requirePeers } from '../internal/peer-dependency.js';

export interface LangchainLlmOptions extends LlmCallOptions {
  /** Provider name for events; default the model's `_llmType()` (`openai`, `anthropic`...). */
  provider?: string;
  /** Model id for usage and events; default the model's `model` / `modelName` field. */
  modelId?: string;
}

const docs = 'langchain.md';

/**
 * An LlmAdapter over any LangChain chat model (`@langchain/core` BaseChatModel): Anthropic,
 * Gemini, Hugging Face, Bedrock, OpenAI... Tools are bound with `bindTools`; text deltas,
 * tool-call chunks and `usage_metadata` are streamed into Buildwright parts; failures become
 * LLM_* errors with retries shown as `retry` parts. No I/O when created. See docs/langchain.md.
 *
 * @example
 * import { ChatAnthropic } from '@langchain/anthropic';
 * const llm = langchainLlm(new ChatAnthropic({ model: 'claude-sonnet-4-5', maxRetries: 0 }));
 */
export function langchainLlm(chatModel: BaseChatModel, options: LangchainLlmOptions = {}): LlmAdapter {
  requirePeers('langchainLlm', ['@langchain/core']);
  const toolMode = toolModeOf('langchainLlm', options, docs);
  if (typeof chatModel?.stream !== 'function') {
    throw new BuildwrightError({ code: 'INVALID_INPUT', docsPage: docs, message: `langchainLlm needs a LangChain chat model (a BaseChatModel from @langchain/core).` });
  }
  if (toolMode === 'native' && typeof chatModel.bindTools !== 'function') {
    throw new BuildwrightError({
      code: 'INVALID_INPUT',
      docsPage: docs,
      message: `This chat model (${chatModel._llmType?.() ?? 'unknown'}) has no bindTools(), so it cannot call tools natively. Pass { toolMode: 'text' } to use the tagged-text protocol.`,
    });
  }
  const fields = chatModel as unknown as { model?: unknown; modelName?: unknown };
  const modelId = options.modelId ?? [fields.model, fields.modelName].find((value): value is string => typeof value === 'string' && value !== '') ?? chatModel._llmType?.() ?? 'langchain';
  const provider = options.provider ?? chatModel._llmType?.() ?? 'langchain';
  const label = `${provider} model ${modelId}`;

  return {
    specificationVersion: 'v1',
    provider,
    modelId,
    stream(request: LlmRequest): AsyncIterable<LlmStreamPart> {
      // Nothing to connect: binding tools is local, so the stream opens at once.
      return deferredStream(async () => open(request));
    },
  };

  function open(request: LlmRequest): AsyncIterable<LlmStreamPart> {
    const native = toolMode === 'native';
    const runnable = native && request.tools.length > 0 ? chatModel.bindTools!(toLangChainTools(request.tools)) : chatModel;
    const messages: BaseMessage[] = toLangChainMessages(native ? request.messages : toTaggedTextMessages(request.messages, request.tools));
    const characters = promptCharacters(request.messages, request.tools);
    return retryingStream({
      signal: request.signal,
      ...retrySettings(options),
      label,
      docs,
      toError: (error) => langChainError(error, label),
      async run(context) {
        // The call's owner, run and node reach LangChain callbacks and tracing (LangSmith) as metadata; providers never see it.
        const stream = await runnable.stream(messages, { signal: context.signal, ...(request.context ? { metadata: { buildwright: { ...request.context } } } : {}) });
        context.touch();
        const reader = createLangChainChunkReader({ emit: context.emit, toolMode, tools: request.tools, model: modelId, pricing: options.pricing, promptCharacters: characters });
        for await (const chunk of stream) {
          context.touch();
          reader.read(chunk);
        }
        if (context.signal.aborted) return;
        reader.finish();
      },
    });
  }
}

/** Tools in the OpenAI function shape, which every LangChain `bindTools` accepts. */
function toLangChainTools(tools: LlmToolDefinition[]) {
  return tools.map((tool) => ({ type: 'function' as const, function: { name: tool.name, description: tool.description, parameters: tool.parameters } }));
}
