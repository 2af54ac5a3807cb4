import { describe, expect, it } from 'vitest';
import { BuildwrightError } from '@buildwright/client';
import { assertNoDependencyProblems, nonRegistrySpecReason, packageJsonDependencyProblems } from './dependency-specs.js';

describe('nonRegistrySpecReason', () => {
  it.each([
    '1.2.3',
    '^18.3.1',
    '~5.0.0',
    '>=1.0.0 <2.0.0',
    '1.x',
    '^1.0.0 || ^2.0.0',
    '1.0.0 - 2.0.0',
    '=1.2.3',
    'v1.2.3',
    '1.0.0-beta.1',
    '1.0.0+build.5',
    'latest',
    'next',
    'canary',
    '*',
    '',
    'npm:react@^18',
    'npm:react',
    'npm:@scope/pkg@1.2.3',
    'npm:preact@latest',
  ])('default: %j is a registry spec', (spec) => {
    expect(nonRegistrySpecReason('some-package', spec)).toBeUndefined();
  });

  it.each(['react', 'react-dom', '@tanstack/react-query', '@types/node', 'lodash.merge', 'a', '0x', 'left_pad', 'x~y', 'a'.repeat(214)])('default: %j is a valid package name', (name) => {
    expect(nonRegistrySpecReason(name, '^1.0.0')).toBeUndefined();
  });

  it.each([
    ['git+https://github.com/a/b.git', 'git repository'],
    ['git+ssh://git@github.com/a/b.git', 'git repository'],
    ['git+file:///tmp/repo', 'git repository'],
    ['git://github.com/a/b.git', 'git repository'],
    ['git@github.com:a/b.git', 'git repository'],
    ['GIT+HTTPS://github.com/a/b.git', 'git repository'],
    ['github:a/b', 'hosted git repository'],
    ['gitlab:a/b', 'hosted git repository'],
    ['bitbucket:a/b', 'hosted git repository'],
    ['gist:1234abcd', 'hosted git repository'],
    ['file:../other', 'local path'],
    ['file:vendor/pkg.tgz', 'local path'],
    ['link:../other', 'local path'],
    ['portal:../other', 'local path'],
    ['workspace:*', 'workspace package'],
    ['workspace:^1.0.0', 'workspace package'],
    ['patch:react@18.0.0#./react.patch', 'patched package'],
    ['exec:./build.js', 'running a script'],
    ['http://example.test/pkg.tgz', 'tarball URL'],
    ['https://example.test/pkg.tgz', 'tarball URL'],
    ['https://registry.npmjs.org/react/-/react-18.3.1.tgz', 'tarball URL'],
    ['a/b', 'GitHub repository shorthand'],
    ['user/repo#main', 'GitHub repository shorthand'],
    ['user/repo#semver:^1.0.0', 'protocol'],
    ['./vendor/pkg', 'local path'],
    ['../pkg', 'local path'],
    ['/abs/pkg', 'local path'],
    ['~/pkg', 'local path'],
    ['vendor\\pkg', 'local path'],
    ['pkg.tgz', 'local tarball'],
    ['pkg.tar.gz', 'local tarball'],
    ['jsr:@std/path', '"jsr:" protocol'],
    ['catalog:', '"catalog:" protocol'],
    ['ssh://git@example.test/a.git', '"ssh:" protocol'],
    ['C:\\pkg', 'protocol'],
    ['1.0.0 && rm -rf x', 'not a version range or dist-tag'],
    ['1.0.0; rm x', 'not a version range or dist-tag'],
    ['$(curl evil)', 'not a version range or dist-tag'],
    ['npm:react@git+https://github.com/a/b.git', 'npm: alias whose target is a git repository'],
    ['npm:x@github:a/b', 'npm: alias whose target is a hosted git repository'],
    ['npm:x@file:../x', 'npm: alias whose target is a local path'],
    ['npm:x@a/b', 'npm: alias whose target is a GitHub repository shorthand'],
    ['npm:x@npm:y@1', 'nested npm: alias'],
    ['npm:React@1', 'not a valid npm package name'],
    ['npm:', 'not a valid npm package name'],
    ['  git+https://github.com/a/b.git  ', 'git repository'],
  ])('error: %j is refused (%s)', (spec, why) => {
    expect(nonRegistrySpecReason('some-package', spec)).toContain(why);
  });

  it.each(['React', 'UPPER', '.hidden', '_private', '@Scope/x', '@scope/.x', '@scope/', '@/x', 'a b', '../../evil', 'a/b', 'é', 'node_modules', 'favicon.ico', '__proto__', '', 'a'.repeat(215)])(
    'error: package name %j is refused',
    (name) => {
      expect(nonRegistrySpecReason(name, '^1.0.0')).toMatch(/^has a name that is not a valid npm package name/);
    },
  );
});

