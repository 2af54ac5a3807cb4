#!/usr/bin/env node
// Generates the API reference of the docs site (docs/api/, gitignored) with TypeDoc from the TSDoc
// of every public entry point: each subpath in the `exports` map of each published package, named
// as a user imports it (`@buildwright/core/testing`, `@buildwright/adapters/openai`).
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Application, Converter, ReflectionKind } from 'typedoc';

const root = fileURLToPath(new URL('..', import.meta.url));
const docsRoot = join(root, 'docs');
const out = join(docsRoot, 'api');

/** `{ '@buildwright/core/testing': '<root>/packages/core/src/entries/testing.ts', … }`: each export's source file. */
export function publicEntryPoints() {
  const entries = {};
  for (const folder of readdirSync(join(root, 'packages')).sort()) {
    const manifest = JSON.parse(readFileSync(join(root, 'packages', folder, 'package.json'), 'utf8'));
    for (const [subpath, conditions] of Object.entries(manifest.exports ?? {})) {
      const types = typeof conditions === 'object' ? conditions.types : undefined;
      if (!types?.startsWith('./dist/')) continue;
      const source = types.replace(/^\.\/dist\//, 'src/').replace(/\.d\.ts$/, '.ts');
      entries[subpath === '.' ? manifest.name : `${manifest.name}/${subpath.slice(2)}`] = resolve(root, 'packages', folder, source);
    }
  }
  return entries;
}

const entries = publicEntryPoints();
const nameOfFile = new Map(Object.entries(entries).map(([name, file]) => [file, name]));

const app = await Application.bootstrapWithPlugins({
  entryPoints: Object.values(entries),
  tsconfig: join(root, 'tsconfig.json'),
  plugin: ['typedoc-plugin-markdown', 'typedoc-vitepress-theme'],
  out,
  docsRoot,
  readme: 'none',
  name: 'API reference',
  excludePrivate: true,
  excludeInternal: true,
  excludeExternals: true,
  skipErrorChecking: true,
  sort: ['alphabetical'],
  logLevel: 'Warn',
  // Entry points import each other's exports (core re-exports the client); declared elsewhere is fine.
  validation: { notExported: false, invalidLink: true, notDocumented: false },
});

// Modules take the name a user imports, not their path inside the repository.
app.converter.on(Converter.EVENT_CREATE_DECLARATION, (context, reflection) => {
  if (!reflection.kindOf(ReflectionKind.Module)) return;
  const file = context.getSymbolFromReflection(reflection)?.declarations?.[0]?.getSourceFile().fileName;
  const name = file && nameOfFile.get(resolve(file));
  if (name) reflection.name = name;
});

const project = await app.convert();
if (!project) {
  console.error('build-api-docs: TypeDoc could not convert the entry points (see the errors above).');
  process.exit(1);
}
rmSync(out, { recursive: true, force: true });
await app.generateOutputs(project);
if (app.logger.hasErrors()) process.exit(1);
console.log(`build-api-docs: ${Object.keys(entries).length} entry points → ${out}`);
