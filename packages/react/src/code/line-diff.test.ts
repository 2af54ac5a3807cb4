import { describe, expect, it } from 'vitest';
import { diffLines } from './line-diff.js';

describe('diffLines', () => {
  it('default: a changed line is a removal then an addition, with line numbers of both sides', () => {
    expect(diffLines('a\nb\nc', 'a\nB\nc')).toEqual([
      { kind: 'same', text: 'a', oldNumber: 1, newNumber: 1 },
      { kind: 'remove', text: 'b', oldNumber: 2, newNumber: null },
      { kind: 'add', text: 'B', oldNumber: null, newNumber: 2 },
      { kind: 'same', text: 'c', oldNumber: 3, newNumber: 3 },
    ]);
  });

  it('behavior: the "same" and "add" lines rebuild the new text, "same" and "remove" the old', () => {
    const before = 'one\ntwo\nthree\nfour\nfive\n';
    const after = 'zero\none\nthree\nfour and a half\nfive\nsix\n';
    const lines = diffLines(before, after);
    expect(
      lines
        .filter((line) => line.kind !== 'remove')
        .map((line) => line.text)
        .join('\n'),
    ).toBe(after);
    expect(
      lines
        .filter((line) => line.kind !== 'add')
        .map((line) => line.text)
        .join('\n'),
    ).toBe(before);
    expect(lines.filter((line) => line.kind === 'same').map((line) => line.text)).toEqual(['one', 'three', 'five', '']);
  });

  it('behavior: identical texts have no change', () => {
    expect(diffLines('x\ny', 'x\ny').every((line) => line.kind === 'same')).toBe(true);
  });
});
