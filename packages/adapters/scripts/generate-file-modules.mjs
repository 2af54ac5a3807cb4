// Turns folders of real files into TypeScript modules of strings, so the files ship inside the bundle
// (dist, browsers) without reading the disk at run time:
// - each template's src/templates/<name>/files/ → src/templates/<name>/files.generated.ts;
// - the check worker's scripts, src/checks/worker/scripts/*.mjs → src/checks/worker/scripts.generated.ts;
// - the API docs page, src/api/docs-page/ → src/api/docs-page.generated.ts;
// - the security check's ESLint config, src/checks/security/lint-config/ → src/checks/security/lint-config.generated.ts.
// Run after changing one of those files: `node packages/adapters/scripts/generate-file-modules.mjs [names...]`
// (names: template names, `check-worker`, `api-docs-page` or `security-lint`). The build runs it too; tests run it with --check.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const sourceDirectory = fileURLToPath(new URL('../src/', import.meta.url));

/** path → content of every file under `directory`, sorted. */
export function readFolder(directory) {
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

/** The TypeScript module of one folder's files: `export const files`, path → content. */
export function renderFilesModule(folder, files) {
  const body = Object.entries(files)
    .map(([path, content]) => `  ${JSON.stringify(path)}: ${JSON.stringify(content)},`)
    .join('\n');
  return `// Generated from src/${folder}/ by scripts/generate-file-modules.mjs. Do not edit: edit the files and rerun it.\n` + `export const files: Record<string, string> = {\n${body}\n};\n`;
}

/** Every generated module: its name (for the command line), its folder and its target, relative to src/. */
export function fileModules() {
  const modules = [
    { name: 'check-worker', folder: 'checks/worker/scripts', target: 'checks/worker/scripts.generated.ts' },
    { name: 'api-docs-page', folder: 'api/docs-page', target: 'api/docs-page.generated.ts' },
    { name: 'security-lint', folder: 'checks/security/lint-config', target: 'checks/security/lint-config.generated.ts' },
  ];
  for (const name of readdirSync(join(sourceDirectory, 'templates')).sort()) {
    const folder = `templates/${name}/files`;
    if (!statSync(join(sourceDirectory, 'templates', name)).isDirectory()) continue;
    try {
      statSync(join(sourceDirectory, folder));
    } catch {
      continue;
    }
    modules.push({ name, folder, target: `templates/${name}/files.generated.ts` });
  }
  return modules;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // --check: exit 1 when a generated module differs from its folder (used by the tests).
  const check = process.argv.includes('--check');
  const stale = [];
  // Optional names limit the run: `--check react-vite`.
  const only = process.argv.slice(2).filter((argument) => !argument.startsWith('--'));
  for (const { name, folder, target } of fileModules()) {
    if (only.length > 0 && !only.includes(name)) continue;
    const path = join(sourceDirectory, target);
    const rendered = renderFilesModule(folder, readFolder(join(sourceDirectory, folder)));
    if (check) {
      let current = '';
      try {
        current = readFileSync(path, 'utf8');
      } catch {}
      if (current !== rendered) stale.push(relative(process.cwd(), path));
      continue;
    }
    writeFileSync(path, rendered);
    console.log(`wrote ${relative(process.cwd(), path)}`);
  }
  if (stale.length) {
    console.error(`out of date: ${stale.join(', ')}. Run: node packages/adapters/scripts/generate-file-modules.mjs`);
    process.exit(1);
  }
}
