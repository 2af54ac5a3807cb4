import { describe, expect, it } from 'vitest';
import { canonicalJson } from './canonical-json.js';

describe('canonicalJson', () => {
  it('default: object keys sorted at every depth, arrays kept in order', () => {
    expect(canonicalJson({ b: 1, a: [{ d: 2, c: 'x' }, null] })).toBe('{"a":[{"c":"x","d":2},null],"b":1}');
  });

  it('behavior: values equal but for key order give the same text; undefined entries are left out as JSON.stringify leaves them', () => {
    const value = { kind: 'web', area: { title: 'x', at: 1, gone: undefined } };
    expect(canonicalJson(value)).toBe(canonicalJson({ area: { at: 1, title: 'x' }, kind: 'web' }));
    expect(JSON.parse(canonicalJson(value))).toEqual(JSON.parse(JSON.stringify(value)));
    expect(canonicalJson(undefined)).toBe('null');
  });
});
