import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzParameters } from '../../testing/fuzz-test-support.js';
import { chunksAt } from './chunks-at.test-support.js';
import { createStreamedArgumentsReader } from './streamed-arguments.js';

function read(chunks: readonly string[]) {
  const reader = createStreamedArgumentsReader();
  let path: string | undefined;
  let content = '';
  for (const chunk of chunks) {
    const progress = reader.push(chunk);
    if (progress.path !== undefined) path = progress.path;
    content += progress.content;
  }
  return { path, content, broken: reader.broken };
}

const anyText = fc.string({ unit: fc.oneof(fc.constantFrom('"', '\\', '\n', '\t', '\u0000', '\ud83d', '\ude00', '/', '{', '}'), fc.string({ unit: 'binary', minLength: 1, maxLength: 1 })) });
const otherValue = fc.oneof(
  fc.constant(null),
  fc.boolean(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
  anyText,
  fc.array(anyText, { maxLength: 3 }),
  fc.dictionary(anyText, anyText, { maxKeys: 3 }),
);
const argumentsObject = fc
  .record({
    path: anyText,
    content: anyText,
    extra: fc.dictionary(
      fc.string({ maxLength: 8 }).filter((key) => key !== 'path' && key !== 'content'),
      otherValue,
      { maxKeys: 3 },
    ),
    order: fc.nat(),
    indent: fc.constantFrom(undefined, 0, 2, '\t'),
  })
  .map(({ path, content, extra, order, indent }) => {
    const entries: [string, unknown][] = [...Object.entries(extra), ['path', path], ['content', content]];
    const rotated = entries.map((_, index) => entries[(index + order) % entries.length]!);
    return { path, content, text: JSON.stringify(Object.fromEntries(rotated), null, indent) };
  });

describe('createStreamedArgumentsReader (property)', () => {
  it('behavior: over any chunking, reads exactly the path and content JSON.parse reads', () => {
    fc.assert(
      fc.property(argumentsObject, fc.array(fc.nat(), { maxLength: 20 }), ({ path, content, text }, cuts) => {
        const result = read(chunksAt(text, cuts));
        expect(result).toEqual({ path, content, broken: false });
      }),
      fuzzParameters(),
    );
  });

  it('behavior: never throws, and what it reads of any text is what JSON.parse reads when the text parses', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          anyText,
          argumentsObject.map(({ text }) => text.slice(0, -1) + text.slice(-1).repeat(2)),
        ),
        fc.array(fc.nat(), { maxLength: 8 }),
        (text, cuts) => {
          const result = read(chunksAt(text, cuts));
          let parsed: unknown;
          try {
            parsed = JSON.parse(text);
          } catch {
            return;
          }
          if (result.broken || typeof parsed !== 'object' || parsed === null) return;
          const record = parsed as Record<string, unknown>;
          if (result.path !== undefined) expect(result.path).toBe(record['path']);
          if (typeof record['content'] === 'string') expect(record['content'].startsWith(result.content)).toBe(true);
        },
      ),
      fuzzParameters(),
    );
  });
});

describe('createStreamedArgumentsReader', () => {
  it('default: the path when its string closes, content as it grows', () => {
    const reader = createStreamedArgumentsReader();
    expect(reader.push('{"path": "src/a')).toEqual({ content: '' });
    expect(reader.push('.ts", "content": "line\\')).toEqual({ path: 'src/a.ts', content: 'line' });
    expect(reader.push('n2')).toEqual({ content: '\n2' });
    expect(reader.push('\\u00e9"}')).toEqual({ content: 'é' });
  });

  it('error: a key given twice breaks the reader (JSON.parse would take the last one)', () => {
    const reader = createStreamedArgumentsReader();
    reader.push('{"path":"src/a.ts","content":"x",');
    expect(reader.push('"path":".git/hooks/pre-commit"}')).toEqual({ content: '' });
    expect(reader.broken).toBe(true);
  });

  it('error: a path that is not a string, or text that is not an object, breaks the reader', () => {
    const numeric = createStreamedArgumentsReader();
    numeric.push('{"path": 12');
    expect(numeric.broken).toBe(true);
    const list = createStreamedArgumentsReader();
    list.push('["path"]');
    expect(list.broken).toBe(true);
  });
});
