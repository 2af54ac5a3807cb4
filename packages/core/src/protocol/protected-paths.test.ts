import { describe, expect, it } from 'vitest';
import { BuildwrightError } from '@buildwright/client';
import { assertUnprotectedPath, protectedPathReason } from './protected-paths.js';

describe('protectedPathReason', () => {
  it.each([
    'src/App.tsx',
    'package.json',
    '.gitignore',
    '.github/workflows/ci.yml',
    '.env.example',
    'src/git/config.ts',
    'docs/node_modules.md',
    'my-node_modules/x.js',
    '.yarnrc.example',
    'src/.npmrc.ts',
    'yarn.lock',
    'pnpm-lock.yaml',
    'src/.gitkeep',
  ])('default: %j may be written', (path) => {
    expect(protectedPathReason(path)).toBeUndefined();
  });

  it.each([
    ['.git/config', 'git metadata'],
    ['.git/hooks/pre-commit', 'git metadata'],
    ['sub/.git/config', 'git metadata'],
    ['sub/.git', 'git metadata'],
    ['.gitmodules', 'git metadata'],
    ['lib/.gitmodules', 'git metadata'],
    ['.gitconfig', 'git metadata'],
    ['node_modules/react/index.js', 'installed dependencies'],
    ['packages/app/node_modules/.bin/vite', 'installed dependencies'],
    ['.yarn/plugins/plugin.cjs', 'installed dependencies'],
    ['web/.yarn/releases/yarn.cjs', 'installed dependencies'],
    ['.pnp.cjs', 'installed dependencies'],
    ['.pnp.loader.mjs', 'installed dependencies'],
    ['.npmrc', 'package manager'],
    ['web/.npmrc', 'package manager'],
    ['.yarnrc', 'package manager'],
    ['.yarnrc.yml', 'package manager'],
    ['.pnpmfile.cjs', 'package manager'],
    ['.pnpmfile.mjs', 'package manager'],
    ['pnpm-workspace.yaml', 'package manager'],
    ['a/b/pnpm-workspace.yaml', 'package manager'],
    ['bunfig.toml', 'package manager'],
    ['.bunfig.toml', 'package manager'],
  ])('behavior: %j is protected (%s) at any depth', (path, what) => {
    expect(protectedPathReason(path)).toContain(what);
  });

  it.each(['.GIT/config', 'Sub/.Git/HEAD', 'Node_Modules/x', 'NODE_MODULES/react/index.js', '.NPMRC', '.YarnRC.yml', 'PNPM-Workspace.yaml', 'BunFig.toml', '.Yarn/cache/x.zip'])(
    'behavior: %j is protected whatever the letter case',
    (path) => {
      expect(protectedPathReason(path)).toBeDefined();
    },
  );

  // Found by protected-paths.fuzz.test.ts: `ſ` (long s) and `ı` (dotless i) upper-case to `S` and `I`.
  it.each(['node_moduleſ/react/index.js', 'pnpm-workſpace.yaml', '.gıt/config', '.gitmoduleſ'])('behavior: %j is protected (its letters upper-case to a protected name)', (path) => {
    expect(protectedPathReason(path)).toBeDefined();
  });

  it.each(['.git./config', '.git /config', '.npmrc.', '.npmrc ', 'node_modules../x', 'a\\.git\\config', 'node_modules\\x.js'])(
    'behavior: %j is protected (Windows drops trailing dots and spaces, and splits on backslashes)',
    (path) => {
      expect(protectedPathReason(path)).toBeDefined();
    },
  );
});

describe('assertUnprotectedPath', () => {
  it('default: an ordinary path passes', () => {
    expect(() => assertUnprotectedPath('src/main.tsx')).not.toThrow();
  });

  it('error: a protected path throws PATH_PROTECTED with a message that says what to do', () => {
    try {
      assertUnprotectedPath('.git/config');
      expect.unreachable();
    } catch (error) {
      expect(BuildwrightError.isInstance(error) && error.code).toBe('PATH_PROTECTED');
      expect((error as BuildwrightError).message).toMatch(/^Path "\.git\/config" is protected: the project may not write git metadata.*Remove this change;/);
      expect((error as BuildwrightError).details).toEqual({ path: '.git/config' });
    }
  });
});
