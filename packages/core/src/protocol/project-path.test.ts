import { describe, expect, it } from 'vitest';
import { BuildwrightError } from '@buildwright/client';
import { projectPath } from './project-path.js';

describe('projectPath', () => {
  it('default: normalizes relative paths', () => {
    expect(projectPath('./src//components/../App.tsx')).toBe('src/App.tsx');
    expect(projectPath('src\\main.tsx')).toBe('src/main.tsx');
  });

  it.each(['../../etc/passwd', '/etc/passwd', 'src/../../x', 'C:/Windows/system32', '~/.ssh/id_rsa', 'a/\0b', '', '.', 'src/..'])('error: refuses %j', (path) => {
    try {
      projectPath(path);
      expect.unreachable();
    } catch (error) {
      expect(BuildwrightError.isInstance(error) && error.code).toBe('PATH_OUTSIDE_PROJECT');
    }
  });
});
