import type { Template } from '@buildwright/core';
import { canvasGameTemplate } from './canvas-game/canvas-game-template.js';
import { crudAppTemplate } from './crud-app/crud-app-template.js';
import { dappViteTemplate } from './dapp-vite/dapp-vite-template.js';
import { dashboardTemplate } from './dashboard/dashboard-template.js';
import { honoApiTemplate } from './hono-api/hono-api-template.js';
import { landingPageTemplate } from './landing-page/landing-page-template.js';
import { reactViteTemplate } from './react-vite/react-vite-template.js';
import { routerAppTemplate } from './router-app/router-app-template.js';

/**
 * The built-in templates by name. Extend it by spreading it into your own record and passing
 * that as the builder's `templates` option.
 *
 * @example
 * import { templates } from '@buildwright/adapters/templates';
 *
 * const myTemplates = { ...templates, minimal: { name: 'minimal', kind: 'web', description: 'index.html only', files: { 'index.html': '<div id="root"></div>' } } };
 */
export const templates: Readonly<Record<string, Template>> = {
  'react-vite': reactViteTemplate,
  'dapp-vite': dappViteTemplate,
  'hono-api': honoApiTemplate,
  'router-app': routerAppTemplate,
  dashboard: dashboardTemplate,
  'landing-page': landingPageTemplate,
  'canvas-game': canvasGameTemplate,
  'crud-app': crudAppTemplate,
};
