// Path-like inputs for the property tests of the path rules (not exported from the package).
import fc from 'fast-check';

/** Names that exercise a rule: dots, drives, home, protected names, Unicode spellings, invisible characters. */
const trickySegments = [
  '.',
  '..',
  '',
  ' ',
  '...',
  'src',
  'App.tsx',
  'a',
  'A',
  'b.txt',
  '~',
  '~x',
  'C:',
  'c:',
  '.git',
  '.GIT',
  '.git.',
  'node_modules',
  '.npmrc',
  '.npmrc ',
  'package.json',
  'e\u0301',
  '\u00e9',
  '\u212b',
  '\u202e',
  '\u200b',
  '\0',
  '\t',
  '\u0085',
  'x'.repeat(300),
];

const loneSurrogate = fc.integer({ min: 0xd800, max: 0xdfff }).map((code) => String.fromCharCode(code));

/** One path segment: mostly plain names, often a tricky one, sometimes any code points. */
export const segmentText = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...trickySegments) },
  { weight: 3, arbitrary: fc.stringMatching(/^[A-Za-z0-9_.-]{1,8}$/) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 4 }) },
  { weight: 1, arbitrary: fc.tuple(fc.stringMatching(/^[a-z]{0,3}$/), loneSurrogate).map(([name, surrogate]) => name + surrogate) },
);

/** A path as a model, an upload or a careless caller might write it: segments joined by any separator, any prefix. */
export const pathText = fc.oneof(
  {
    weight: 5,
    arbitrary: fc
      .tuple(fc.constantFrom('', '', '', './', '/', '\\', '~/', 'C:\\', '//'), fc.array(fc.tuple(segmentText, fc.constantFrom('/', '/', '/', '\\', '//', '/./')), { minLength: 1, maxLength: 6 }))
      .map(([prefix, parts]) => prefix + parts.map(([segment, separator], index) => (index === 0 ? segment : separator + segment)).join('')),
  },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) },
);

/** A plain project path the rules accept (`src/components/Button.tsx`-like). */
export const plainPath = fc
  .tuple(fc.array(fc.stringMatching(/^[a-z][a-z0-9_-]{0,7}$/), { maxLength: 2 }), fc.stringMatching(/^[a-z][a-z0-9]{0,6}\.(ts|tsx|css|md)$/))
  .map(([folders, file]) => [...folders, file].join('/'));
