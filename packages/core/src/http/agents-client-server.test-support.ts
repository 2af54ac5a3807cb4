import { createAgentsClient, type AgentsClient } from '@buildwright/client';
import { createBuilder, type Builder } from '../builder/create-builder.js';
import type { Transcript } from '../protocol/transcript.js';
import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../testing/doubles/scripted-llm.js';
import { createBuilderHandler } from './create-builder-handler.js';
import { serve } from './http.test-support.js';

/**
 * A builder whose `llm` and agent model `triage-model` are one scripted model, served over real
 * HTTP (owner: the `x-owner` header), with an agents client per owner. Its close functions go to
 * `cleanups`, to run after the test.
 */
export async function serveAgents(transcript: Transcript, cleanups: Array<() => Promise<void>>): Promise<{ builder: Builder; client(owner?: string): AgentsClient }> {
  const llm = scriptedLlm({ transcript });
  const builder: Builder = createBuilder({ llm, sandbox: memorySandbox(), storage: memoryStorage(), agentModels: { 'triage-model': llm } });
  const handler = createBuilderHandler(builder, { authorize: (request) => request.headers.get('x-owner') ?? Promise.reject(new Error('no owner')), basePath: '/api' });
  const server = await serve(handler);
  cleanups.push(
    () => builder.close(),
    () => server.close(),
  );
  const client = (owner = 'alice') => createAgentsClient({ baseUrl: `${server.url}/api`, headers: () => ({ 'x-owner': owner }) });
  return { builder, client };
}
