import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBuilder, type AgentEvent, type AgentDefinitionInput } from '@buildwright/core';
import { memoryStorage, scriptedLlm } from '@buildwright/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decideIsolation } from './bubblewrap.js';
import { localSandbox } from './local-sandbox.js';

// An agent's JavaScript function tools run in the local sandbox: the code computes, but it cannot
// read the host's files (the repository, a secret beside the sandboxes, /etc/hostname) nor reach
// a server listening on the host.
const bubblewrap = await decideIsolation('bubblewrap');
const requireIsolation = process.env.BUILDWRIGHT_REQUIRE_ISOLATION === '1';

const root = mkdtempSync(join(tmpdir(), 'bw-agent-function-'));
const hostSecretFile = join(root, 'host-app', '.env');
mkdirSync(join(root, 'host-app'), { recursive: true });
writeFileSync(hostSecretFile, 'DATABASE_PASSWORD=host-secret-51c9\n');
const repoFile = fileURLToPath(new URL('../../package.json', import.meta.url));
const hostHostname = existsSync('/etc/hostname') ? readFileSync('/etc/hostname', 'utf8').trim() : '';

let listener: Server;
let listenerUrl = '';
let requests = 0;
beforeAll(async () => {
  listener = createServer((_request, response) => {
    requests += 1;
    response.end('leaked');
  });
  await new Promise<void>((resolve) => listener.listen(0, '127.0.0.1', () => resolve()));
  listenerUrl = `http://127.0.0.1:${(listener.address() as { port: number }).port}/`;
});
afterAll(async () => {
  listener.close();
  await rm(root, { recursive: true, force: true });
});

const objectSchema = { type: 'object', properties: {}, additionalProperties: true };
const fn = (name: string, code: string, extra: { timeoutMs?: number } = {}) => ({ type: 'function' as const, name, description: `The ${name} tool.`, inputSchema: objectSchema, code, ...extra });

const agent: AgentDefinitionInput = {
  format: 'buildwright.agent/v1',
  name: 'Function tools',
  instructions: 'Use the tools.',
  model: 'model',
  limits: { maxSteps: 3, maxTokens: 50_000, timeMs: 60_000 },
  tools: [
    fn('total', 'console.log("logged lines do not spoil the answer"); return { total: input.numbers.reduce((sum, n) => sum + n, 0) };'),
    fn(
      'read_host',
      `const fs = await import('node:fs');
       const read = (path) => { try { return fs.readFileSync(path, 'utf8'); } catch (error) { return 'unreadable: ' + error.code; } };
       return { files: input.paths.map(read) };`,
    ),
    fn('call_host', `try { const response = await fetch(input.url); return { reached: await response.text() }; } catch (error) { return { failed: String(error.cause?.code ?? error.message) }; }`),
    fn('throws', `throw new TypeError('the input has no orders');`),
    fn('spins', 'while (true) {}', { timeoutMs: 1_000 }),
  ],
};

describe.skipIf(bubblewrap.kind !== 'bubblewrap' && !requireIsolation)(`agents: function tools in the local sandbox${bubblewrap.note ? ` (skipped because ${bubblewrap.note})` : ''}`, () => {
  it('behavior: the code computes its answer, cannot read host files nor reach the host network; a throw and a timeout are tool errors', async () => {
    const builder = createBuilder({
      llm: scriptedLlm({ transcript: { format: 'buildwright.transcript/v1', turns: [] } }),
      sandbox: localSandbox({ root: join(root, 'sandboxes'), npmCacheDir: join(root, 'npm-cache') }),
      storage: memoryStorage(),
      agentModels: {
        model: scriptedLlm({
          transcript: {
            format: 'buildwright.transcript/v1',
            turns: [
              {
                toolCalls: [
                  { id: 'total', name: 'total', arguments: { numbers: [1, 2, 3.5] } },
                  { id: 'read', name: 'read_host', arguments: { paths: [hostSecretFile, repoFile, '/etc/hostname'] } },
                  { id: 'call', name: 'call_host', arguments: { url: listenerUrl } },
                  { id: 'throws', name: 'throws', arguments: {} },
                  { id: 'spins', name: 'spins', arguments: {} },
                ],
              },
              { toolCalls: [], text: 'done' },
            ],
          },
        }),
      },
    });
    try {
      const created = await builder.agents.create(agent);
      await builder.agents.publish(created.id);
      const events: AgentEvent[] = [];
      const execution = await builder.agents.execute(created.id, 'go', { onEvent: (event) => events.push(event) });
      expect(execution).toMatchObject({ status: 'succeeded', output: 'done', toolCalls: 5 });
      const results = Object.fromEntries(events.flatMap((event) => (event.type === 'tool.result' ? [[event.toolCallId, event]] : [])));
      expect(results['total']).toMatchObject({ ok: true, content: '{"total":6.5}' });

      expect(results['read']).toMatchObject({ ok: true });
      const files = JSON.parse(results['read']!.content).files as string[];
      expect(files).toEqual(['unreadable: ENOENT', 'unreadable: ENOENT', 'unreadable: ENOENT']);
      if (hostHostname) expect(results['read']!.content).not.toContain(hostHostname);

      expect(results['call']).toMatchObject({ ok: true });
      expect(JSON.parse(results['call']!.content)).toMatchObject({ failed: expect.stringMatching(/ECONNREFUSED|ENETUNREACH|EAI_AGAIN/) });
      expect(requests).toBe(0);

      expect(results['throws']).toMatchObject({ ok: false, content: 'The tool throws threw TypeError: the input has no orders' });
      expect(results['spins']).toMatchObject({ ok: false, content: expect.stringContaining('timed out after 1000 ms') });
    } finally {
      await builder.close();
    }
  });
});
