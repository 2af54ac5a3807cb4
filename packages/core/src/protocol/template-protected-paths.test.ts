import { describe, expect, it } from 'vitest';
import { BuildwrightError } from '@buildwright/client';
import { assertUnprotectedPath } from './protected-paths.js';
import { templatePathProtector } from './template-protected-paths.js';

describe('templatePathProtector', () => {
  const protector = templatePathProtector('react-vite', ['tsconfig.json', 'src/generated/', 'src/*.gen.ts', 'config/**/secret.json', './eslint.config.js'])!;

  it.each([
    ['tsconfig.json', 'tsconfig.json'],
    ['TSCONFIG.JSON', 'tsconfig.json'],
    ['src/generated/api.ts', 'src/generated/'],
    ['src/generated/deep/a.ts', 'src/generated/'],
    ['src/schema.gen.ts', 'src/*.gen.ts'],
    ['config/secret.json', 'config/**/secret.json'],
    ['config/a/b/secret.json', 'config/**/secret.json'],
    ['eslint.config.js', './eslint.config.js'],
  ])('behavior: %j is protected by %j', (path, pattern) => {
    expect(protector(path)).toBe(`the "react-vite" template protects ${pattern} (its checks or generated code rely on it as it is). Remove this change and do the work in other files`);
  });

  it.each(['src/tsconfig.json', 'src/generated', 'src/generatedx/a.ts', 'src/nested/x.gen.ts', 'config/secret.jsonx', 'tsconfig.jsonc'])('behavior: %j is not protected', (path) => {
    expect(protector(path)).toBeUndefined();
  });

  it('default: a template without protected paths has no protector', () => {
    expect(templatePathProtector('bare', undefined)).toBeUndefined();
    expect(templatePathProtector('bare', [])).toBeUndefined();
  });

  it('error: assertUnprotectedPath throws PATH_PROTECTED with the template reason (built-in reasons first)', () => {
    expect(() => assertUnprotectedPath('src/generated/x.ts', protector)).toThrow(
      expect.objectContaining({ code: 'PATH_PROTECTED', message: expect.stringMatching(/^Path "src\/generated\/x\.ts" is protected: the "react-vite" template/) }),
    );
    try {
      assertUnprotectedPath('.npmrc', () => 'template reason');
    } catch (error) {
      expect(BuildwrightError.isInstance(error) && error.message).toMatch(/configure the package manager/);
    }
    expect(() => assertUnprotectedPath('src/App.tsx', protector)).not.toThrow();
  });
});
