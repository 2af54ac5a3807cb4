import { describe, expect, it } from 'vitest';
import { originalPosition, parseStackFrame, projectFileOf } from './source-map-position.js';

// Line 1: column 0 → source 0 line 1 column 1; column 5 → line 1 column 3. Line 2: column 0 → line 2 column 3;
// column 4 has no original (a one-field segment); column 8 → line 1 column 1 again (negative deltas).
const map = { version: 3, sources: ['../../src/a.ts'], mappings: 'AAAA,KAAE;AACA,I,IADF' };

describe('source map positions', () => {
  it('default: a generated position maps to the nearest segment at or before it', () => {
    expect(originalPosition(map, 1, 1)).toEqual({ source: '../../src/a.ts', line: 1, column: 1 });
    expect(originalPosition(map, 1, 7)).toEqual({ source: '../../src/a.ts', line: 1, column: 3 });
    expect(originalPosition(map, 2, 2)).toEqual({ source: '../../src/a.ts', line: 2, column: 3 });
    expect(originalPosition(map, 2, 9)).toEqual({ source: '../../src/a.ts', line: 1, column: 1 });
  });

  it('behavior: generated code without an original, lines past the map and bad maps give undefined', () => {
    expect(originalPosition(map, 2, 6)).toBeUndefined();
    expect(originalPosition(map, 3, 1)).toBeUndefined();
    expect(originalPosition({ sources: ['a.ts'], mappings: '!!!!' }, 1, 1)).toBeUndefined();
    expect(originalPosition({}, 1, 1)).toBeUndefined();
  });

  it('behavior: sources resolve to project files from the map directory, or from the root when the build was moved', () => {
    const files = { 'src/a.ts': '' };
    expect(projectFileOf('../../src/a.ts', 'dist/assets', files)).toBe('src/a.ts');
    expect(projectFileOf('../../../../src/a.ts', 'dist/assets', files)).toBe('src/a.ts');
    expect(projectFileOf('../../node_modules/react/index.js', 'dist/assets', files)).toBeUndefined();
    expect(projectFileOf('../../src/missing.ts', 'dist/assets', files)).toBeUndefined();
  });

  it('behavior: Chromium stack frames with and without a function name are parsed', () => {
    expect(parseStackFrame('    at dh (http://127.0.0.1:4000/assets/index-B1.js:9:51464)')).toEqual({ url: 'http://127.0.0.1:4000/assets/index-B1.js', line: 9, column: 51464 });
    expect(parseStackFrame('    at http://127.0.0.1:4000/assets/index-B1.js:1:10')).toEqual({ url: 'http://127.0.0.1:4000/assets/index-B1.js', line: 1, column: 10 });
    expect(parseStackFrame('    at <anonymous>')).toBeUndefined();
  });
});
