import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { packageDirectories, repositoryRoot } from './pack-workspace.js';

/** Every entry point of a package with its declaration file, from the exports map. */
function typedEntries(directory: string): Array<{ entry: string; types: string }> {
  const manifest = JSON.parse(readFileSync(join(repositoryRoot, 'packages', directory, 'package.json'), 'utf8')) as { exports?: Record<string, string | { types?: string }> };
  return Object.entries(manifest.exports ?? {}).flatMap(([entry, target]) =>
    typeof target === 'object' && target.types ? [{ entry, types: join(repositoryRoot, 'packages', directory, target.types) }] : [],
  );
}

/** The names an entry exports, each marked `type` when it exists only for the type checker. */
function exportedNames(program: ts.Program, file: string): string[] {
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(file);
  const symbol = source && checker.getSymbolAtLocation(source);
  if (!symbol) throw new Error(`${file} has no module symbol: is the package built?`);
  return checker
    .getExportsOfModule(symbol)
    .map((exported) => {
      const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
      return `${target.flags & ts.SymbolFlags.Value ? 'value' : 'type '} ${exported.name}`;
    })
    .sort();
}

// Type-only exports are API as much as values are (exports.test.ts in each package checks the values
// at run time): a change in these snapshots is an API change, review it as one.
describe.each(packageDirectories.filter((directory) => typedEntries(directory).length > 0))('@buildwright/%s type exports', (directory) => {
  const entries = typedEntries(directory);
  const program = ts.createProgram(
    entries.map(({ types }) => types),
    { noEmit: true, skipLibCheck: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, target: ts.ScriptTarget.ES2022 },
  );
  it.each(entries)('default: $entry', ({ types }) => {
    expect(exportedNames(program, types).join('\n')).toMatchSnapshot();
  });
});
