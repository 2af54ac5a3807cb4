import { expect, it } from 'vitest';

it('default: public exports of @buildwright/core/http', async () => {
  expect(Object.keys(await import('./http.js')).sort()).toEqual(['createBuilderHandler', 'formatEvent']);
});

it('default: public exports of @buildwright/core/client', async () => {
  expect(Object.keys(await import('./client.js')).sort()).toEqual(['BuildwrightError', 'createBuilderClient', 'createRunView', 'foldEvent', 'initialSnapshot', 'readEventStream']);
});
