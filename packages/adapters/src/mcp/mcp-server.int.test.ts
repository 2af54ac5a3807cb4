import { createServer, type Server as HttpServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import { createBuilder, type BuildwrightEvent, type Transcript } from '@buildwright/core';
import { createBuilderHandler } from '@buildwright/core/http';
import { memorySandbox, memoryStorage, scriptedLlm } from '@buildwright/core/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { brandColors, createBrandServer } from './fixtures/brand-server.mjs';
import { mcpServer, type McpServerOptions } from './index.js';

const serverScript = fileURLToPath(new URL('./fixtures/brand-server.mjs', import.meta.url));

/** A recorded generation that looks up the brand colors, then writes them into the theme. */
const themeTranscript: Transcript = {
  format: 'buildwright.transcript/v1',
  turns: [
    { node: 'plan', toolCalls: [{ name: 'submit_plan', arguments: { title: 'Theme', summary: 'Brand theme', steps: [{ id: 'theme', title: 'Theme', files: ['src/theme.ts'] }] } }] },
    { node: 'build', toolCalls: [{ id: 'colors', name: 'mcp__brand__lookup_brand_colors', arguments: { company: 'Acme' } }] },
    {
      node: 'build',
      toolCalls: [
        {
          name: 'write_file',
          arguments: { path: 'src/theme.ts', content: 'export const theme = { primary: "{{toolResult:colors:primary}}", accent: "{{toolResult:colors:accent}}" };\n' },
        },
        { name: 'finish', arguments: { summary: 'Theme in the brand colors.' } },
      ],
    },
  ],
};

/** The test server over Streamable HTTP (stateless, no session id generator: one server per request), on a free local port. */
async function startHttpServer(calls: Record<string, unknown>[]): Promise<{ url: string; close(): Promise<void> }> {
  const http: HttpServer = createServer((request, response) => {
    const server = createBrandServer({ calls });
    const transport = new StreamableHTTPServerTransport({});
    response.on('close', () => void transport.close().then(() => server.close()));
    void server.connect(transport).then(() => transport.handleRequest(request, response));
  });
  await new Promise<void>((resolve) => http.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/mcp`,
    close: () => new Promise((resolve) => http.close(() => resolve())),
  };
}

let http: { url: string; close(): Promise<void> };
const httpCalls: Record<string, unknown>[] = [];
beforeAll(async () => {
  http = await startHttpServer(httpCalls);
});
afterAll(() => http.close());

const transports: [string, (policy: McpServerOptions['policy']) => McpServerOptions][] = [
  ['stdio', (policy) => ({ name: 'brand', transport: 'stdio', command: process.execPath, args: [serverScript], ...(policy ? { policy } : {}) })],
  ['streamable-http', (policy) => ({ name: 'brand', transport: 'streamable-http', url: http.url, ...(policy ? { policy } : {}) })],
];

describe.each(transports)('mcpServer over %s', (_transport, options) => {
  it('behavior: policy allow: the scripted model calls lookup_brand_colors and the result lands in the theme file', async () => {
    const builder = createBuilder({ llm: scriptedLlm({ transcript: themeTranscript }), sandbox: memorySandbox(), storage: memoryStorage(), mcp: [mcpServer(options('allow'))] });
    const run = builder.generate({ prompt: 'a themed app', kind: 'web' });
    const result = await run.result;
    expect(result.files['src/theme.ts']).toBe(`export const theme = { primary: "${brandColors.primary}", accent: "${brandColors.accent}" };\n`);
    const events = await builder.events(run.runId);
    expect(events.find((event) => event.type === 'tool.result')).toMatchObject({ server: 'brand', tool: 'lookup_brand_colors', status: 'ok' });
    expect(result.toolCalls.calls).toBe(1);
    await builder.close();
  });

  it('behavior: policy ask (the default): the run pauses until the call is approved over HTTP', async () => {
    const ownerId = 'owner-1';
    const builder = createBuilder({ llm: scriptedLlm({ transcript: themeTranscript }), sandbox: memorySandbox(), storage: memoryStorage(), mcp: [mcpServer(options(undefined))] });
    const handler = createBuilderHandler(builder, { authorize: (request) => request.headers.get('x-user') ?? 'nobody' });
    const run = builder.generate({ prompt: 'a themed app', kind: 'web', ownerId });
    const requested = await new Promise<Extract<BuildwrightEvent, { type: 'tool.approval_requested' }>>((resolve) => run.on('tool.approval_requested', resolve));
    expect(requested).toMatchObject({ server: 'brand', tool: 'lookup_brand_colors', arguments: { company: 'Acme' } });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect((await builder.events(run.runId, { ownerId })).map((event) => event.type)).not.toContain('tool.result');

    const post = (user: string, body: unknown) =>
      handler(
        new Request(`http://app/runs/${run.runId}/tool-approvals/${requested.id}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-user': user }, body: JSON.stringify(body) }),
      );
    expect((await post('intruder', { decision: 'allow' })).status).toBe(404);
    expect((await post(ownerId, { decision: 'maybe' })).status).toBe(400);
    const approved = await post(ownerId, { decision: 'allow', remember: true });
    expect(approved.status).toBe(200);
    expect(await approved.json()).toEqual({ decided: true, decision: 'allow' });
    const result = await run.result;
    expect(result.files['src/theme.ts']).toContain(brandColors.primary);
    expect((await post(ownerId, { decision: 'deny' })).status).toBe(404);
    await builder.close();
  });

  it('behavior: policy deny: the model receives a refusal and the theme keeps no colors', async () => {
    const builder = createBuilder({
      llm: scriptedLlm({ transcript: themeTranscript }),
      sandbox: memorySandbox(),
      storage: memoryStorage(),
      mcp: [mcpServer(options({ lookup_brand_colors: 'deny' }))],
    });
    const run = builder.generate({ prompt: 'a themed app', kind: 'web' });
    const result = await run.result;
    expect(result.files['src/theme.ts']).toContain('{{toolResult:colors:primary}}');
    const events = await builder.events(run.runId);
    expect(events.find((event) => event.type === 'tool.result')).toMatchObject({ status: 'denied' });
    await builder.close();
  });
});

