import { describe, expect, it } from 'vitest';
import type { LlmToolDefinition } from '../../spec/llm.js';
import { describeTaggedTools } from './describe-tagged-tools.js';
import { formatTaggedToolCall, formatTaggedToolResult } from './format-tagged-text.js';
import { createTaggedTextParser } from './tagged-text-parser.js';
import { toTaggedTextMessages } from './to-tagged-text-messages.js';

const tools: LlmToolDefinition[] = [
  {
    name: 'write_file',
    description: 'Write a whole file.',
    parameters: { type: 'object', properties: { path: { type: 'string', description: 'Relative path.' }, content: { type: 'string' } }, required: ['path', 'content'] },
  },
  {
    name: 'edit_file',
    description: 'Edit a file.',
    parameters: {
      type: 'object',
      properties: {
        path: { type: 'string' },
        edits: { type: 'array', items: { type: 'object', properties: { search: { type: 'string' }, replace: { type: 'string' } }, required: ['search', 'replace'] } },
      },
      required: ['path', 'edits'],
    },
  },
  {
    name: 'add_dependencies',
    description: 'Add packages.',
    parameters: { type: 'object', properties: { dependencies: { type: 'object', additionalProperties: { type: 'string' } }, dev: { type: 'boolean' } }, required: ['dependencies'] },
  },
];

function roundTrip(name: string, value: Record<string, unknown>): unknown {
  const parser = createTaggedTextParser({ tools });
  const text = formatTaggedToolCall({ name, arguments: value, argumentsText: JSON.stringify(value) }, tools);
  const all = [...parser.push(text), ...parser.end()];
  const parts = all.filter((part) => part.type !== 'tool-call-delta');
  expect(parts).toHaveLength(1);
  const call = parts[0]?.type === 'tool-call' ? parts[0].toolCall : undefined;
  // The streamed preview renders the same arguments (a call written as a JSON body has none).
  const preview = all.map((part) => (part.type === 'tool-call-delta' ? part.argumentsDelta : '')).join('');
  if (!text.includes('<arg')) expect(preview).toBe('');
  else expect(JSON.parse(preview)).toEqual(call?.arguments);
  return call?.arguments;
}

describe('formatTaggedToolCall', () => {
  const values: [string, string, Record<string, unknown>][] = [
    ['one-line text', 'write_file', { path: 'a.ts', content: 'x' }],
    ['multi-line text with a final newline', 'write_file', { path: 'a.ts', content: 'line 1\nline 2\n' }],
    ['text with leading blank line and indentation', 'write_file', { path: 'a.ts', content: '\n  indented\n' }],
    ['text containing </arg>', 'write_file', { path: 'doc.md', content: 'close with </arg>\nok' }],
    ['text that is one fenced block', 'write_file', { path: 'README.md', content: '```sh\nnpm i\n```' }],
    ['text with surrounding spaces', 'write_file', { path: 'a.ts', content: '  x  ' }],
    ['JSON arrays and objects', 'edit_file', { path: 'a.ts', edits: [{ search: 'a\nb', replace: '<c/>' }] }],
    ['booleans and records', 'add_dependencies', { dependencies: { react: '^19.0.0' }, dev: true }],
    // Found by tagged-text-parser.fuzz.test.ts: the parser ends or reads these where the formatter wrote them raw.
    ['text containing <arg name=', 'write_file', { path: 'doc.md', content: 'use <arg name="path"> here' }],
    ['text containing </tool_call>', 'write_file', { path: 'doc.md', content: 'ends with </tool_call>' }],
    ['text containing a closing tag in another case and spelling', 'write_file', { path: 'doc.md', content: 'x </ ARGUMENT > y' }],
    ['text starting like CDATA', 'write_file', { path: 'a.xml', content: '<![CDATA[' }],
    ['JSON holding <arg name=', 'edit_file', { path: 'a.ts', edits: [{ search: 'a', replace: '<arg name="x">' }] }],
    ['text holding both ]]> and </arg>', 'write_file', { path: 'a.xml', content: '<![CDATA[x]]> </arg>' }],
  ];
  for (const [label, name, value] of values) {
    it(`behavior: round-trips ${label} through the parser`, () => {
      expect(roundTrip(name, value)).toEqual(value);
    });
  }

  it('behavior: a call with invalid arguments is written with its raw text', () => {
    expect(formatTaggedToolCall({ name: 'edit_file', arguments: undefined, argumentsText: '{"path": ' })).toBe('<tool_call name="edit_file">\n{"path": \n</tool_call>');
  });

  it('default: a tool result names the tool and the call id', () => {
    expect(formatTaggedToolResult({ toolCallId: 'c1', name: 'write_file', content: 'Wrote a.ts' })).toBe('<tool_result name="write_file" id="c1">\nWrote a.ts\n</tool_result>');
  });
});

describe('describeTaggedTools', () => {
  it('default: teaches the format and lists every tool with typed arguments', () => {
    const text = describeTaggedTools(tools);
    expect(text).toContain('<tool_call name="TOOL_NAME">');
    expect(text).toContain('## write_file');
    expect(text).toContain('- path (string): Relative path.');
    expect(text).toContain('- edits ({ search: string; replace: string }[]) (JSON)');
    expect(text).toContain('- dependencies ({ [name: string]: string }) (JSON)');
    expect(text).toContain('- dev (boolean, optional) (JSON)');
    expect(text).toContain('<![CDATA[');
  });

  it('behavior: its example calls parse back', () => {
    const text = describeTaggedTools(tools);
    const examples = text.match(/<tool_call name="(?!TOOL_NAME)[\s\S]*?<\/tool_call>/g) ?? [];
    expect(examples).toHaveLength(3);
    const parser = createTaggedTextParser({ tools });
    const parts = [...parser.push(examples.join('\n')), ...parser.end()].filter((part) => part.type === 'tool-call');
    expect(parts.map((part) => part.type === 'tool-call' && part.toolCall.name)).toEqual(['write_file', 'edit_file', 'add_dependencies']);
  });
});

describe('toTaggedTextMessages', () => {
  it('default: describes the tools in the system message, writes calls as tags and results as user text', () => {
    const messages = toTaggedTextMessages(
      [
        { role: 'system', content: 'You build apps.' },
        { role: 'user', content: 'Make a.ts' },
        { role: 'assistant', content: 'Writing.', toolCalls: [{ id: 'c1', name: 'write_file', arguments: { path: 'a.ts', content: 'x' }, argumentsText: '' }] },
        { role: 'tool', toolCallId: 'c1', name: 'write_file', content: 'ok' },
        { role: 'tool', toolCallId: 'c2', name: 'write_file', content: 'ok too' },
      ],
      tools,
    );
    expect(messages.map((message) => message.role)).toEqual(['system', 'user', 'assistant', 'user']);
    expect(messages[0]!.content).toMatch(/^You build apps\.\n\n# Tools/);
    expect(messages[2]!.content).toBe('Writing.\n<tool_call name="write_file">\n<arg name="path">a.ts</arg>\n<arg name="content">x</arg>\n</tool_call>');
    expect(messages[3]!.content).toContain('<tool_result name="write_file" id="c1">\nok\n</tool_result>\n\n<tool_result name="write_file" id="c2">');
  });

  it('behavior: adds a system message when there is none', () => {
    const messages = toTaggedTextMessages([{ role: 'user', content: 'hi' }], tools);
    expect(messages[0]).toMatchObject({ role: 'system' });
    expect(messages[0]!.content).toContain('## edit_file');
  });
});
