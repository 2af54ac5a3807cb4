import { describe, expect, it } from 'vitest';
import { Workspace } from './workspace.js';
import { assertWritableFile, defaultFileLimits, pathNameProblem } from './file-rules.js';
import { projectPath } from './project-path.js';

const project = (files: Record<string, string>) => new Workspace(files);
const refusal = (run: () => void) => {
  try {
    run();
  } catch (error) {
    return { code: (error as { code?: string }).code, message: (error as Error).message };
  }
  return undefined;
};

describe('pathNameProblem', () => {
  it('default: plain names, unicode letters and dots pass', () => {
    for (const path of ['src/App.tsx', 'src/Über/café.ts', '.env.example', 'docs/日本語.md']) expect(pathNameProblem(path), path).toBeUndefined();
  });

  it.each([
    ['src/\u202egnp.ts', /bidirectional control character \(U\+202E\)/],
    ['src/a\u200bb.ts', /invisible .*U\+200B/],
    ['src/a\u0007.ts', /control character \(U\+0007\)/],
    ['src/a\u009b.ts', /control character \(U\+009B\)/],
    ['src/\ud800.ts', /lone UTF-16 surrogate/],
    ['src/\udc00x.ts', /lone UTF-16 surrogate/],
    [`src/${'a'.repeat(300)}.ts`, /longer than 255 bytes/],
    [`${'abc/'.repeat(300)}x.ts`, /longer than 1024 bytes/],
  ])('error: %j is refused', (path, reason) => {
    expect(pathNameProblem(path)).toMatch(reason);
  });
});

describe('assertWritableFile', () => {
  it('default: a new file and an overwrite pass', () => {
    const files = project({ 'src/App.tsx': 'x' });
    expect(refusal(() => assertWritableFile(files, 'src/main.tsx', 10))).toBeUndefined();
    expect(refusal(() => assertWritableFile(files, 'src/App.tsx', 10))).toBeUndefined();
  });

  it('error: a name that differs only in letter case from a file or folder is refused, naming the existing one', () => {
    const files = project({ 'Readme.md': 'x', 'src/components/Button.tsx': 'x' });
    expect(refusal(() => assertWritableFile(files, 'README.md', 1))).toMatchObject({ code: 'PATH_INVALID', message: expect.stringContaining('"Readme.md"') });
    expect(refusal(() => assertWritableFile(files, 'src/Components/Card.tsx', 1))).toMatchObject({ code: 'PATH_INVALID', message: expect.stringContaining('"src/components"') });
    expect(refusal(() => assertWritableFile(files, 'README.md', 1, defaultFileLimits, 'Readme.md'))).toBeUndefined();
  });

  it('error: a file under a file, and a file where a folder is, are refused', () => {
    const files = project({ a: 'x', 'b/c.txt': 'y' });
    expect(refusal(() => assertWritableFile(files, 'a/b.txt', 1))).toMatchObject({ code: 'PATH_INVALID', message: expect.stringContaining('needs a folder "a", but that is a file') });
    expect(refusal(() => assertWritableFile(files, 'b', 1))).toMatchObject({ code: 'PATH_INVALID', message: expect.stringContaining('is a folder holding files') });
  });

  it('error: size, project total and file count limits hold before anything is written', () => {
    const limits = { maxFileBytes: 100, maxProjectBytes: 150, maxFiles: 2 };
    const files = project({ a: 'x'.repeat(90) });
    expect(refusal(() => assertWritableFile(files, 'big', 101, limits))).toMatchObject({ code: 'PROJECT_LIMIT_EXCEEDED', message: expect.stringContaining('over the limit of 100 bytes per file') });
    expect(refusal(() => assertWritableFile(files, 'b', 61, limits))).toMatchObject({ code: 'PROJECT_LIMIT_EXCEEDED', message: expect.stringContaining('over its limit of 150') });
    expect(refusal(() => assertWritableFile(files, 'a', 100, limits))).toBeUndefined();
    const full = project({ a: '1', b: '2' });
    expect(refusal(() => assertWritableFile(full, 'c', 1, limits))).toMatchObject({ code: 'PROJECT_LIMIT_EXCEEDED', message: expect.stringContaining('the limit (2)') });
    expect(refusal(() => assertWritableFile(full, 'a', 1, limits))).toBeUndefined();
  });

  it('behavior: the defaults match the import limits (5,000 files, 50 MB) with 2 MiB per file', () => {
    expect(defaultFileLimits).toEqual({ maxFileBytes: 2 * 1024 * 1024, maxProjectBytes: 50 * 1024 * 1024, maxFiles: 5_000 });
  });

  it('behavior: paths are compared in NFC, so a decomposed name is the same file as the precomposed one', () => {
    expect(projectPath('src/cafe\u0301.ts')).toBe('src/caf\u00e9.ts');
  });
});
