import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fuzzParameters } from '../testing/fuzz-test-support.js';
import { pathText, plainPath } from './path-test-support.js';
import { projectPath } from './project-path.js';
import { assertUnprotectedPath, protectedPathReason } from './protected-paths.js';

const protectedDirectories = ['.git', 'node_modules', '.yarn'];
const protectedFiles = [
  '.gitmodules',
  '.gitconfig',
  '.pnp.cjs',
  '.pnp.loader.mjs',
  '.npmrc',
  '.yarnrc',
  '.yarnrc.yml',
  '.pnpmfile.cjs',
  '.pnpmfile.mjs',
  'pnpm-workspace.yaml',
  'bunfig.toml',
  '.bunfig.toml',
];

/**
 * A name as a case-insensitive disk may take it: each letter in either case, including the
 * Unicode letters whose case mapping lands on it (`ſ` is an `s`, `K` the Kelvin sign a `k`,
 * `ı` an `i` in upper case), and the trailing dots and spaces Windows drops.
 */
const spelledOnDisk = (name: string) =>
  fc
    .tuple(
      fc.tuple(...[...name].map((letter) => fc.constantFrom(letter, letter.toUpperCase(), ...(caseTwins[letter] ?? [])))).map((letters) => letters.join('')),
      fc.constantFrom('', '', '.', ' ', '. ', '..'),
    )
    .map(([letters, tail]) => letters + tail);
const caseTwins: Record<string, string[]> = { s: ['\u017f'], k: ['\u212a'], i: ['\u0131'] };

const folder = fc.option(plainPath, { nil: undefined }).map((path) => (path === undefined ? '' : `${path}/`));

describe('protectedPathReason (properties)', () => {
  it('property: a protected file name is refused at any depth, in any letter case, with trailing dots or spaces', () => {
    fc.assert(
      fc.property(folder, fc.constantFrom(...protectedFiles).chain(spelledOnDisk), (at, name) => {
        expect(protectedPathReason(`${at}${name}`)).toBeDefined();
        expect(() => assertUnprotectedPath(`${at}${name}`)).toThrow(expect.objectContaining({ code: 'PATH_PROTECTED' }));
      }),
      fuzzParameters(),
    );
  });

  it('property: everything under a protected folder is refused, whatever the folder is spelled like and wherever it is', () => {
    fc.assert(
      fc.property(folder, fc.constantFrom(...protectedDirectories).chain(spelledOnDisk), plainPath, (at, directory, inside) => {
        expect(protectedPathReason(`${at}${directory}/${inside}`)).toBeDefined();
        expect(protectedPathReason(`${at}${directory}`)).toBeDefined();
      }),
      fuzzParameters(),
    );
  });

  it('property: the verdict does not depend on the spelling — "\\" or "/", upper or lower case, NFC or NFD', () => {
    fc.assert(
      fc.property(pathText, (path) => {
        const protectedNow = protectedPathReason(path) !== undefined;
        expect(protectedPathReason(path.replaceAll('/', '\\')) !== undefined).toBe(protectedNow);
        expect(protectedPathReason(path.toUpperCase()) !== undefined).toBe(protectedNow);
        expect(protectedPathReason(path.toLowerCase()) !== undefined).toBe(protectedNow);
        expect(protectedPathReason(path.normalize('NFD')) !== undefined).toBe(protectedNow);
      }),
      fuzzParameters(),
    );
  });

  it('property: a plain path with no protected segment is never refused', () => {
    fc.assert(
      fc.property(plainPath, (path) => {
        const segments = path.toLowerCase().split('/');
        fc.pre(!segments.some((segment) => protectedDirectories.includes(segment)) && !protectedFiles.includes(segments.at(-1)!));
        expect(protectedPathReason(projectPath(path))).toBeUndefined();
      }),
      fuzzParameters(),
    );
  });
});
