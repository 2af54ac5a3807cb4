import { describe, expect, it } from 'vitest';
import { BuildwrightError } from '../errors/buildwright-error.js';
import { projectPath } from './project-path.js';

describe('projectPath', () => {
  it('default: normalizes relative paths', () => {
    expect(projectPath('./src//components/../App.tsx')).toBe('src/App.tsx');
    expect(projectPath('src\\main.tsx')).toBe('src/main.tsx');
  });

  it.each(['../../etc/passwd', '/etc/passwd', 'src/../../x', 'C:/Windows/system32', '~/.ssh/id_rsa', 'a/\0b', '', '.', 'src/..', '   '])('error: refuses %j', (path) => {
    try {
      projectPath(path);
      expect.unreachable();
    } catch (error) {
      expect(BuildwrightError.isInstance(error) && error.code).toBe('PATH_OUTSIDE_PROJECT');
    }
  });

  // Found by project-path.fuzz.test.ts: the checks ran on the raw text only, so a prefix slipped these past them.
  it.each(['./C:/x', 'a/../C:/x', './~/notes.txt', 'a/../~x', './ ', 'x/../\t'])('error: refuses %j like its plain spelling', (path) => {
    expect(() => projectPath(path)).toThrow(expect.objectContaining({ code: 'PATH_OUTSIDE_PROJECT' }));
  });
});
