import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BuildwrightError } from '@buildwright/client';
import { fuzzParameters } from '../../testing/fuzz-test-support.js';
import { buildToolNames, fileToolDefinitions } from '../file-tools.js';
import { formatTaggedToolCall } from './format-tagged-text.js';
import { createTaggedTextParser, type TaggedTextPart } from './tagged-text-parser.js';

const tools = fileToolDefinitions(buildToolNames);

/** What a parse produced: prose joined, the calls, or the code and message it was refused with. */
type Outcome = { text: string; calls: unknown[] } | { error: string };

function parse(input: string, cuts: readonly number[] = []): Outcome {
  const parser = createTaggedTextParser({ tools, idPrefix: 'c' });
  const parts: TaggedTextPart[] = [];
  try {
    let from = 0;
    for (const cut of [...cuts].sort((a, b) => a - b)) {
      parts.push(...parser.push(input.slice(from, cut)));
      from = cut;
    }
    parts.push(...parser.push(input.slice(from)));
    parts.push(...parser.end());
  } catch (error) {
    if (!BuildwrightError.isInstance(error)) throw error;
    return { error: `${error.code}: ${error.message}` };
  }
  return {
    text: parts.map((part) => (part.type === 'text-delta' ? part.text : '')).join(''),
    calls: parts.flatMap((part) => (part.type === 'tool-call' ? [part.toolCall] : [])),
  };
}

/** Model output built from the protocol's own pieces (whole and broken), prose and noise. */
const fragment = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.constantFrom(
      '<tool_call name="write_file">',
      '<tool_call name=finish>',
      "<TOOL_CALL NAME='edit_file'>",
      '<tool_call>',
      '<tool_call name="write_file"/>',
      '</tool_call>',
      '</ tool_call >',
      '<arg name="path">',
      '<arg name="content">',
      '<arg name="edits">',
      '<arg name="summary">',
      '<arg>',
      '<arg name="path"/>',
      '</arg>',
      '<path>',
      '</path>',
      '<parameter name="content">',
      '<![CDATA[',
      ']]>',
      '```',
      '```json\n',
      '~~~',
      '\n',
      '\r\n',
      ' ',
      '\t',
      '<',
      '>',
      '/',
      '</',
      '"',
      '<b>',
      '<tool',
      '<arg',
      'name=',
      '{"path":"a.ts","content":"x"}',
      '{"name":"write_file","arguments":{"path":"a","content":"b"}}',
      '[{"search":"a","replace":"b"}]',
      '{',
      '}',
      ',',
      'a.ts',
      'Done.',
      'export const x = 1;',
    ),
  },
  { weight: 1, arbitrary: fc.string({ maxLength: 6 }) },
);
const modelOutput = fc.array(fragment, { maxLength: 25 }).map((parts) => parts.join(''));
const withCuts = modelOutput.chain((input) => fc.tuple(fc.constant(input), fc.uniqueArray(fc.integer({ min: 0, max: input.length }), { maxLength: 12 })));

describe('tagged-text parser (properties)', () => {
  it('property: any split of the stream into chunks parses exactly like the whole text', () => {
    fc.assert(
      fc.property(withCuts, ([input, cuts]) => {
        expect(parse(input, cuts)).toEqual(parse(input));
      }),
      fuzzParameters(300),
    );
  });

  it('property: arbitrary text is parsed or refused with LLM_BAD_OUTPUT, never another error', () => {
    fc.assert(
      fc.property(fc.oneof(modelOutput, fc.string({ unit: 'binary' })), (input) => {
        const outcome = parse(input);
        if ('error' in outcome) expect(outcome.error).toMatch(/^LLM_BAD_OUTPUT: /);
      }),
      fuzzParameters(300),
    );
  });

  it('property: prose without markup passes through unchanged, in any chunks', () => {
    const prose = fc.string({ unit: fc.oneof(fc.constantFrom('\n', ' ', '>', '/', '"'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })) }).filter((text) => !/[<`~]/.test(text));
    fc.assert(
      fc.property(prose, fc.array(fc.nat()), (text, cuts) => {
        expect(
          parse(
            text,
            cuts.map((cut) => cut % (text.length + 1)),
          ),
        ).toEqual({ text, calls: [] });
      }),
      fuzzParameters(),
    );
  });

  it('property: a call written by formatTaggedToolCall parses back to the same call, any content, between prose', () => {
    const value = fc.string({
      unit: fc.oneof(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), fc.constantFrom('\n', ' ', '<', '>', '/', ']]>', '</arg>', '<arg name="x">', '</tool_call>', '```', '<![CDATA[')),
    });
    const call = fc.oneof(
      fc.record({ name: fc.constant('write_file'), arguments: fc.record({ path: value, content: value }) }),
      fc.record({ name: fc.constant('finish'), arguments: fc.record({ summary: value }) }),
      fc.record({ name: fc.constant('edit_file'), arguments: fc.record({ path: value, edits: fc.array(fc.record({ search: value, replace: value }), { minLength: 1, maxLength: 2 }) }) }),
    );
    fc.assert(
      fc.property(call, fc.array(fc.nat()), ({ name, arguments: args }, cuts) => {
        const input = `Working on it.\n${formatTaggedToolCall({ name, arguments: args, argumentsText: '' }, tools)}\nDone.`;
        const outcome = parse(
          input,
          cuts.map((cut) => cut % (input.length + 1)),
        );
        expect(outcome).toMatchObject({ calls: [{ name, arguments: args }] });
      }),
      fuzzParameters(),
    );
  });
});
