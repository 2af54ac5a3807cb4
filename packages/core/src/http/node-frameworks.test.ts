import type { AddressInfo } from 'node:net';
import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../testing/doubles/scripted-llm.js';
import express from 'express';
import fastify from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { createBuilder } from '../builder/create-builder.js';
import { createBuilderHandler } from './create-builder-handler.js';
import { appFiles, appTranscript, generateOverHttp } from './http.test-support.js';
import { toNodeListener, toWebRequest } from './node-listener.js';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

function builderHandler() {
  const builder = createBuilder({ llm: scriptedLlm({ transcript: appTranscript() }), sandbox: memorySandbox(), storage: memoryStorage() });
  cleanups.push(() => builder.close());
  return createBuilderHandler(builder, { basePath: '/api/builder', authorize: async () => 'user-1' });
}

describe('toNodeListener in Node frameworks', () => {
  it('behavior: mounted in Express 5 behind express.json(), a generation runs and streams (the parsed body is used)', async () => {
    const app = express();
    app.use(express.json());
    app.use('/api/builder', toNodeListener(builderHandler()));
    const server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    cleanups.push(() => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))));
    const { status, files, versions } = await generateOverHttp(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/builder`);
    expect({ status, files, versions }).toEqual({ status: 'completed', files: appFiles, versions: [1] });
  });

  it('behavior: a Fastify 5 route hands the handler its request (body parsed by Fastify) and sends the Web response', async () => {
    const handler = builderHandler();
    const app = fastify();
    app.all('/api/builder/*', async (request, reply) => {
      const response = await handler(toWebRequest(request.raw, reply.raw, request.body));
      return reply.status(response.status).headers(Object.fromEntries(response.headers)).send(response.body);
    });
    await app.listen({ port: 0, host: '127.0.0.1' });
    cleanups.push(() => app.close());
    const { status, files, versions } = await generateOverHttp(`http://127.0.0.1:${(app.server.address() as AddressInfo).port}/api/builder`);
    expect({ status, files, versions }).toEqual({ status: 'completed', files: appFiles, versions: [1] });
  });
});
