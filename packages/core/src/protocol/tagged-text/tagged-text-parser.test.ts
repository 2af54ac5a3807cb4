import { describe, expect, it } from 'vitest';
import { BuildwrightError } from '@buildwright/client';
import type { LlmToolDefinition } from '../../spec/llm.js';
import { createTaggedTextParser, type TaggedTextPart } from './tagged-text-parser.js';

const tools: LlmToolDefinition[] = [
  {
    name: 'write_file',
    description: 'Write a file.',
    parameters: { type: 'object', properties: { path: { type: 'string' }, content: { type: 'string' } }, required: ['path', 'content'] },
  },
  {
    name: 'edit_file',
    description: 'Edit a file.',
    parameters: {
      type: 'object',
      properties: {
        path: { type: 'string' },
        edits: { type: 'array', items: { type: 'object', properties: { search: { type: 'string' }, replace: { type: 'string' } } } },
      },
      required: ['path', 'edits'],
    },
  },
  {
    name: 'add_dependencies',
    description: 'Add packages.',
    parameters: { type: 'object', properties: { dependencies: { type: 'object', additionalProperties: { type: 'string' } }, dev: { type: 'boolean' } }, required: ['dependencies'] },
  },
  { name: 'finish', description: 'Finish.', parameters: { type: 'object', properties: { summary: { type: 'string' } }, required: ['summary'] } },
];

interface Outcome {
  text: string;
  calls: { name: string; arguments: unknown }[];
}

function parse(input: string, sizes: () => number): Outcome {
  const parser = createTaggedTextParser({ tools, idPrefix: 'c' });
  const parts: TaggedTextPart[] = [];
  for (let index = 0; index < input.length; ) {
    const size = Math.max(1, sizes());
    parts.push(...parser.push(input.slice(index, index + size)));
    index += size;
  }
  parts.push(...parser.end());
  return {
    text: parts.map((part) => (part.type === 'text-delta' ? part.text : '')).join(''),
    calls: parts.flatMap((part) => (part.type === 'tool-call' ? [{ name: part.toolCall.name, arguments: part.toolCall.arguments }] : [])),
  };
}

/** Deterministic random chunk sizes (1..max), so a failure can be replayed. */
function randomSizes(seed: number, max: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return 1 + (state % max);
  };
}

const chunkings: [string, (input: string) => () => number][] = [
  ['whole', (input) => () => input.length],
  ['1 char', () => () => 1],
  ['random 1..4 (seed 1)', () => randomSizes(1, 4)],
  ['random 1..17 (seed 7)', () => randomSizes(7, 17)],
  ['random 1..64 (seed 42)', () => randomSizes(42, 64)],
];

const write = (path: string, content: string) => ({ name: 'write_file', arguments: { path, content } });
const app = 'export function App() {\n  return <h1>Hi</h1>;\n}';

