/**
 * Guidance lines every React + Vite template shares (React 19 entry, types, vite.config.ts, the
 * checks). Each template adds its own lines about what it is for.
 */
export const reactGuidance = {
  entry: 'React 19: src/main.tsx does createRoot(document.getElementById("root")!).render(<App />); ReactDOM.render, hydrate and findDOMNode no longer exist. Function components with hooks only.',
  types:
    'Types: shared types in src/types.ts (import type { Todo } from "./types"); the typecheck is strict, so type useState that starts as null or [] (useState<Todo[]>([])) and check optional values.',
  config:
    'vite.config.ts runs in Node when the build loads it (process.env, node:path and __dirname work there); the typecheck covers src/ only, with browser types. Keep react() and tailwindcss(); do not set root, base or build.outDir: the checks need dist/index.html served from the site root.',
  browser: 'src/ runs in the browser: settings from import.meta.env (VITE_ prefix); the lint refuses process, __dirname and Buffer there; keep timer ids from window.setTimeout (a number).',
  checks: 'The browser check fails on a page error or an empty #root on any linked route: render content on first load without input. Lint: react-hooks rules, no unused variables.',
} as const;
