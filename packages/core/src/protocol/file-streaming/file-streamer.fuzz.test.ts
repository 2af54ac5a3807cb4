import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventInput } from '../../events/events.js';
import type { LlmToolCall } from '../../spec/llm.js';
import { fuzzParameters } from '../../testing/fuzz-test-support.js';
import { buildToolNames, fileToolDefinitions } from '../file-tools.js';
import { formatTaggedToolCall } from '../tagged-text/format-tagged-text.js';
import { createTaggedTextParser } from '../tagged-text/tagged-text-parser.js';
import { chunksAt } from './chunks-at.test-support.js';
import { createFileStreamer } from './file-streamer.js';

const tools = fileToolDefinitions(buildToolNames);

/** Feeds parts to a streamer (no coalescing by time: a frozen clock) and settles each call as written. */
async function stream(parts: Iterable<{ type: string; id?: string; name?: string; argumentsDelta?: string; toolCall?: LlmToolCall }>) {
  const events: EventInput[] = [];
  const streamer = createFileStreamer({ emit: async (event) => void events.push(event), previewPath: (path) => path, maxBytes: 1 << 20, now: () => 0 });
  const calls: LlmToolCall[] = [];
  for (const part of parts) {
    if (part.type === 'tool-call-delta') await streamer.delta(part as { id: string; name: string; argumentsDelta: string });
    if (part.type === 'tool-call') {
      calls.push(part.toolCall!);
      await streamer.complete(part.toolCall!);
    }
  }
  for (const call of calls) await streamer.settle(call, true);
  return { events, calls };
}

function joined(events: EventInput[], path: string): string {
  let draft = '';
  for (const event of events) {
    if (event.type !== 'file.streaming' || event.path !== path) continue;
    expect(event.offset).toBe(draft.length);
    expect(event.discarded).toBeUndefined();
    draft += event.delta;
  }
  return draft;
}

const content = fc.string({
  unit: fc.oneof(fc.constantFrom('\n', '\r\n', ' ', '\t', '"', '\\', '<', '>', '</arg>', ']]>', '```', '\ud83d\ude00', 'é'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })),
  maxLength: 60,
});
const cuts = fc.array(fc.nat(), { maxLength: 15 });

describe('file streaming (property)', () => {
  it('behavior: native tool calls: the file.streaming deltas of a path join to exactly the written content, however the arguments are chunked', async () => {
    await fc.assert(
      fc.asyncProperty(content, cuts, async (text, at) => {
        const toolCall: LlmToolCall = { id: 'call_1', name: 'write_file', arguments: { path: 'src/a.ts', content: text }, argumentsText: JSON.stringify({ path: 'src/a.ts', content: text }) };
        const deltas = chunksAt(toolCall.argumentsText, at).map((argumentsDelta) => ({ type: 'tool-call-delta', id: 'call_1', name: 'write_file', argumentsDelta }));
        const { events } = await stream([...deltas, { type: 'tool-call', toolCall }]);
        expect(joined(events, 'src/a.ts')).toBe(text);
      }),
      fuzzParameters(),
    );
  });

  it('behavior: tagged text: the file.streaming deltas of a path join to exactly the content of the parsed call, however the text is chunked', async () => {
    await fc.assert(
      fc.asyncProperty(content, cuts, fc.boolean(), async (text, at, asFormatted) => {
        // Either the formatter's output (CDATA where needed) or a hand-written call whose value the parser cleans.
        const modelText = asFormatted
          ? `Writing it.\n${formatTaggedToolCall({ name: 'write_file', arguments: { path: 'src/a.ts', content: text }, argumentsText: '' }, tools)}`
          : `<tool_call name="write_file">\n<arg name="path">src/a.ts</arg>\n<arg name="content">${text.replaceAll('<', '&lt;')}</arg>\n</tool_call>`;
        const parser = createTaggedTextParser({ tools, idPrefix: 'call_' });
        const parts = [...chunksAt(modelText, at).flatMap((chunk) => parser.push(chunk)), ...parser.end()];
        const { events, calls } = await stream(parts);
        expect(calls).toHaveLength(1);
        const written = (calls[0]!.arguments as { content: string }).content;
        if (asFormatted && modelText.includes('<arg')) expect(written).toBe(text);
        if (modelText.includes('<arg')) expect(joined(events, 'src/a.ts')).toBe(written);
      }),
      fuzzParameters(),
    );
  });
});