const recoverable: { name: string; input: string; expected: Outcome }[] = [
  {
    name: 'canonical call between prose',
    input: `I'll write it.\n<tool_call name="write_file">\n<arg name="path">src/App.tsx</arg>\n<arg name="content">\n${app}\n</arg>\n</tool_call>\nDone.`,
    expected: { text: "I'll write it.\n\nDone.", calls: [write('src/App.tsx', app)] },
  },
  {
    name: 'stray spaces inside tags',
    input: `< tool_call   name = "write_file" >< arg  name= "path" >a.ts</ arg >\n<arg name ="content" >x</arg >\n</ tool_call >`,
    expected: { text: '', calls: [write('a.ts', 'x')] },
  },
  {
    name: 'tag and attribute case',
    input: `<TOOL_CALL NAME="write_file"><ARG NAME="path">a.ts</ARG><Arg Name="content">x</aRg></Tool_Call>`,
    expected: { text: '', calls: [write('a.ts', 'x')] },
  },
  {
    name: 'single-quoted and unquoted names',
    input: `<tool_call name='write_file'><arg name=path>a.ts</arg><arg name='content'>x</arg></tool_call>`,
    expected: { text: '', calls: [write('a.ts', 'x')] },
  },
  {
    name: 'missing </tool_call> at end of stream',
    input: `Writing.\n<tool_call name="write_file">\n<arg name="path">a.ts</arg>\n<arg name="content">x</arg>\n`,
    expected: { text: 'Writing.\n', calls: [write('a.ts', 'x')] },
  },
  {
    name: 'missing </arg> before the next <arg>',
    input: `<tool_call name="write_file"><arg name="path">a.ts\n<arg name="content">x</arg></tool_call>`,
    expected: { text: '', calls: [write('a.ts', 'x')] },
  },
  {
    name: 'missing </arg> before </tool_call>',
    input: `<tool_call name="write_file"><arg name="path">a.ts</arg><arg name="content">\n${app}\n</tool_call>`,
    expected: { text: '', calls: [write('a.ts', app)] },
  },
  {
    name: 'code fence around a value',
    input: `<tool_call name="write_file"><arg name="path">src/App.tsx</arg><arg name="content">\n\`\`\`tsx\n${app}\n\`\`\`\n</arg></tool_call>`,
    expected: { text: '', calls: [write('src/App.tsx', app)] },
  },
  {
    name: 'code fence around the whole call',
    input: `Here:\n\`\`\`xml\n<tool_call name="write_file"><arg name="path">a.ts</arg><arg name="content">x</arg></tool_call>\n\`\`\`\nDone.`,
    expected: { text: 'Here:\nDone.', calls: [write('a.ts', 'x')] },
  },
  {
    name: 'CRLF line endings',
    input: `Ok.\r\n<tool_call name="write_file">\r\n<arg name="path">a.ts</arg>\r\n<arg name="content">\r\nline 1\r\nline 2\r\n</arg>\r\n</tool_call>\r\n`,
    expected: { text: 'Ok.\r\n\r\n', calls: [write('a.ts', 'line 1\r\nline 2')] },
  },
  {
    name: 'JSON body instead of <arg> elements',
    input: `<tool_call name="edit_file">{"path": "a.ts", "edits": [{"search": "a", "replace": "<b>"}]}</tool_call>`,
    expected: { text: '', calls: [{ name: 'edit_file', arguments: { path: 'a.ts', edits: [{ search: 'a', replace: '<b>' }] } }] },
  },
  {
    name: 'Hermes-style {"name", "arguments"} body without a name attribute',
    input: `<tool_call>\n{"name": "write_file", "arguments": {"path": "a.ts", "content": "x"}}\n</tool_call>`,
    expected: { text: '', calls: [write('a.ts', 'x')] },
  },
  {
    name: 'fenced JSON body with a trailing comma',
    input: `<tool_call name="add_dependencies">\n\`\`\`json\n{"dependencies": {"zod": "^4.0.0"},}\n\`\`\`\n</tool_call>`,
    expected: { text: '', calls: [{ name: 'add_dependencies', arguments: { dependencies: { zod: '^4.0.0' } } }] },
  },
  {
    name: 'JSON-typed arguments, one fenced',
    input: `<tool_call name="edit_file"><arg name="path">a.ts</arg><arg name="edits">\n\`\`\`json\n[{"search": "x", "replace": "y"}]\n\`\`\`\n</arg></tool_call><tool_call name="add_dependencies"><arg name="dependencies">{"react": "^19.0.0"}</arg><arg name="dev">false</arg></tool_call>`,
    expected: {
      text: '',
      calls: [
        { name: 'edit_file', arguments: { path: 'a.ts', edits: [{ search: 'x', replace: 'y' }] } },
        { name: 'add_dependencies', arguments: { dependencies: { react: '^19.0.0' }, dev: false } },
      ],
    },
  },
  {
    name: 'tool name in another case',
    input: `<tool_call name="Write_File"><arg name="path">a.ts</arg><arg name="content">x</arg></tool_call>`,
    expected: { text: '', calls: [write('a.ts', 'x')] },
  },
  {
    name: '<tool> and <parameter> aliases',
    input: `<tool name="finish"><parameter name="summary">All set.</parameter></tool>`,
    expected: { text: '', calls: [{ name: 'finish', arguments: { summary: 'All set.' } }] },
  },
  {
    name: 'parameters written as their own elements',
    input: `<tool_call name="write_file">\n<path>a.ts</path>\n<content>x</content>\n</tool_call>`,
    expected: { text: '', calls: [write('a.ts', 'x')] },
  },
  {
    name: 'bare body for a tool with one text parameter',
    input: `<tool_call name="finish">Built the counter app.</tool_call>`,
    expected: { text: '', calls: [{ name: 'finish', arguments: { summary: 'Built the counter app.' } }] },
  },
  {
    name: 'CDATA value containing </arg>',
    input: `<tool_call name="write_file"><arg name="path">doc.md</arg><arg name="content"><![CDATA[Write </arg> to close.]]></arg></tool_call>`,
    expected: { text: '', calls: [write('doc.md', 'Write </arg> to close.')] },
  },
  {
    name: 'repeated closing tag after a call',
    input: `<tool_call name="finish"><arg name="summary">ok</arg></tool_call></tool_call>\nBye.`,
    expected: { text: '\nBye.', calls: [{ name: 'finish', arguments: { summary: 'ok' } }] },
  },
  {
    name: 'self-closing empty argument',
    input: `<tool_call name="write_file"><arg name="path">empty.txt</arg><arg name="content"/></tool_call>`,
    expected: { text: '', calls: [write('empty.txt', '')] },
  },
  {
    name: 'several calls with prose between, the second not closed before the third',
    input: `One.\n<tool_call name="write_file"><arg name="path">a</arg><arg name="content">1</arg></tool_call>\nTwo.\n<tool_call name="write_file"><arg name="path">b</arg><arg name="content">2</arg>\n<tool_call name="finish"><arg name="summary">s</arg></tool_call>`,
    expected: { text: 'One.\n\nTwo.\n', calls: [write('a', '1'), write('b', '2'), { name: 'finish', arguments: { summary: 's' } }] },
  },
  {
    name: 'output cut inside the last closing tag',
    input: `<tool_call name="finish"><arg name="summary">done</ar`,
    expected: { text: '', calls: [{ name: 'finish', arguments: { summary: 'done' } }] },
  },
  {
    name: 'prose with < comparisons and foreign tags is kept verbatim',
    input: `If a < b then <div>x</div> renders; <tooltip> too. 😀`,
    expected: { text: 'If a < b then <div>x</div> renders; <tooltip> too. 😀', calls: [] },
  },
  {
    name: 'invalid JSON in a JSON argument becomes arguments: undefined (the engine tells the model)',
    input: `<tool_call name="edit_file"><arg name="path">a.ts</arg><arg name="edits">[{"search": "x", </arg></tool_call>`,
    expected: { text: '', calls: [{ name: 'edit_file', arguments: undefined }] },
  },
  {
    name: 'a value holding JSX and a code block in prose',
    input: 'Look:\n```ts\nconst a = 1;\n```\n<tool_call name="write_file"><arg name="path">a.tsx</arg><arg name="content">\nconst x = <A b={1} />;\nif (a<b && c>d) {}\n</arg></tool_call>',
    expected: { text: 'Look:\n```ts\nconst a = 1;\n```\n', calls: [write('a.tsx', 'const x = <A b={1} />;\nif (a<b && c>d) {}')] },
  },
];

