import { createTaggedTextParser, type LlmStreamPart, type LlmToolDefinition } from '@buildwright/core';

/**
 * For `toolMode: 'text'`: feeds streamed prose to the tagged-text parser and emits what it
 * parses, counting the tool calls it found. `undefined` in native mode.
 */
export function createTextModeReader(options: {
  toolMode: 'native' | 'text';
  tools: LlmToolDefinition[];
  emit(part: LlmStreamPart): void;
}): { push(text: string): void; end(): void; readonly toolCalls: number } | undefined {
  if (options.toolMode !== 'text') return undefined;
  const parser = createTaggedTextParser({ tools: options.tools, idPrefix: `call_${Math.random().toString(36).slice(2, 8)}_` });
  let toolCalls = 0;
  const emitAll = (parts: LlmStreamPart[]) => {
    for (const part of parts) {
      if (part.type === 'tool-call') toolCalls += 1;
      options.emit(part);
    }
  };
  return {
    push: (text) => emitAll(parser.push(text)),
    end: () => emitAll(parser.end()),
    get toolCalls() {
      return toolCalls;
    },
  };
}
