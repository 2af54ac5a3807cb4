import type { Template } from '@buildwright/core';
import { reactGuidance } from '../shared/react-guidance.js';
import { reactViteBased } from '../shared/react-vite-based.js';
import { files } from './files.generated.js';

/**
 * A multi-page React app: React Router 7 (client-side routes that work in the static preview), a layout with navigation, and a validated form.
 * Built on the react-vite template's files (React 19, Vite 7, TypeScript strict, Tailwind CSS 4).
 *
 * @example
 * import { routerAppTemplate } from '@buildwright/adapters/templates';
 *
 * const run = builder.generate({ prompt: 'A ...', kind: 'web', template: routerAppTemplate.name });
 */
export const routerAppTemplate: Template = {
  name: 'router-app',
  ...reactViteBased(files),
  description:
    'Multi-page React 19 app: react-router 7 routes in src/App.tsx (BrowserRouter, a Layout with NavLink and <Outlet/>), one page per file in src/pages/, a contact form with validation in src/forms.ts. Vite 7, TypeScript (strict), Tailwind CSS 4.',
  stack: ['react@19', 'react-router@7', 'vite@7', 'typescript@5', 'tailwindcss@4', 'eslint@9'],
  tags: [
    'multi-page',
    'router',
    'routing',
    'routes',
    'navigation',
    'navbar',
    'menu',
    'links',
    'form',
    'forms',
    'validation',
    'signup',
    'login',
    'wizard',
    'settings',
    'profile',
    'contact',
    'blog',
    'docs',
    'sidebar',
  ],
  guidance: [
    reactGuidance.entry,
    reactGuidance.types,
    reactGuidance.config,
    reactGuidance.browser,
    'Routing: import from "react-router" (v7; not react-router-dom). Add a page as a file in src/pages/ and a <Route> inside the Layout route of src/App.tsx; link with <Link>/<NavLink>, never <a href> to the app\'s own pages. The preview serves index.html for every extensionless path, so BrowserRouter deep links work; the browser check visits every linked route.',
    'Forms: controlled inputs, each with <label htmlFor>; validate in a pure function (src/forms.ts) returning an error per field; onSubmit calls event.preventDefault(). No backend: keep submissions in state or mock them in src/api.ts.',
    reactGuidance.checks,
  ].join('\n'),
  searchText: [
    'Multi-page web app with client-side routing: a router with several routes, a navigation bar and links between them: home, about, services, contact and not found routes.',
    'Forms across pages: signup and login forms, multi-step wizards, settings and profile pages, contact forms with validation and error messages, a booking or registration flow.',
    'Sites with many sections reached by links: blogs with a route per post, documentation with a sidebar, company sites, shops with product detail routes, members areas after login.',
  ].join('\n'),
};