describe('createFileStreamer', () => {
  const call = (id: string, path: string, text: string): LlmToolCall => ({ id, name: 'write_file', arguments: { path, content: text }, argumentsText: JSON.stringify({ path, content: text }) });

  it('behavior: coalesces: at most one event per interval, or per chunk of characters', async () => {
    const events: EventInput[] = [];
    let clock = 0;
    const streamer = createFileStreamer({ emit: async (event) => void events.push(event), previewPath: (path) => path, maxBytes: 1 << 20, now: () => clock, intervalMs: 100, chunkCharacters: 4096 });
    const text = 'x'.repeat(20_000);
    const whole = call('c1', 'src/big.ts', text);
    // 2,000 deltas of 10 characters, 1 ms apart: 2 s of streaming.
    for (const piece of chunksAt(
      whole.argumentsText,
      Array.from({ length: 2_000 }, (_, index) => index * 10),
    )) {
      clock += 1;
      await streamer.delta({ id: 'c1', name: 'write_file', argumentsDelta: piece });
    }
    await streamer.complete(whole);
    await streamer.settle(whole, true);
    expect(joined(events, 'src/big.ts')).toBe(text);
    // 2 s at one per 100 ms, plus the first and the flush at the end.
    expect(events.length).toBeLessThanOrEqual(22);
    expect(events.length).toBeGreaterThan(1);
  });

  it('behavior: a large chunk makes an event without waiting for the interval', async () => {
    const events: EventInput[] = [];
    const streamer = createFileStreamer({ emit: async (event) => void events.push(event), previewPath: (path) => path, maxBytes: 1 << 20, now: () => 0, chunkCharacters: 4096 });
    const whole = call('c1', 'a.txt', 'y'.repeat(10_000));
    for (const piece of chunksAt(whole.argumentsText, [1_000, 5_200, 9_500])) await streamer.delta({ id: 'c1', name: 'write_file', argumentsDelta: piece });
    // The first content goes at once; then, with the clock frozen, only a chunk of 4,096 waiting makes an event.
    expect(events.map((event) => event.type === 'file.streaming' && event.delta.length)).toEqual([973, 4_200, 4_300]);
  });

  it('error: a refused path streams nothing, before or after its path arrives', async () => {
    const events: EventInput[] = [];
    const streamer = createFileStreamer({ emit: async (event) => void events.push(event), previewPath: (path) => (path.startsWith('.git') ? undefined : path), maxBytes: 1 << 20 });
    const refused = { id: 'c1', name: 'write_file', arguments: { content: 'evil', path: '.git/hooks/pre-commit' }, argumentsText: JSON.stringify({ content: 'evil', path: '.git/hooks/pre-commit' }) };
    for (const piece of chunksAt(refused.argumentsText, [5, 15, 30])) await streamer.delta({ id: 'c1', name: 'write_file', argumentsDelta: piece });
    await streamer.complete(refused);
    await streamer.settle(refused, false);
    expect(events).toEqual([]);
  });

  it('behavior: a streamed write that was not applied is discarded; one whose path key repeats stops and is discarded', async () => {
    const events: EventInput[] = [];
    const streamer = createFileStreamer({ emit: async (event) => void events.push(event), previewPath: (path) => path, maxBytes: 1 << 20, now: () => 0 });
    const tooBig = call('c1', 'src/a.ts', 'content');
    await streamer.delta({ id: 'c1', name: 'write_file', argumentsDelta: tooBig.argumentsText });
    await streamer.complete(tooBig);
    await streamer.settle(tooBig, false);
    await streamer.delta({ id: 'c2', name: 'write_file', argumentsDelta: '{"path":"src/b.ts","content":"x",' });
    await streamer.delta({ id: 'c2', name: 'write_file', argumentsDelta: '"path":".git/config"}' });
    expect(events).toEqual([
      { type: 'file.streaming', path: 'src/a.ts', offset: 0, delta: 'content' },
      { type: 'file.streaming', path: 'src/a.ts', offset: 7, delta: '', discarded: true },
      { type: 'file.streaming', path: 'src/b.ts', offset: 0, delta: 'x' },
      { type: 'file.streaming', path: 'src/b.ts', offset: 1, delta: '', discarded: true },
    ]);
  });

  it('behavior: abandon (a retry or a failed call) discards drafts of calls that did not complete; other tools never stream', async () => {
    const events: EventInput[] = [];
    const streamer = createFileStreamer({ emit: async (event) => void events.push(event), previewPath: (path) => path, maxBytes: 1 << 20, now: () => 0 });
    await streamer.delta({ id: 'c1', name: 'edit_file', argumentsDelta: '{"path":"src/a.ts","content":"x"}' });
    await streamer.delta({ id: 'c2', name: 'write_file', argumentsDelta: '{"path":"src/b.ts","content":"partial' });
    await streamer.abandon();
    expect(events).toEqual([
      { type: 'file.streaming', path: 'src/b.ts', offset: 0, delta: 'partial' },
      { type: 'file.streaming', path: 'src/b.ts', offset: 7, delta: '', discarded: true },
    ]);
  });

  it('behavior: past maxBytes the preview stops (the write itself is not affected)', async () => {
    const events: EventInput[] = [];
    const streamer = createFileStreamer({ emit: async (event) => void events.push(event), previewPath: (path) => path, maxBytes: 10, now: () => 0 });
    const whole = call('c1', 'a.txt', 'abcdefghijklmnop');
    for (const piece of chunksAt(whole.argumentsText, [24, 28, 40])) await streamer.delta({ id: 'c1', name: 'write_file', argumentsDelta: piece });
    await streamer.complete(whole);
    // 'a' fit; the next piece would pass 10 bytes, so nothing more is previewed.
    expect(joined(events, 'a.txt')).toBe('a');
  });
});
