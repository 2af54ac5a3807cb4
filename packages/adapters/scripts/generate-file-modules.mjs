// Turns each template folder src/templates/<name>/files/ into src/templates/<name>/files.generated.ts,
// so the files ship inside the bundle (dist, browsers) without reading the disk at run time.
// Run after changing a template file: `node packages/adapters/scripts/generate-templates.mjs [names...]` (the build runs it too).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const templatesDirectory = fileURLToPath(new URL('../src/templates/', import.meta.url));

/** path → content of every file under `directory`, sorted. */
export function readTemplateFolder(directory) {
  const files = {};
  const walk = (current) => {
    for (const name of readdirSync(current).sort()) {
      const path = join(current, name);
      if (statSync(path).isDirectory()) {
        if (name !== 'node_modules' && name !== 'dist') walk(path);
      } else {
        files[relative(directory, path).split(sep).join('/')] = readFileSync(path, 'utf8');
      }
    }
  };
  walk(directory);
  return Object.fromEntries(Object.entries(files).sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** The TypeScript module for one template's files. */
export function renderFilesModule(name, files) {
  const body = Object.entries(files)
    .map(([path, content]) => `  ${JSON.stringify(path)}: ${JSON.stringify(content)},`)
    .join('\n');
  return `// Generated from src/templates/${name}/files/ by scripts/generate-templates.mjs. Do not edit: edit the files and rerun it.\n` +
    `export const files: Record<string, string> = {\n${body}\n};\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // --check: exit 1 when a generated module differs from its folder (used by the tests).
  const check = process.argv.includes('--check');
  const stale = [];
  // Optional template names limit the run: `--check react-vite`.
  const only = process.argv.slice(2).filter((argument) => !argument.startsWith('--'));
  for (const name of readdirSync(templatesDirectory).sort()) {
    if (only.length > 0 && !only.includes(name)) continue;
    const folder = join(templatesDirectory, name, 'files');
    if (!statSync(join(templatesDirectory, name)).isDirectory()) continue;
    try {
      statSync(folder);
    } catch {
      continue;
    }
    const target = join(templatesDirectory, name, 'files.generated.ts');
    const rendered = renderFilesModule(name, readTemplateFolder(folder));
    if (check) {
      let current = '';
      try {
        current = readFileSync(target, 'utf8');
      } catch {}
      if (current !== rendered) stale.push(relative(process.cwd(), target));
      continue;
    }
    writeFileSync(target, rendered);
    console.log(`wrote ${relative(process.cwd(), target)}`);
  }
  if (stale.length) {
    console.error(`out of date: ${stale.join(', ')}. Run: node packages/adapters/scripts/generate-templates.mjs`);
    process.exit(1);
  }
}
