import { describe, expect, it } from 'vitest';
import { BuildwrightError } from '@buildwright/client';
import { Workspace } from './workspace.js';
import { projectPathCases } from '../testing/project-path-cases.js';
import { createZip } from '../versions/create-zip.js';
import { checkImportFiles } from '../versions/import-limits.js';
import { readZip } from '../versions/read-zip.js';
import { executeToolCall } from './execute-tool-call.js';
import { buildToolNames } from './file-tools.js';
import { projectDirectory, projectPath } from './project-path.js';

function thrown(run: () => unknown): BuildwrightError {
  try {
    run();
  } catch (error) {
    if (BuildwrightError.isInstance(error)) return error;
    throw error;
  }
  return expect.unreachable('nothing was thrown');
}

function writeFileCall(path: string) {
  const workspace = new Workspace({});
  const outcome = executeToolCall({ id: 'call-1', name: 'write_file', arguments: { path, content: 'x' }, argumentsText: '' }, { workspace, emit: async () => {}, allowed: buildToolNames });
  return { workspace, outcome };
}

// The same table runs through every sandbox adapter in the sandbox conformance suite (runSandboxSpec).
describe.each(projectPathCases)('the one path rule: $input', ({ input, expected }) => {
  if ('path' in expected) {
    it(`default: projectPath gives ${JSON.stringify(expected.path)}`, () => expect(projectPath(input)).toBe(expected.path));

    it('default: the file protocol writes it there', async () => {
      const { workspace, outcome } = writeFileCall(input);
      expect((await outcome).isError).toBe(false);
      expect(workspace.snapshot()).toEqual({ [expected.path]: 'x' });
    });

    it('default: imports (files and ZIP) put it there', async () => {
      expect(checkImportFiles({ [input]: 'x' })).toEqual({ [expected.path]: 'x' });
      expect(await readZip(createZip({ [input]: 'x' }))).toEqual({ [expected.path]: 'x' });
    });
  } else {
    it(`error: projectPath refuses it with ${expected.refused}`, () => expect(thrown(() => projectPath(input)).code).toBe(expected.refused));

    it('error: the file protocol refuses it and writes nothing', async () => {
      const { workspace, outcome } = writeFileCall(input);
      const result = await outcome;
      expect(result.isError).toBe(true);
      // The tool schema already refuses an empty path ("path: Too small").
      expect(result.content).toBe(
        input === '' ? 'Error: invalid arguments for write_file: path: Too small: expected string to have >=1 characters.' : `Error: ${thrown(() => projectPath(input)).message}`,
      );
      expect(workspace.snapshot()).toEqual({});
    });

    it("error: imports refuse it with IMPORT_REJECTED, the rule's code in details", async () => {
      const fromFiles = thrown(() => checkImportFiles({ [input]: 'x', 'ok.txt': 'y' }));
      expect([fromFiles.code, fromFiles.details.reason, fromFiles.details.pathCode]).toEqual(['IMPORT_REJECTED', 'path', expected.refused]);
      if (input === '') return; // A ZIP entry cannot be named "".
      const fromZip = await readZip(createZip({ [input]: 'x', 'ok.txt': 'y' })).then(
        () => expect.unreachable('the ZIP was imported'),
        (error: unknown) => (BuildwrightError.isInstance(error) ? error : Promise.reject(error)),
      );
      expect([fromZip.code, fromZip.details.reason, fromZip.details.pathCode]).toEqual(['IMPORT_REJECTED', 'path', expected.refused]);
    });
  }
});

describe('projectPath', () => {
  it.each(['../../etc/passwd', '/etc/passwd', 'src/../../x', 'C:/Windows/system32', '~user/.ssh/id_rsa', '.', 'src/..'])('error: refuses %j with PATH_OUTSIDE_PROJECT', (path) => {
    expect(thrown(() => projectPath(path)).code).toBe('PATH_OUTSIDE_PROJECT');
  });

  it('error: says what to do', () => {
    expect(thrown(() => projectPath('~/notes.txt')).message).toBe(
      'Path "~/notes.txt" starts with "~", which a shell reads as a home directory. Use a path relative to the project root, such as "src/App.tsx".',
    );
    expect(thrown(() => projectPath(' ')).message).toBe('Path " " has a blank name (only spaces). Use a visible name such as "src/App.tsx".');
  });

  // Found by project-path.fuzz.test.ts: the checks ran on the raw text only, so a prefix slipped these past them.
  it.each(['./C:/x', 'a/../C:/x', './~/notes.txt', 'a/../~x'])('error: refuses %j like its plain spelling', (path) => {
    expect(() => projectPath(path)).toThrow(expect.objectContaining({ code: 'PATH_OUTSIDE_PROJECT' }));
  });

  it.each(['./ ', 'x/../\t'])('error: refuses the blank name %j like " "', (path) => {
    expect(() => projectPath(path)).toThrow(expect.objectContaining({ code: 'PATH_INVALID' }));
  });
});

describe('projectDirectory', () => {
  it.each([
    [undefined, ''],
    ['', ''],
    ['.', ''],
    ['./', ''],
    ['./web/', 'web'],
    ['web\\api', 'web/api'],
  ])('default: %j is %j', (path, expected) => {
    expect(projectDirectory(path)).toBe(expected);
  });

  it('error: a directory outside the project is refused like a file', () => {
    expect(thrown(() => projectDirectory('../x')).code).toBe('PATH_OUTSIDE_PROJECT');
  });
});
