import { describe, expect, it } from 'vitest';
import { callUsage } from './call-usage.js';
import { classifyHttpFailure } from './classify-http-failure.js';
import { costUsd, findModelPricing } from './model-pricing.js';
import { createPartQueue } from './part-queue.js';
import { retryAfterMs } from './retry-after.js';

describe('retryAfterMs', () => {
  const now = Date.parse('2025-06-01T12:00:00Z');
  it('args: seconds, fractional seconds, milliseconds header, HTTP date', () => {
    expect(retryAfterMs({ 'retry-after': '3' }, now)).toBe(3000);
    expect(retryAfterMs({ 'Retry-After': '0.25' }, now)).toBe(250);
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '120', 'retry-after': '9' }), now)).toBe(120);
    expect(retryAfterMs({ 'retry-after': 'Sun, 01 Jun 2025 12:00:05 GMT' }, now)).toBe(5000);
  });
  it('behavior: a past date is 0, nonsense and absence are undefined', () => {
    expect(retryAfterMs({ 'retry-after': 'Sun, 01 Jun 2025 11:00:00 GMT' }, now)).toBe(0);
    expect(retryAfterMs({ 'retry-after': 'soon' }, now)).toBeUndefined();
    expect(retryAfterMs(undefined, now)).toBeUndefined();
  });
});

describe('findModelPricing / costUsd', () => {
  it('behavior: longest prefix wins, across snapshots and router prefixes', () => {
    expect(findModelPricing('gpt-4o-mini-2024-07-18')).toEqual(findModelPricing('gpt-4o-mini'));
    expect(findModelPricing('openai/gpt-4.1-mini')?.inputPerMillion).toBe(0.4);
    expect(findModelPricing('gpt-4o')?.inputPerMillion).toBe(2.5);
    expect(findModelPricing('claude-opus-4-5-20251101')?.inputPerMillion).toBe(5);
    expect(findModelPricing('my-llama')).toBeUndefined();
  });
  it('default: cached tokens are priced apart', () => {
    expect(costUsd({ inputPerMillion: 2, outputPerMillion: 8, cachedInputPerMillion: 0.5 }, { inputTokens: 1_000_000, cachedInputTokens: 500_000, outputTokens: 1_000_000 })).toBe(1 + 0.25 + 8);
  });
});

describe('callUsage', () => {
  it('behavior: reported figures are not estimated; missing ones are estimated at 4 characters a token', () => {
    expect(callUsage({ model: 'gpt-4.1', reported: { inputTokens: 10, outputTokens: 2 }, promptCharacters: 0, outputCharacters: 0, pricing: undefined })).toEqual({
      model: 'gpt-4.1',
      inputTokens: 10,
      outputTokens: 2,
      costUsd: (10 * 2 + 2 * 8) / 1e6,
      estimated: false,
    });
    expect(callUsage({ model: 'local', reported: undefined, promptCharacters: 41, outputCharacters: 8, pricing: undefined })).toEqual({
      model: 'local',
      inputTokens: 11,
      outputTokens: 2,
      estimated: true,
    });
  });
});

describe('classifyHttpFailure', () => {
  const context = { label: 'm at x', authHint: 'Check the key.', docs: 'docs/openai.md', cause: new Error('vendor') };
  const table: [number | undefined, string | undefined, string, string, boolean][] = [
    [401, undefined, 'bad key', 'LLM_AUTH', false],
    [403, undefined, 'forbidden', 'LLM_AUTH', false],
    [429, 'rate_limit_exceeded', 'slow down', 'LLM_RATE_LIMITED', true],
    [429, 'insufficient_quota', 'no money', 'LLM_RATE_LIMITED', false],
    [400, 'context_length_exceeded', 'too long', 'LLM_CONTEXT_TOO_LONG', false],
    [413, undefined, 'prompt is too long: 300000 tokens', 'LLM_CONTEXT_TOO_LONG', false],
    [400, undefined, 'bad temperature', 'LLM_BAD_REQUEST', false],
    [404, 'model_not_found', 'no such model', 'LLM_BAD_REQUEST', false],
    [408, undefined, 'request timeout', 'LLM_TIMEOUT', false],
    [500, undefined, 'oops', 'LLM_UNAVAILABLE', true],
    [529, undefined, 'overloaded', 'LLM_UNAVAILABLE', true],
    [undefined, 'server_error', 'stream error', 'LLM_UNAVAILABLE', true],
  ];
  for (const [status, code, message, expected, retryable] of table) {
    it(`behavior: ${status ?? 'in-stream'} ${code ?? ''} is ${expected}${retryable ? ' (retryable)' : ''}`, () => {
      const error = classifyHttpFailure({ status, code, message }, context);
      expect(error.code).toBe(expected);
      expect(error.retryable).toBe(retryable);
      expect(error.message).toContain(message);
      expect(error.message).toContain('docs/openai.md');
      expect(error.cause).toBe(context.cause);
    });
  }
});

describe('createPartQueue', () => {
  it('behavior: text deltas waiting for the reader are merged; other parts keep their place', async () => {
    const queue = createPartQueue();
    queue.push({ type: 'text-delta', text: 'a' });
    queue.push({ type: 'text-delta', text: 'b' });
    queue.push({ type: 'retry', attempt: 1, waitMs: 0, code: 'LLM_UNAVAILABLE', message: 'm' });
    queue.push({ type: 'text-delta', text: 'c' });
    queue.close();
    const parts = [];
    for await (const part of { [Symbol.asyncIterator]: () => queue }) parts.push(part);
    expect(parts).toEqual([
      { type: 'text-delta', text: 'ab' },
      { type: 'retry', attempt: 1, waitMs: 0, code: 'LLM_UNAVAILABLE', message: 'm' },
      { type: 'text-delta', text: 'c' },
    ]);
  });

  it('behavior: a part pushed while the reader waits is handed over as is', async () => {
    const queue = createPartQueue();
    const next = queue.next();
    queue.push({ type: 'text-delta', text: 'x' });
    expect(await next).toEqual({ done: false, value: { type: 'text-delta', text: 'x' } });
  });

  it('error: an immediate failure skips buffered parts; a normal one comes after them', async () => {
    const immediate = createPartQueue();
    immediate.push({ type: 'text-delta', text: 'x' });
    immediate.fail(new Error('aborted'), true);
    await expect(immediate.next()).rejects.toThrow('aborted');
    const later = createPartQueue();
    later.push({ type: 'text-delta', text: 'x' });
    later.fail(new Error('failed'));
    expect(await later.next()).toEqual({ done: false, value: { type: 'text-delta', text: 'x' } });
    await expect(later.next()).rejects.toThrow('failed');
  });
});
