import { lstat, readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { BuildwrightError, isSkippedDirectory, parseTemplateManifest, projectPath, templateFromManifest, type Template } from '@buildwright/core';

/** Options of `loadTemplatesFromFolder`. */
export interface LoadTemplatesFromFolderOptions {
  /** Most files one template may hold. Default 2,000. */
  maxFiles?: number;
  /** Most bytes of one template's files together. Default 20 MB. */
  maxBytes?: number;
}

/**
 * Reads a host's own templates from disk: `dir` is one template folder (holding `template.json`)
 * or a folder of them (each subfolder holding one). A template folder is its
 * `buildwright.template/v1` manifest, `template.json`, and the project files under `files/`
 * (`node_modules`, `dist` and dot-directories left out, as the sandboxes list files). Returns the
 * templates by name, ready to spread into `createBuilder({ templates })` beside the built-in ones.
 * Everything is checked before anything is returned: a malformed manifest, a missing `files/`, a
 * binary or symlinked file, a path a project may not hold, two templates of one name, or too many
 * bytes is `TEMPLATE_INVALID` naming the folder and the field or file.
 *
 * @example
 * import { templates } from '@buildwright/adapters/templates';
 * import { loadTemplatesFromFolder } from '@buildwright/adapters/template-folder';
 *
 * const builder = createBuilder({ ...adapters, templates: { ...templates, ...(await loadTemplatesFromFolder('./templates')) } });
 */
export async function loadTemplatesFromFolder(dir: string, options: LoadTemplatesFromFolderOptions = {}): Promise<Record<string, Template>> {
  const limits = { maxFiles: options.maxFiles ?? 2_000, maxBytes: options.maxBytes ?? 20_000_000 };
  const folders = (await exists(join(dir, 'template.json')))
    ? [dir]
    : (await readdir(dir, { withFileTypes: true }).catch((error: unknown) => invalid(dir, `cannot be read (${(error as Error).message}); pass a template folder or a folder of them`)))
        .filter((entry) => entry.isDirectory() && !isSkippedDirectory(entry.name))
        .map((entry) => join(dir, entry.name))
        .sort();
  const loaded: Record<string, Template> = {};
  for (const folder of folders) {
    if (folder !== dir && !(await exists(join(folder, 'template.json')))) continue;
    const template = await loadTemplate(folder, limits);
    if (Object.hasOwn(loaded, template.name)) invalid(folder, `has the name "${template.name}" of another template in ${dir}; names must be unique`, 'name');
    loaded[template.name] = template;
  }
  if (Object.keys(loaded).length === 0) invalid(dir, 'holds no template: put a template.json (and a files/ folder) in it or in its subfolders');
  return loaded;
}

async function loadTemplate(folder: string, limits: { maxFiles: number; maxBytes: number }): Promise<Template> {
  const manifestPath = join(folder, 'template.json');
  let value: unknown;
  try {
    value = JSON.parse(await readFile(manifestPath, 'utf8'));
  } catch (error) {
    invalid(folder, `has a template.json that is not valid JSON (${(error as Error).message})`);
  }
  const manifest = parseTemplateManifest(value, manifestPath);
  const root = join(folder, 'files');
  if (!(await lstat(root).catch(() => undefined))?.isDirectory()) invalid(folder, 'has no files/ folder: put the project files of the template in files/', 'files');
  const files: Record<string, string> = {};
  let bytes = 0;
  const walk = async (directory: string): Promise<void> => {
    for (const entry of (await readdir(directory, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const absolute = join(directory, entry.name);
      const path = relative(root, absolute).split(sep).join('/');
      if (entry.isDirectory()) {
        if (!isSkippedDirectory(entry.name)) await walk(absolute);
        continue;
      }
      if (!entry.isFile()) invalid(folder, `has files/${path}, which is not a regular file (a symlink?): templates hold only files`, `files/${path}`);
      const content = await readFile(absolute);
      if (content.includes(0)) invalid(folder, `has files/${path}, a binary file: templates hold text files only`, `files/${path}`);
      try {
        projectPath(path);
      } catch (error) {
        invalid(folder, `has files/${path}, a path a project may not hold (${(error as Error).message})`, `files/${path}`);
      }
      bytes += content.byteLength;
      if (Object.keys(files).length >= limits.maxFiles || bytes > limits.maxBytes) invalid(folder, `has more than ${limits.maxFiles} files or ${limits.maxBytes} bytes under files/`, 'files');
      files[path] = content.toString('utf8');
    }
  };
  await walk(root);
  if (Object.keys(files).length === 0) invalid(folder, 'has an empty files/ folder', 'files');
  return templateFromManifest(manifest, files);
}

async function exists(path: string): Promise<boolean> {
  return (await lstat(path).catch(() => undefined)) !== undefined;
}

function invalid(folder: string, problem: string, field?: string): never {
  throw new BuildwrightError({
    code: 'TEMPLATE_INVALID',
    message: `Template folder ${folder} ${problem}.`,
    details: { source: folder, ...(field ? { field } : {}) },
  });
}