describe('packageJsonDependencyProblems', () => {
  it('default: a registry-only package.json has no problems', () => {
    const manifest = {
      name: 'app',
      dependencies: { react: '^18.3.1', alias: 'npm:preact@^10' },
      devDependencies: { vite: '7.3.8', '@types/react': 'latest' },
      optionalDependencies: { fsevents: '*' },
      peerDependencies: { 'react-dom': '>=18' },
      overrides: { scheduler: '0.23.0', react: { '.': '18.3.1', 'loose-envify': '1.4.0' }, 'react-dom': '$react' },
      resolutions: { '**/lodash': '4.17.21' },
      pnpm: { overrides: { 'foo@1>bar': '^2.0.0' }, packageExtensions: { 'a@1': { dependencies: { b: '^1.0.0' } } } },
      bundleDependencies: [],
      workspaces: [],
    };
    expect(packageJsonDependencyProblems(JSON.stringify(manifest))).toEqual([]);
  });

  it('behavior: text that is not a JSON object gives no problems (the install reports it)', () => {
    expect(packageJsonDependencyProblems('{ "dependencies": { "x": "git+https://a/b" ')).toEqual([]);
    expect(packageJsonDependencyProblems('["git+https://a/b"]')).toEqual([]);
    expect(packageJsonDependencyProblems('null')).toEqual([]);
  });

  it('error: refused specs are found in every dependency field, named with their field', () => {
    const manifest = {
      dependencies: { ok: '^1.0.0', a: 'git+https://github.com/a/a.git' },
      devDependencies: { b: 'file:../b' },
      optionalDependencies: { c: 'https://example.test/c.tgz' },
      peerDependencies: { d: 'workspace:*' },
    };
    expect(packageJsonDependencyProblems(JSON.stringify(manifest))).toEqual([
      { field: 'dependencies', name: 'a', spec: 'git+https://github.com/a/a.git', reason: 'is a git repository, not the npm registry' },
      { field: 'devDependencies', name: 'b', spec: 'file:../b', reason: 'is a local path, not the npm registry' },
      { field: 'optionalDependencies', name: 'c', spec: 'https://example.test/c.tgz', reason: 'is a tarball URL, not the npm registry' },
      { field: 'peerDependencies', name: 'd', spec: 'workspace:*', reason: 'is a workspace package, not the npm registry' },
    ]);
  });

  it('error: invalid names, non-string specs and non-object fields are refused', () => {
    const problems = packageJsonDependencyProblems(JSON.stringify({ dependencies: { '../../evil': '1.0.0', react: 18 }, devDependencies: ['git+https://a/b'] }));
    expect(problems.map(({ field, name, reason }) => [field, name, reason.slice(0, 30)])).toEqual([
      ['dependencies', '../../evil', 'has a name that is not a valid'],
      ['dependencies', 'react', 'is not a string version range'],
      ['devDependencies', 'devDependencies', 'is not an object of package na'],
    ]);
  });

  it('error: overrides, resolutions and pnpm.overrides with refused specs are found, at any depth', () => {
    const manifest = {
      overrides: { a: 'github:x/a', b: { '.': '1.0.0', c: 'file:../c' }, d: '$Bad' },
      resolutions: { '**/e': 'portal:../e', f: 'patch:f@1.0.0#./f.patch' },
      pnpm: { overrides: { 'g@1>h': 'link:../h' } },
    };
    expect(packageJsonDependencyProblems(JSON.stringify(manifest)).map(({ field, name, spec }) => [field, name, spec])).toEqual([
      ['overrides', 'a', 'github:x/a'],
      ['overrides', 'b > c', 'file:../c'],
      ['overrides', 'd', '$Bad'],
      ['resolutions', '**/e', 'portal:../e'],
      ['resolutions', 'f', 'patch:f@1.0.0#./f.patch'],
      ['pnpm.overrides', 'g@1>h', 'link:../h'],
    ]);
  });

  it('error: bundled dependencies, workspaces, pnpm patches and refused pnpm.packageExtensions are refused', () => {
    const manifest = {
      bundleDependencies: ['a'],
      bundledDependencies: true,
      workspaces: ['../*'],
      pnpm: { patchedDependencies: { 'a@1.0.0': 'patches/a.patch' }, packageExtensions: { 'a@1': { peerDependencies: { b: 'git://x/b.git' } } } },
    };
    expect(packageJsonDependencyProblems(JSON.stringify(manifest)).map(({ field, name }) => [field, name])).toEqual([
      ['bundleDependencies', 'bundleDependencies'],
      ['bundledDependencies', 'bundledDependencies'],
      ['workspaces', 'workspaces'],
      ['pnpm.patchedDependencies', 'pnpm.patchedDependencies'],
      ['pnpm.packageExtensions.a@1.peerDependencies', 'b'],
    ]);
  });

  it('error: hostile deep nesting is refused without overflowing the stack', () => {
    const deep = `{"overrides":${'{"a":'.repeat(50_000)}"1"${'}'.repeat(50_000)},"workspaces":${'['.repeat(50_000)}${']'.repeat(50_000)}}`;
    const problems = packageJsonDependencyProblems(deep);
    expect(problems.map(({ field, reason }) => [field, reason])).toEqual([
      ['workspaces', expect.stringContaining('workspaces install local folders')],
      ['overrides', 'is nested too deeply'],
    ]);
  });
});

describe('assertNoDependencyProblems', () => {
  it('default: no problems, no error', () => {
    expect(() => assertNoDependencyProblems('package.json', [])).not.toThrow();
  });

  it('error: problems throw DEPENDENCY_REFUSED naming each and saying to use an npm registry range', () => {
    const problems = packageJsonDependencyProblems('{"dependencies":{"a":"github:x/a","b":"file:../b"}}');
    try {
      assertNoDependencyProblems('package.json', problems);
      expect.unreachable();
    } catch (error) {
      expect(BuildwrightError.isInstance(error) && error.code).toBe('DEPENDENCY_REFUSED');
      const message = (error as BuildwrightError).message;
      expect(message).toContain('dependencies "a": "github:x/a" is a hosted git repository');
      expect(message).toContain('dependencies "b": "file:../b" is a local path');
      expect(message).toMatch(/Use a version range from the npm registry/);
      expect((error as BuildwrightError).details).toEqual({ source: 'package.json', problems });
    }
  });

  it('behavior: a huge hostile spec is cut short in the message', () => {
    const spec = `git+https://x/${'a'.repeat(100_000)}`;
    expect(() => assertNoDependencyProblems('package.json', [{ field: 'dependencies', name: 'x', spec, reason: 'is a git repository' }])).toThrow(
      expect.objectContaining({ message: expect.stringMatching(/^.{0,600}$/s) }),
    );
  });
});