const unrecoverable: { name: string; input: string; message: RegExp }[] = [
  {
    name: 'output ends inside a value',
    input: `<tool_call name="write_file"><arg name="path">a.ts</arg><arg name="content">export const`,
    message: /ended inside the value of "content"/,
  },
  { name: 'output ends inside the opening tag', input: `Sure.\n<tool_call name="wri`, message: /ended inside an opening <tool_call> tag/ },
  { name: 'call without a tool name', input: `<tool_call><arg name="path">a.ts</arg></tool_call>`, message: /has no name/ },
  { name: '<arg> outside any call', input: `Here: <arg name="path">a.ts</arg>`, message: /outside any <tool_call>/ },
  {
    name: 'an argument given twice',
    input: `<tool_call name="write_file"><arg name="path">a</arg><arg name="path">b</arg></tool_call>`,
    message: /gives argument "path" twice/,
  },
  { name: 'body neither arguments nor JSON', input: `<tool_call name="write_file">please write a.ts</tool_call>`, message: /neither <arg> elements nor a JSON object/ },
  { name: '<arg> without a name', input: `<tool_call name="write_file"><arg>a.ts</arg></tool_call>`, message: /has no name/ },
  { name: 'JSON body cut off', input: `<tool_call name="edit_file">{"path": "a.ts", "ed`, message: /ended inside the JSON body/ },
  { name: 'CDATA never closed', input: `<tool_call name="write_file"><arg name="path">a</arg><arg name="content"><![CDATA[abc`, message: /CDATA/ },
  { name: 'no name and unparseable JSON body', input: `<tool_call>{"name": "write_file", </tool_call>`, message: /no name/ },
  // Found by tagged-text-parser.fuzz.test.ts: a chunk starting at "~~~" or "{" after stray words opened a JSON body.
  { name: 'stray words, then what looks like a JSON body', input: `<tool_call name="write_file">please ~~~ {"path": "a"}</tool_call>`, message: /neither <arg> elements nor a JSON object/ },
];

