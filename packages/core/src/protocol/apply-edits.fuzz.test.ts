import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzParameters } from '../testing/fuzz-test-support.js';
import { applyEdits, type FileEdit } from './apply-edits.js';

/** Source-like text from few characters, so searches often match once, twice or not at all. */
const text = (maxLength: number) => fc.string({ unit: fc.constantFrom('a', 'b', 'c', ' ', '\t', '\n', '(', ')', '$&'), maxLength });
const edit = fc.record({ search: text(6), replace: text(6) });
/** Places `needle` starts in `haystack`, overlapping ones included (`aa` is twice in `aaa`). */
const count = (haystack: string, needle: string) => Array.from({ length: haystack.length }, (_, index) => haystack.startsWith(needle, index)).filter(Boolean).length;

describe('applyEdits (properties)', () => {
  it('property: a search that occurs exactly once is replaced there and nowhere else', () => {
    fc.assert(
      fc.property(text(30), text(8), text(30), text(8), (before, search, after, replace) => {
        const content = before + search + after;
        fc.pre(search !== '' && count(content, search) === 1);
        expect(applyEdits(content, [{ search, replace }])).toEqual({ ok: true, content: before + replace + after });
      }),
      fuzzParameters(),
    );
  });

  it('property: an exact edit is undone by the reverse edit (round trip)', () => {
    fc.assert(
      fc.property(text(30), text(8), text(30), text(8), (before, search, after, replace) => {
        const content = before + search + after;
        fc.pre(search !== '' && replace !== '' && count(content, search) === 1);
        const edited = applyEdits(content, [{ search, replace }]);
        fc.pre(edited.ok && count(edited.content, replace) === 1);
        expect(applyEdits(edited.ok ? edited.content : '', [{ search: replace, replace: search }])).toEqual({ ok: true, content });
      }),
      fuzzParameters(),
    );
  });

  it('property: edits apply one after another, and a failing edit applies nothing and names itself', () => {
    fc.assert(
      fc.property(text(40), fc.array(edit, { maxLength: 4 }), fc.array(edit, { maxLength: 4 }), (content, first, second) => {
        const whole = applyEdits(content, [...first, ...second]);
        const head = applyEdits(content, first);
        if (!head.ok) {
          expect(whole).toEqual(head);
          return;
        }
        const tail = applyEdits(head.content, second);
        expect(whole).toEqual(tail.ok ? tail : { ...tail, index: tail.index + first.length });
      }),
      fuzzParameters(),
    );
  });

  it('property: a search whose whitespace differs from the one line it means still replaces that line', () => {
    const word = fc.stringMatching(/^[a-z(){};=]{1,6}$/);
    const line = fc.array(word, { minLength: 1, maxLength: 4 });
    fc.assert(
      fc.property(fc.array(line, { minLength: 1, maxLength: 6 }), fc.nat(), fc.constantFrom('  ', '\t', ' \t '), text(8), (lines, pick, gap, replace) => {
        const index = pick % lines.length;
        const written = lines.map((words) => words.join(' '));
        fc.pre(written.filter((candidate) => candidate === written[index]).length === 1);
        const content = written.join('\n');
        const search = `${gap}${lines[index]!.join(gap)}`;
        fc.pre(!content.includes(search));
        const expected = [...written.slice(0, index), replace, ...written.slice(index + 1)].join('\n');
        expect(applyEdits(content, [{ search, replace } satisfies FileEdit])).toEqual({ ok: true, content: expected });
      }),
      fuzzParameters(),
    );
  });
});
