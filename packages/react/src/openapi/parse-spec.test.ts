import { describe, expect, it } from 'vitest';
import { parseSpec } from './parse-spec.js';

describe('parseSpec', () => {
  it('default: YAML and JSON documents parse to the same object', async () => {
    const yaml = await parseSpec('openapi: 3.1.0\ninfo:\n  title: Todos\n  version: "1"\npaths:\n  /todos:\n    get:\n      operationId: listTodos\n');
    const json = await parseSpec('{"openapi":"3.1.0","info":{"title":"Todos","version":"1"},"paths":{"/todos":{"get":{"operationId":"listTodos"}}}}');
    expect(yaml.error).toBeNull();
    expect(yaml.document).toEqual(json.document);
  });

  it('error: a syntax error names its line; a document that is not a mapping says what is expected', async () => {
    expect(await parseSpec('openapi: 3.1.0\npaths:\n  /a: {}\n  /a: {}\n')).toEqual({ document: null, error: 'line 4: Map keys must be unique' });
    expect(await parseSpec('openapi: 3.1.0\ninfo: [unclosed\n')).toEqual({ document: null, error: expect.stringMatching(/^line 3: Flow sequence/) });
    expect(await parseSpec('- a list\n')).toEqual({ document: null, error: 'the document is not a mapping (expected `openapi`, `info`, `paths`)' });
  });

  it('error: aliases cannot make the parser expand a document without end', async () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (let level = 1; level < 9; level += 1)
      levels.push(
        `${String.fromCharCode(97 + level)}: &${String.fromCharCode(97 + level)} [${Array(9)
          .fill(`*${String.fromCharCode(96 + level)}`)
          .join(', ')}]`,
      );
    const result = await parseSpec(levels.join('\n'));
    expect(result.document).toBeNull();
    expect(result.error).toMatch(/alias/i);
  });
});
