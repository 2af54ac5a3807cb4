import type { Template } from '@buildwright/core';
import { files } from './files.generated.js';

/**
 * The default web template: React 19, Vite 7, TypeScript (strict), Tailwind CSS 4 (through
 * `@tailwindcss/vite`) and a small ESLint flat config (typescript-eslint + react-hooks).
 * Dependency versions are pinned, so the shared install cache serves every new project.
 *
 * @example
 * import { reactViteTemplate } from '@buildwright/adapters/templates';
 *
 * for (const [path, content] of Object.entries(reactViteTemplate.files)) await sandbox.writeFile(path, content);
 */
export const reactViteTemplate: Template = {
  name: 'react-vite',
  kind: 'web',
  description:
    'React 19 + Vite 7 + TypeScript (strict) + Tailwind CSS 4 (utility classes; src/index.css has @import "tailwindcss"). ' +
    'index.html mounts src/main.tsx into <div id="root">; src/main.tsx renders src/App.tsx (default export). ' +
    'Put components in src/components/. Relative imports without extensions. Browser code only: no Node built-ins.',
  files,
};
