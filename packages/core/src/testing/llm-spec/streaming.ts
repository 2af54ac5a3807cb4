import { describe, expect, it } from 'vitest';
import { callsOf, textTurn, toolTurn, transcriptOf, type LlmSpecContext } from './context.js';

/** LLM spec, streaming and tool-call assembly: see runLlmSpec. */
export function describeStreaming(spec: LlmSpecContext): void {
  describe('streaming', () => {
    it('default: declares specification v1, a provider and a model id', async () => {
      const { llm } = await spec.subject();
      expect(llm.specificationVersion).toBe('v1');
      expect(llm.provider).toEqual(expect.any(String));
      expect(llm.provider.length).toBeGreaterThan(0);
      expect(llm.modelId.length).toBeGreaterThan(0);
    });

    it('default: text deltas arrive in order and concatenate to the answer, then finish stop', async () => {
      const { result } = await spec.play({ transcript: transcriptOf(textTurn) });
      expect(result.error).toBeUndefined();
      expect(result.text).toBe(textTurn.text);
      const deltas = result.parts.filter((part) => part.type === 'text-delta');
      expect(deltas.every((part) => part.text.length > 0)).toBe(true);
      if (spec.streams) expect(deltas.length).toBeGreaterThan(1);
      expect(result.toolCalls).toEqual([]);
      expect(result.finish).toBe('stop');
      expect(result.parts.at(-1)?.type).toBe('finish');
    });

    it('default: streamed arguments are assembled into whole tool calls with ids and names, several in one turn', async () => {
      const { result } = await spec.play();
      expect(result.error).toBeUndefined();
      expect(spec.prose(result.text)).toBe(toolTurn.text);
      expect(result.toolCalls.map((call) => [call.name, call.arguments])).toEqual(callsOf(toolTurn));
      for (const call of result.toolCalls) {
        expect(call.id.length).toBeGreaterThan(0);
        expect(JSON.parse(call.argumentsText)).toEqual(call.arguments);
      }
      expect(new Set(result.toolCalls.map((call) => call.id)).size).toBe(2);
      expect(result.finish).toBe('tool-calls');
    });

    it('behavior: parts come in order: text deltas, tool calls, one usage, one finish last', async () => {
      const { result } = await spec.play();
      // Tagged-text tool calls may leave the whitespace between tags as deltas after a call.
      const types = result.parts.filter((part) => !(spec.toolCallsInText && part.type === 'text-delta' && part.text.trim() === '')).map((part) => part.type);
      expect(types.lastIndexOf('text-delta')).toBeLessThan(types.indexOf('tool-call'));
      expect(types.filter((type) => type === 'usage')).toHaveLength(1);
      expect(types.indexOf('usage')).toBeGreaterThan(types.lastIndexOf('tool-call'));
      expect(types.filter((type) => type === 'finish')).toHaveLength(1);
      expect(types.at(-1)).toBe('finish');
    });

    it('behavior: tool-call deltas (a streaming adapter sends them) come before their call, with its id and name, and join to JSON of its arguments', async () => {
      const { result } = await spec.play();
      expect(result.error).toBeUndefined();
      for (const call of result.toolCalls) {
        const deltas = result.parts.flatMap((part) => (part.type === 'tool-call-delta' && part.id === call.id ? [part] : []));
        if (deltas.length === 0) continue;
        const callAt = result.parts.findIndex((part) => part.type === 'tool-call' && part.toolCall.id === call.id);
        expect(result.parts.indexOf(deltas.at(-1)!)).toBeLessThan(callAt);
        expect(deltas.every((part) => part.name === call.name)).toBe(true);
        expect(JSON.parse(deltas.map((part) => part.argumentsDelta).join(''))).toEqual(call.arguments);
      }
      if (spec.streams) expect(result.parts.some((part) => part.type === 'tool-call-delta')).toBe(true);
    });

    it.skipIf(spec.toolCallsInText)("behavior: the upstream's call ids are kept (skipped when calls travel as tagged text)", async () => {
      const withIds = { ...toolTurn, toolCalls: toolTurn.toolCalls.map((call, index) => ({ ...call, id: `call_spec_${index}` })) };
      const { result } = await spec.play({ transcript: transcriptOf(withIds) });
      expect(result.toolCalls.map((call) => call.id)).toEqual(['call_spec_0', 'call_spec_1']);
    });

    it('behavior: tool arguments that are not valid JSON give a call with arguments undefined and the text as sent, not an error', async () => {
      const broken = '{"path": "a.ts", "content": "x';
      const { result } = await spec.play({ transcript: transcriptOf({ toolCalls: [{ name: 'write_file', arguments: broken }] }) });
      expect(result.error).toBeUndefined();
      expect(result.toolCalls).toEqual([{ id: expect.any(String), name: 'write_file', arguments: undefined, argumentsText: broken }]);
    });
  });
}
