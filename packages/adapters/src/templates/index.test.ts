import { expect, it } from 'vitest';

it('default: public exports of @buildwright/adapters/templates', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual([
    'builtInPatterns',
    'canvasGameTemplate',
    'crudAppTemplate',
    'dappViteTemplate',
    'dashboardTemplate',
    'honoApiTemplate',
    'landingPageTemplate',
    'reactViteTemplate',
    'routerAppTemplate',
    'templates',
  ]);
});
