import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzParameters } from '../testing/fuzz-test-support.js';
import { pathNameProblem } from './file-rules.js';
import { plainPath } from './path-test-support.js';

/** Characters no project path may hold: C0/C1 controls, bidi and zero-width controls, the BOM, lone surrogates. */
const forbiddenCharacter = fc
  .oneof(
    fc.integer({ min: 0x00, max: 0x1f }),
    fc.integer({ min: 0x7f, max: 0x9f }),
    fc.constantFrom(0x061c, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x202a, 0x202b, 0x202c, 0x202d, 0x202e, 0x2066, 0x2067, 0x2068, 0x2069, 0xfeff),
    fc.integer({ min: 0xd800, max: 0xdfff }),
  )
  .map((code) => String.fromCharCode(code));

const bytes = (text: string) => new TextEncoder().encode(text).length;

describe('pathNameProblem (properties)', () => {
  it('property: a plain path passes, and one forbidden character anywhere in it is refused', () => {
    fc.assert(
      fc.property(plainPath, forbiddenCharacter, fc.nat(), (path, character, at) => {
        expect(pathNameProblem(path)).toBeUndefined();
        const index = at % (path.length + 1);
        expect(pathNameProblem(path.slice(0, index) + character + path.slice(index))).toMatch(/control character|surrogate/);
      }),
      fuzzParameters(),
    );
  });

  it('property: a name is refused exactly when it is over 255 UTF-8 bytes, a path when it is over 1024', () => {
    const letter = fc.constantFrom('a', 'é', '日', '😀');
    const component = fc.array(letter, { minLength: 1, maxLength: 140 }).map((letters) => letters.join(''));
    fc.assert(
      fc.property(fc.array(component, { minLength: 1, maxLength: 8 }), (components) => {
        const path = components.join('/');
        const tooLong = bytes(path) > 1024 || components.some((name) => bytes(name) > 255);
        expect(pathNameProblem(path) !== undefined).toBe(tooLong);
      }),
      fuzzParameters(),
    );
  });
});