describe('createTaggedTextParser', () => {
  it('has at least 15 recoverable and 5 unrecoverable cases', () => {
    expect(recoverable.length).toBeGreaterThanOrEqual(15);
    expect(unrecoverable.length).toBeGreaterThanOrEqual(5);
  });

  for (const testCase of recoverable) {
    for (const [chunking, sizes] of chunkings) {
      it(`behavior: recovers ${testCase.name} (${chunking})`, () => {
        expect(parse(testCase.input, sizes(testCase.input))).toEqual(testCase.expected);
      });
    }
  }

  for (const testCase of unrecoverable) {
    for (const [chunking, sizes] of chunkings) {
      it(`error: LLM_BAD_OUTPUT for ${testCase.name} (${chunking})`, () => {
        let caught: unknown;
        try {
          parse(testCase.input, sizes(testCase.input));
        } catch (error) {
          caught = error;
        }
        expect(BuildwrightError.isInstance(caught)).toBe(true);
        expect((caught as BuildwrightError).code).toBe('LLM_BAD_OUTPUT');
        expect((caught as BuildwrightError).message).toMatch(testCase.message);
        expect((caught as BuildwrightError).docsUrl).toMatch(/^https:\/\/.*\/tagged-text$/);
      });
    }
  }

  it('behavior: streams prose before a call closes, and the call as soon as it closes', () => {
    const parser = createTaggedTextParser({ tools });
    expect(parser.push('Hello there. ')).toEqual([{ type: 'text-delta', text: 'Hello there. ' }]);
    expect(parser.push('<tool_call name="finish"><arg name="summary">ok</arg>')).toEqual([{ type: 'tool-call-delta', id: expect.any(String), name: 'finish', argumentsDelta: '{"summary":"ok"' }]);
    const closed = parser.push('</tool_call>');
    expect(closed).toHaveLength(2);
    expect(closed[0]).toMatchObject({ type: 'tool-call-delta', argumentsDelta: '}' });
    expect(closed[1]).toMatchObject({ type: 'tool-call', toolCall: { name: 'finish', arguments: { summary: 'ok' }, argumentsText: '{"summary":"ok"}' } });
    expect(parser.end()).toEqual([]);
  });

  it('behavior: invalid JSON keeps the raw body as argumentsText', () => {
    const parser = createTaggedTextParser({ tools });
    const parts = [...parser.push('<tool_call name="edit_file">{"path": "a.ts", edits: oops}</tool_call>'), ...parser.end()];
    expect(parts[0]).toMatchObject({ type: 'tool-call', toolCall: { name: 'edit_file', arguments: undefined, argumentsText: '{"path": "a.ts", edits: oops}' } });
  });

  it('args: without tools, only values starting with { or [ are read as JSON', () => {
    const parser = createTaggedTextParser();
    const parts = [...parser.push('<tool_call name="x"><arg name="a">{"b": 1}</arg><arg name="c">12</arg></tool_call>'), ...parser.end()].filter((part) => part.type === 'tool-call');
    expect(parts[0]).toMatchObject({ type: 'tool-call', toolCall: { name: 'x', arguments: { a: { b: 1 }, c: '12' } } });
  });

  it('args: idPrefix numbers the calls', () => {
    const parser = createTaggedTextParser({ tools, idPrefix: 'call_' });
    const parts = parser.push('<tool_call name="finish">a</tool_call><tool_call name="finish">b</tool_call>');
    expect(parts.map((part) => (part.type === 'tool-call' ? part.toolCall.id : ''))).toEqual(['call_1', 'call_2']);
  });

  it('error: push after a failure throws the same error', () => {
    const parser = createTaggedTextParser({ tools });
    expect(() => parser.push('<arg name="x">')).toThrow(/outside any <tool_call>/);
    expect(() => parser.push('more')).toThrow(/outside any <tool_call>/);
  });
});
