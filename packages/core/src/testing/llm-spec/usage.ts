import { describe, expect, it } from 'vitest';
import { toolTurn, type LlmSpecContext } from './context.js';

/** LLM spec, usage: see runLlmSpec. */
export function describeUsage(spec: LlmSpecContext): void {
  describe('usage', () => {
    it('default: one usage part with the reported tokens, not estimated', async () => {
      const { result } = await spec.play();
      expect(result.usage).toHaveLength(1);
      const [usage] = result.usage;
      expect(usage).toMatchObject({ inputTokens: toolTurn.usage!.inputTokens, outputTokens: toolTurn.usage!.outputTokens, estimated: false });
      expect(usage!.model.length).toBeGreaterThan(0);
      if (usage!.cachedInputTokens !== undefined) expect(usage!.cachedInputTokens).toBe(toolTurn.usage!.cachedInputTokens);
      if (usage!.costUsd !== undefined) expect(usage!.costUsd).toBeGreaterThanOrEqual(0);
    });

    it('behavior: without reported usage, one estimated usage part with positive counts', async () => {
      const { result } = await spec.play({ reportsUsage: false });
      expect(result.error).toBeUndefined();
      expect(result.usage).toHaveLength(1);
      expect(result.usage[0]).toMatchObject({ estimated: true });
      expect(result.usage[0]!.inputTokens).toBeGreaterThan(0);
      expect(result.usage[0]!.outputTokens).toBeGreaterThan(0);
    });
  });
}
