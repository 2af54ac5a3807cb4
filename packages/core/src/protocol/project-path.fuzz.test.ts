import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import fc from 'fast-check';
import { posix, win32 } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BuildwrightError } from '@buildwright/client';
import { fuzzParameters } from '../testing/fuzz-test-support.js';
import { pathNameProblem } from './file-rules.js';
import { pathText } from './path-test-support.js';
import { projectPath } from './project-path.js';
import { protectedPathReason } from './protected-paths.js';

/** The path, or the code it was refused with (anything but a BuildwrightError is rethrown). */
function outcome(path: string): string {
  try {
    return `ok:${projectPath(path)}`;
  } catch (error) {
    if (!BuildwrightError.isInstance(error)) throw error;
    return `refused:${error.code}`;
  }
}

const accepted = pathText.filter((path) => outcome(path).startsWith('ok:')).map(projectPath);
/** Paths that do not look absolute (`/`, `\`, `~`, a drive), so a prefix such as `./` does not change what they mean. */
const relative = pathText.filter((path) => !/^(?:[\\/~]|[a-zA-Z]:)/.test(path));

describe('projectPath (properties)', () => {
  it('property: any input is a normalized path, PATH_OUTSIDE_PROJECT or (a blank name) PATH_INVALID, nothing else', () => {
    fc.assert(
      fc.property(fc.oneof(pathText, fc.string({ unit: 'binary' })), (path) => {
        expect(outcome(path)).toMatch(/^(ok:|refused:PATH_OUTSIDE_PROJECT$|refused:PATH_INVALID$)/);
      }),
      fuzzParameters(),
    );
  });

  it('property: an accepted path never leaves the project, on POSIX or Windows', () => {
    fc.assert(
      fc.property(accepted, (path) => {
        expect(path.split('/').every((segment) => segment !== '' && segment !== '.' && segment !== '..')).toBe(true);
        expect(path).not.toMatch(/^[~/]|^[a-zA-Z]:|[\\\0]/);
        expect(posix.resolve('/project', path).startsWith('/project/')).toBe(true);
        expect(win32.resolve('D:\\project', path).startsWith('D:\\project\\')).toBe(true);
      }),
      fuzzParameters(),
    );
  });

  it('property: normalizing is idempotent, and the result is Unicode NFC', () => {
    fc.assert(
      fc.property(accepted, (path) => {
        expect(projectPath(path)).toBe(path);
        expect(path.normalize('NFC')).toBe(path);
      }),
      fuzzParameters(),
    );
  });

  it('property: spellings of one path agree — NFC or NFD, "/" or "\\", doubled separators, "./" or "x/../" in front', () => {
    fc.assert(
      fc.property(relative, (path) => {
        const expected = outcome(path);
        expect(outcome(path.normalize('NFD'))).toBe(expected);
        expect(outcome(path.normalize('NFC'))).toBe(expected);
        expect(outcome(path.replaceAll('/', '\\'))).toBe(expected);
        expect(outcome(path.replaceAll('/', '//'))).toBe(expected);
        expect(outcome(`./${path}`)).toBe(expected);
        expect(outcome(`x/../${path}`)).toBe(expected);
      }),
      fuzzParameters(),
    );
  });

  it('property: a sandbox stores every path the model may write under exactly that name', async () => {
    const writable = accepted.filter((path) => pathNameProblem(path) === undefined && protectedPathReason(path) === undefined);
    await fc.assert(
      fc.asyncProperty(writable, fc.string(), async (path, content) => {
        const sandbox = await memorySandbox().open({ projectId: 'p1' });
        await sandbox.writeFile(path, content);
        expect(await sandbox.readFile(path)).toBe(content);
        const listed = !path
          .split('/')
          .slice(0, -1)
          .some((folder) => folder.startsWith('.') || folder === 'node_modules' || folder === 'dist');
        if (listed) expect(await sandbox.listFiles()).toEqual([path]);
      }),
      fuzzParameters(),
    );
  });
});
