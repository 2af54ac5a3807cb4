import { expect, it } from 'vitest';

it('default: public exports of @buildwright/adapters/testing', async () => {
  expect(Object.keys(await import('./index.js')).sort()).toEqual(['openAiFaults', 'openAiSpecUpstream', 'privatePostgresUnavailable', 'startOpenAiTestServer', 'startPrivatePostgres']);
});
