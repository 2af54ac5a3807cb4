import type { Template } from '@buildwright/core';
import { reactGuidance } from '../shared/react-guidance.js';
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
  kinds: ['web'],
  stack: ['react@19', 'vite@7', 'typescript@5', 'tailwindcss@4', 'eslint@9'],
  tags: [
    'website',
    'web page',
    'single page app',
    'spa',
    'frontend',
    'ui',
    'browser',
    'react',
    'component',
    'form',
    'dashboard',
    'chart',
    'table',
    'game',
    'canvas',
    'timer',
    'calculator',
    'todo',
    'landing page',
    'portfolio',
    'quiz',
    'editor',
    'tracker',
    'interactive',
  ],
  guidance: [
    reactGuidance.entry,
    reactGuidance.types,
    reactGuidance.config,
    reactGuidance.browser,
    'The preview has no backend: keep data in React state or localStorage, or mock an API with an in-memory module (src/api.ts returning Promises). Styling: Tailwind utility classes in className; src/index.css keeps @import "tailwindcss".',
    reactGuidance.checks,
  ].join('\n'),
  searchText: [
    'React web app in the browser: a website, web page or single page app with a user interface, no blockchain and no server.',
    'Interactive pages and widgets: forms with validation, lists, filters, search, tabs, modals, calendars, editors with live preview, drag and drop boards.',
    'Dashboards with charts, graphs and tables; trackers for habits, expenses, workouts or time; timers, clocks, countdowns and calculators.',
    'Games on a canvas or the DOM: arcade, puzzle, card, memory, quiz and trivia games with a score; drawing and sketching with the mouse, animations, confetti.',
    'Landing pages, portfolios, personal sites, menus, schedules, galleries, flashcards, learning tools, generators with copy to clipboard; data kept in local state or localStorage, mock data.',
  ].join('\n'),
  protectedPaths: ['tsconfig.json', 'eslint.config.js', 'src/vite-env.d.ts'],
  checks: ['imports', 'install', 'validate', 'build-app', 'browser'],
  previewCommand: 'npm run dev',
  files,
};
