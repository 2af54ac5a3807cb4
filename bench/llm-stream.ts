/**
 * How fast openaiLlm turns a streamed response into parts, against the raw `openai` client
 * reading the same stream from the same local server.
 *
 * A 200 kB generated source file is streamed in 5-character deltas (about 41 000 SSE chunks) by
 * the OpenAI test server over real HTTP on 127.0.0.1:
 * - prose: the file as plain text deltas (the target: adapter overhead under 5%);
 * - text mode: the file inside a tagged `write_file` call, parsed by the tagged-text parser.
 * Runs alternate between the raw client and the adapter; medians are reported.
 *
 * Run: pnpm exec tsx bench/llm-stream.ts [runs]
 */
import { openaiLlm } from '@buildwright/adapters/openai';
import { startOpenAiTestServer } from '@buildwright/adapters/testing';
import type { LlmToolDefinition, TranscriptTurn } from '@buildwright/core';
import OpenAI from 'openai';

const runs = Number(process.argv[2] ?? 9);
const warmup = 2;
const deltaSize = 5;
const messages = [{ role: 'user' as const, content: 'Write the file.' }];
const tools: LlmToolDefinition[] = [
  { name: 'write_file', description: 'Write a file.', parameters: { type: 'object', properties: { path: { type: 'string' }, content: { type: 'string' } }, required: ['path', 'content'] } },
];

function generatedFile(bytes: number): string {
  const lines: string[] = [];
  let size = 0;
  for (let index = 0; size < bytes; index += 1) {
    const line = `export function handler${index}(input: { id: number; name: string }): string {\n  return \`\${input.name}-\${input.id * ${index}}\`;\n}\n`;
    lines.push(line);
    size += line.length;
  }
  return lines.join('').slice(0, bytes);
}

interface Reading {
  ms: number;
  tokens: number;
  parts: number;
}

async function scenario(name: string, turn: TranscriptTurn, check: (characters: number, toolContent: string | undefined) => void, toolMode: 'native' | 'text') {
  const turns = Array.from({ length: 2 * (runs + warmup) }, () => turn);
  const server = await startOpenAiTestServer({ transcript: { format: 'buildwright.transcript/v1', turns }, deltaSize });
  const raw = new OpenAI({ apiKey: 'bench', baseURL: server.baseURL, maxRetries: 0 });
  const llm = openaiLlm({ model: 'gpt-4.1-mini', apiKey: 'bench', baseURL: server.baseURL, maxRetries: 0, toolMode });

  const readRaw = async (): Promise<Reading> => {
    const started = performance.now();
    const stream = await raw.chat.completions.create({ model: 'gpt-4.1-mini', messages, stream: true, stream_options: { include_usage: true } });
    let tokens = 0;
    let parts = 0;
    for await (const chunk of stream) {
      parts += chunk.choices[0]?.delta.content ? 1 : 0;
      if (chunk.usage) tokens = chunk.usage.completion_tokens;
    }
    return { ms: performance.now() - started, tokens, parts };
  };
  const readAdapter = async (): Promise<Reading> => {
    const started = performance.now();
    let characters = 0;
    let tokens = 0;
    let parts = 0;
    let toolContent: string | undefined;
    for await (const part of llm.stream({ node: 'build', messages, tools: toolMode === 'text' ? tools : [] })) {
      if (part.type === 'text-delta') {
        characters += part.text.length;
        parts += 1;
      } else if (part.type === 'tool-call') toolContent = (part.toolCall.arguments as { content: string }).content;
      else if (part.type === 'usage') tokens = part.usage.outputTokens;
    }
    check(characters, toolContent);
    return { ms: performance.now() - started, tokens, parts };
  };

  const times = { raw: [] as number[], adapter: [] as number[] };
  let last: Reading | undefined;
  for (let run = 0; run < runs + warmup; run += 1) {
    // Alternate which goes first, so neither always gets a warmer process.
    const order = run % 2 === 0 ? (['raw', 'adapter'] as const) : (['adapter', 'raw'] as const);
    for (const which of order) {
      const reading = await (which === 'raw' ? readRaw() : readAdapter());
      if (run >= warmup) times[which].push(reading.ms);
      if (which === 'adapter') last = reading;
    }
  }
  await server.close();
  const median = (values: number[]) => [...values].sort((left, right) => left - right)[Math.floor(values.length / 2)]!;
  const rawMs = median(times.raw);
  const adapterMs = median(times.adapter);
  const tokens = last!.tokens;
  console.log(`${name}: ${tokens} tokens, median of ${runs} runs`);
  console.log(`  raw openai client  ${rawMs.toFixed(1)} ms  ${((tokens / rawMs) * 1000).toFixed(0).padStart(7)} tokens/s`);
  console.log(`  openaiLlm          ${adapterMs.toFixed(1)} ms  ${((tokens / adapterMs) * 1000).toFixed(0).padStart(7)} tokens/s  (${last!.parts} text-delta parts)`);
  console.log(`  adapter overhead   ${(((adapterMs - rawMs) / rawMs) * 100).toFixed(1)}%`);
}

const file = generatedFile(200 * 1024);
console.log(`llm-stream: a ${(file.length / 1024).toFixed(0)} kB file in ${deltaSize}-character deltas over HTTP (target: prose overhead < 5%)`);
await scenario(
  'prose (text deltas)',
  { text: file, toolCalls: [] },
  (characters) => {
    if (characters !== file.length) throw new Error(`read ${characters} characters, expected ${file.length}`);
  },
  'native',
);
await scenario(
  "toolMode 'text' (the file in a tagged write_file call)",
  { toolCalls: [{ name: 'write_file', arguments: { path: 'src/handlers.ts', content: file } }] },
  (_characters, content) => {
    if (content !== file) throw new Error('the tagged write_file call did not parse back to the file');
  },
  'text',
);
