import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * Core's folders, lowest first. A module may import from its own folder and from the folders
 * before it, never from one after it (CONTRIBUTING.md, "Imports run one way"). Tests are exempt:
 * they may wire any layers together. Below them all is the dependency-free `@buildwright/client`
 * (errors, event and record types, the wire format, the client), which core depends on.
 */
const layers = ['events', 'spec', 'llm', 'protocol', 'versions', 'graph', 'run', 'actions', 'builder', 'http', 'testing', 'entries', 'index.ts'];

const source = dirname(fileURLToPath(import.meta.url));

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return entry.name === 'fixtures' ? [] : sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test(-support)?\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** Every `from '...'` and `import('...')` specifier of a file, type-only imports included. */
function specifiers(file: string): string[] {
  // Comments hold import examples for readers; only code counts.
  const text = readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  return [...text.matchAll(/\bfrom\s+'([^']+)'|\bimport\(\s*'([^']+)'\s*\)/g)].map((match) => match[1] ?? match[2]!);
}

function layerOf(file: string): string {
  return relative(source, file).split(sep)[0]!;
}

const files = sourceFiles(source);

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
});
