import { describe, expect, it } from 'vitest';
import { parseBuildIssues, trimBuildOutput } from './build-check.js';
import { parseTscOutput } from './validate-check.js';

describe('build output parsing', () => {
  it('behavior: an esbuild transform error gives file, line, column and message once', () => {
    const output = trimBuildOutput(
      [
        'vite v7.3.8 building for production...',
        'error during build:',
        '[vite:esbuild] Transform failed with 1 error:',
        'src/App.tsx:3:12: ERROR: Unexpected ";"',
        'file: src/App.tsx:3:12',
        '    at failureErrorWithLog (node_modules/esbuild/lib/main.js:1:1)',
      ].join('\n'),
    );
    expect(output).not.toContain('building for production');
    expect(output).not.toContain('at failureErrorWithLog');
    expect(parseBuildIssues(output)).toEqual([{ file: 'src/App.tsx', line: 3, column: 12, message: 'Unexpected ";"' }]);
  });

  it('behavior: a Rollup error gives its own message', () => {
    const output = 'error during build:\nsrc/App.tsx (1:9): "nope" is not exported by "src/main.tsx", imported by "src/App.tsx".\nfile: src/App.tsx:1:9';
    expect(parseBuildIssues(output)).toEqual([{ file: 'src/App.tsx', line: 1, column: 9, message: '"nope" is not exported by "src/main.tsx", imported by "src/App.tsx".' }]);
  });

  it('behavior: output without a place becomes one issue with the first error line', () => {
    expect(parseBuildIssues('error during build:\nError: Cannot find module "@vitejs/plugin-react"')).toEqual([{ message: 'Error: Cannot find module "@vitejs/plugin-react"' }]);
  });

  it('behavior: tsc lines and their continuation lines become issues', () => {
    const output =
      "src/App.tsx(2,9): error TS2322: Type 'number' is not assignable to type 'string'.\nsrc/a.ts(1,1): error TS2345: Argument is wrong.\n  Types of property 'x' are incompatible.\nerror TS5083: Cannot read file 'tsconfig.base.json'.";
    expect(parseTscOutput(output)).toEqual([
      { file: 'src/App.tsx', line: 2, column: 9, message: "Type 'number' is not assignable to type 'string'. (TS2322)" },
      { file: 'src/a.ts', line: 1, column: 1, message: "Argument is wrong. (TS2345) Types of property 'x' are incompatible." },
      { message: "TS5083: Cannot read file 'tsconfig.base.json'." },
    ]);
  });
});
