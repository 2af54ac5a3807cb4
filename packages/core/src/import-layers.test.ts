import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Core's folders, lowest first. A module may import from its own folder and from the folders
 * before it, never from one after it (CONTRIBUTING.md, "Imports run one way"). Tests are exempt:
 * they may wire any layers together, but no file, test or not, imports `@buildwright/adapters`
 * (core's package does not depend on it; its doubles live in `testing/doubles/`). Below them all is the dependency-free `@buildwright/client`
 * (errors, event and record types, the wire format, the client), which core depends on.
 */
const layers = ['events', 'spec', 'llm', 'protocol', 'templates', 'versions', 'graph', 'run', 'actions', 'builder', 'http', 'mcp', 'testing', 'entries', 'index.ts'];

const source = dirname(fileURLToPath(import.meta.url));

/** Every TypeScript file under `directory` (fixtures aside), tests included. */
function typeScriptFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : typeScriptFiles(path);
    return /\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const isTest = (file: string) => /\.test(-support)?\.tsx?$/.test(file);

/** Every `from '...'` and `import('...')` specifier of a file, type-only imports included. */
function specifiers(file: string): string[] {
  // Comments hold import examples for readers; only code counts.
  const text = readFileSync(file, 'utf8')
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/^\s*\/\/.*$/gm, '');
  return [...text.matchAll(/\bfrom\s+(['"])([^'"]+)\1|\bimport\s*\(?\s*(['"])([^'"]+)\3/g)].map((match) => match[2] ?? match[4]!);
}

function layerOf(file: string): string {
  return relative(source, file).split(sep)[0]!;
}

const allFiles = typeScriptFiles(source);
const files = allFiles.filter((file) => !isTest(file));
const adaptersSource = resolve(source, '../../adapters');

describe('core imports', () => {
  it('default: every source file lies in a known layer', () => {
    expect(files.map(layerOf).filter((layer) => !layers.includes(layer))).toEqual([]);
  });

  it('default: run one way, from a layer to its own or a lower one', () => {
    const upward = files.flatMap((file) =>
      specifiers(file)
        .filter((specifier) => specifier.startsWith('.'))
        .map((specifier) => ({ from: relative(source, file), to: relative(source, resolve(dirname(file), specifier)) }))
        .filter(({ from, to }) => layers.indexOf(layerOf(join(source, to))) > layers.indexOf(layerOf(join(source, from))))
        .map(({ from, to }) => `${from} -> ${to}`),
    );
    expect(upward).toEqual([]);
  });

  it('default: non-test source imports no other Buildwright package than the client (core cannot depend on its adapters)', () => {
    const offending = files.filter((file) => specifiers(file).some((specifier) => specifier.startsWith('@buildwright/') && specifier !== '@buildwright/client'));
    expect(offending.map((file) => relative(source, file))).toEqual([]);
  });

  it("default: non-test source imports diff's patch module, not its index (which loads all 19 of diff's modules at `import '@buildwright/core'`; docs/cli.md, start-up)", () => {
    const offending = files.filter((file) => specifiers(file).includes('diff'));
    expect(offending.map((file) => relative(source, file))).toEqual([]);
  });

  it('default: no file, tests included, imports @buildwright/adapters or a path into packages/adapters (no hidden package cycle)', () => {
    const intoAdapters = allFiles.flatMap((file) =>
      specifiers(file)
        .filter((specifier) => specifier.startsWith('@buildwright/adapters') || (specifier.startsWith('.') && `${resolve(dirname(file), specifier)}${sep}`.startsWith(`${adaptersSource}${sep}`)))
        .map((specifier) => `${relative(source, file)} -> ${specifier}`),
    );
    expect(
      intoAdapters,
      'Core cannot use its adapters, not even in tests. The vendor-free doubles (memoryStorage, memorySandbox, scriptedLlm) live in ' +
        'packages/core/src/testing/doubles (exported from @buildwright/core/testing); a test of a real adapter (PGlite, Postgres...) ' +
        'belongs beside that adapter in packages/adapters/src.',
    ).toEqual([]);
  });
});
