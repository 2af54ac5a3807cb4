import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzParameters } from '../../testing/fuzz-test-support.js';
import { chunksAt } from '../file-streaming/chunks-at.test-support.js';
import { createStreamedTextCleaner } from './streamed-clean-text.js';
import { cleanText } from './tagged-text-values.js';

const value = fc.string({
  unit: fc.oneof(fc.constantFrom('\n', '\r', ' ', '\t', '`', '~', '```', '~~~', '```ts\n', '\n```'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })),
  maxLength: 40,
});

describe('createStreamedTextCleaner (property)', () => {
  it('behavior: over any chunking, the pieces join to cleanText of the whole value', () => {
    fc.assert(
      fc.property(value, fc.array(fc.nat(), { maxLength: 10 }), (raw, cuts) => {
        const cleaner = createStreamedTextCleaner();
        const pieces = chunksAt(raw, cuts).map((chunk) => cleaner.push(chunk));
        expect(pieces.join('') + cleaner.end()).toBe(cleanText(raw));
      }),
      fuzzParameters(300),
    );
  });
});

describe('createStreamedTextCleaner', () => {
  it('default: a multi-line value streams once its second line starts, the blank first and last lines dropped', () => {
    const cleaner = createStreamedTextCleaner();
    expect(cleaner.push('\nline 1')).toBe('');
    expect(cleaner.push('\nline 2\n')).toBe('line 1\nline 2');
    expect(cleaner.push('line 3\n  ')).toBe('\nline 3');
    expect(cleaner.end()).toBe('');
  });

  it('behavior: a value that opens with a code fence comes whole at the end', () => {
    const cleaner = createStreamedTextCleaner();
    expect(cleaner.push('```ts\nconst a = 1;\n')).toBe('');
    expect(cleaner.push('```\n')).toBe('');
    expect(cleaner.end()).toBe('const a = 1;');
  });
});
