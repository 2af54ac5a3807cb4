import type { BuildwrightErrorCode } from '@buildwright/client';

/** One input of the project path rule (`projectPath`) and what every caller must make of it. */
export interface ProjectPathCase {
  /** The path as a model, an archive or a caller spells it. */
  input: string;
  /** The normalized project path, or the code the path is refused with. */
  expected: { path: string } | { refused: Extract<BuildwrightErrorCode, 'PATH_OUTSIDE_PROJECT' | 'PATH_INVALID'> };
}

/**
 * Inputs on which the file protocol, imports and sandbox adapters once disagreed, and the one
 * answer each now gets everywhere (docs/file-protocol.md, "Paths"). The sandbox conformance suite
 * runs them through `writeFile`/`readFile`/`removeFile`; core's tests run them through the file
 * protocol and imports.
 */
export const projectPathCases: readonly ProjectPathCase[] = [
  { input: 'src\\App.tsx', expected: { path: 'src/App.tsx' } },
  { input: './src//App.tsx', expected: { path: 'src/App.tsx' } },
  { input: 'src/../App.tsx', expected: { path: 'App.tsx' } },
  { input: 'e\u0301te\u0301.txt', expected: { path: '\u00e9t\u00e9.txt' } },
  { input: 'src/~backup.txt', expected: { path: 'src/~backup.txt' } },
  { input: '~/notes.txt', expected: { refused: 'PATH_OUTSIDE_PROJECT' } },
  { input: '~', expected: { refused: 'PATH_OUTSIDE_PROJECT' } },
  { input: '..\\evil.txt', expected: { refused: 'PATH_OUTSIDE_PROJECT' } },
  { input: '\\etc\\passwd', expected: { refused: 'PATH_OUTSIDE_PROJECT' } },
  { input: 'C:\\Windows\\evil.txt', expected: { refused: 'PATH_OUTSIDE_PROJECT' } },
  { input: 'a\0b.txt', expected: { refused: 'PATH_OUTSIDE_PROJECT' } },
  { input: '', expected: { refused: 'PATH_OUTSIDE_PROJECT' } },
  { input: ' ', expected: { refused: 'PATH_INVALID' } },
  { input: 'src/ /App.tsx', expected: { refused: 'PATH_INVALID' } },
];