describe('mcpServer', () => {
  it('behavior: a tool list that changes mid-project is reported before its tools are used', async () => {
    const storage = memoryStorage();
    const stdio = (env: Record<string, string>) => mcpServer({ name: 'brand', transport: 'stdio', command: process.execPath, args: [serverScript], env, policy: 'allow' });
    const first = createBuilder({ llm: scriptedLlm({ transcript: themeTranscript }), sandbox: memorySandbox(), storage, mcp: [stdio({ BRAND_TOOLS: '1' })] });
    const { project } = await first.generate({ prompt: 'a themed app', kind: 'web' }).result;
    const later = createBuilder({ llm: scriptedLlm({ transcript: themeTranscript }), sandbox: memorySandbox(), storage, mcp: [stdio({ BRAND_TOOLS: '2' })] });
    const edit = later.edit(project.id, { prompt: 'again' });
    await edit.result;
    const events = await later.events(edit.runId);
    const types = events.map((event) => event.type);
    expect(events.find((event) => event.type === 'tool.list_changed')).toMatchObject({ server: 'brand', added: ['lookup_brand_fonts'], removed: [], changed: ['lookup_brand_colors'] });
    expect(types.indexOf('tool.list_changed')).toBeLessThan(types.indexOf('tool.called'));
    expect(events.some((event) => event.type === 'notice.posted' && event.message.includes('tools of MCP server "brand" changed'))).toBe(true);
  });

  it('behavior: a server that cannot be reached: a notice, and the run still completes', async () => {
    const unreachable = mcpServer({ name: 'brand', transport: 'streamable-http', url: 'http://127.0.0.1:9/mcp', policy: 'allow' });
    const missing = mcpServer({ name: 'gone', transport: 'stdio', command: '/nonexistent/mcp-server' });
    const noTools: Transcript = {
      format: 'buildwright.transcript/v1',
      turns: [
        themeTranscript.turns[0]!,
        {
          node: 'build',
          toolCalls: [
            { name: 'write_file', arguments: { path: 'src/theme.ts', content: 'export {};\n' } },
            { name: 'finish', arguments: { summary: 'ok' } },
          ],
        },
      ],
    };
    const builder = createBuilder({ llm: scriptedLlm({ transcript: noTools }), sandbox: memorySandbox(), storage: memoryStorage(), mcp: [unreachable, missing] });
    const run = builder.generate({ prompt: 'x', kind: 'web' });
    await expect(run.result).resolves.toMatchObject({ files: { 'src/theme.ts': 'export {};\n' } });
    const notices = (await builder.events(run.runId)).flatMap((event) => (event.type === 'notice.posted' && event.level === 'warn' ? [event.message] : []));
    expect(notices.filter((message) => /MCP server "(brand|gone)" could not be reached/.test(message))).toHaveLength(2);
  });

  it('behavior: resources are offered as read_resource and read as untrusted context', async () => {
    const transcript: Transcript = {
      format: 'buildwright.transcript/v1',
      turns: [
        themeTranscript.turns[0]!,
        { node: 'build', toolCalls: [{ id: 'guide', name: 'mcp__brand__read_resource', arguments: { uri: 'brand://guide' } }] },
        {
          node: 'build',
          toolCalls: [
            { name: 'write_file', arguments: { path: 'GUIDE.md', content: '{{toolResult:guide}}' } },
            { name: 'finish', arguments: { summary: 'ok' } },
          ],
        },
      ],
    };
    const builder = createBuilder({
      llm: scriptedLlm({ transcript }),
      sandbox: memorySandbox(),
      storage: memoryStorage(),
      mcp: [mcpServer({ name: 'brand', transport: 'streamable-http', url: http.url, policy: 'allow' })],
    });
    const result = await builder.generate({ prompt: 'x', kind: 'web' }).result;
    expect(result.files['GUIDE.md']).toBe('# Brand guide\nRounded corners, 8px.');
  });

  it('error: an invalid transport or URL is INVALID_INPUT when the server is created', () => {
    expect(() => mcpServer({ name: 'x', transport: 'streamable-http', url: 'not a url' })).toThrow(/is not a URL/);
    expect(() => mcpServer({ name: 'x', transport: 'sse' } as unknown as McpServerOptions)).toThrow(/transport is "stdio" or "streamable-http"/);
  });
});
