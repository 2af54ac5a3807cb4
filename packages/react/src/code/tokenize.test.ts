import { describe, expect, it } from 'vitest';
import { languageOf, tokenLines, tokenize, type CodeLanguage } from './tokenize.js';

describe('tokenize', () => {
  it('default: JS keywords, strings, numbers, comments and JSX tags', () => {
    const tokens = tokenize("const n = 42; // answer\nreturn <App title='x' />;", 'js');
    const of = (type: string) => tokens.filter((token) => token.type === type).map((token) => token.text.trim());
    expect(of('keyword')).toEqual(['const', 'return']);
    expect(of('number')).toEqual(['42']);
    expect(of('comment')).toEqual(['// answer']);
    expect(of('string')).toEqual(["'x'"]);
    expect(of('tag')).toEqual(['<App', '/>']);
  });

  it('behavior: the tokens of every language give the input back exactly', () => {
    const samples: Array<[CodeLanguage, string]> = [
      ['js', 'const s = `a ${b}`;\n/* multi\nline */ let x = 0x1f;\n"unterminated'],
      ['json', '{ "name": "app", "version": 1.5, "private": true, "list": [null] }'],
      ['css', '@media (x) { .a { color: #fff; --gap: 4px !important; } }'],
      ['html', '<!doctype html>\n<a href="x" data-y=\'z\'>t</a><!-- c -->'],
      ['solidity', 'pragma solidity ^0.8.20;\ncontract C { uint256 public n = 1; function f() external view returns (uint256) { return n; } }'],
      ['plain', 'anything at all'],
    ];
    for (const [language, code] of samples)
      expect(
        tokenize(code, language)
          .map((token) => token.text)
          .join(''),
      ).toBe(code);
  });

  it('behavior: tokenLines splits multi-line tokens at newlines', () => {
    const lines = tokenLines(tokenize('/* a\nb */ x', 'js'));
    expect(lines).toEqual([
      [{ type: 'comment', text: '/* a' }],
      [
        { type: 'comment', text: 'b */' },
        { type: 'plain', text: ' x' },
      ],
    ]);
  });

  it('args: languageOf reads the extension', () => {
    expect(['src/App.tsx', 'package.json', 'a.css', 'index.html', 'Token.sol', 'README.md'].map(languageOf)).toEqual(['js', 'json', 'css', 'html', 'solidity', 'plain']);
  });
});
