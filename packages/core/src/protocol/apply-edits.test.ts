import { describe, expect, it } from 'vitest';
import { applyEdits } from './apply-edits.js';

describe('applyEdits', () => {
  it('default: an exact single match is replaced', () => {
    expect(applyEdits('a\nb\nc\n', [{ search: 'b', replace: 'B' }])).toEqual({ ok: true, content: 'a\nB\nc\n' });
  });

  it('behavior: edits apply in order, each on the result of the previous', () => {
    expect(
      applyEdits('one two', [
        { search: 'one', replace: 'two' },
        { search: 'two two', replace: 'three' },
      ]),
    ).toEqual({ ok: true, content: 'three' });
  });

  it('behavior: whitespace differences are tolerated when the exact text is absent', () => {
    const content = 'function f() {\n    return 1;\n}\n';
    const result = applyEdits(content, [{ search: 'function f() {\n  return 1;\n}', replace: 'const f = () => 1;' }]);
    expect(result).toEqual({ ok: true, content: 'const f = () => 1;\n' });
  });

  it('error: no match names the nearest lines', () => {
    const result = applyEdits('const a = 1;\nconst count = 2;\n', [{ search: 'let count = 3;', replace: 'x' }]);
    expect(result).toEqual({ ok: false, index: 0, reason: 'search text not found', nearest: '2: const count = 2;' });
  });

  it('error: several matches are refused rather than guessed', () => {
    const result = applyEdits('x\nx\n', [{ search: 'x', replace: 'y' }]);
    expect(result).toMatchObject({ ok: false, reason: expect.stringContaining('matches 2 places') });
  });

  it('error: a failing later edit applies none of them', () => {
    const result = applyEdits('a b', [
      { search: 'a', replace: 'A' },
      { search: 'zzz', replace: 'q' },
    ]);
    expect(result).toMatchObject({ ok: false, index: 1 });
  });

  it('error: an empty search is refused', () => {
    expect(applyEdits('a', [{ search: '', replace: 'b' }])).toMatchObject({ ok: false, reason: expect.stringContaining('empty') });
  });
});
