import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { Transport } from '@modelcontextprotocol/sdk/shared/transport.js';
import type { CallToolResult, Progress } from '@modelcontextprotocol/sdk/types.js';
import { afterEach, describe, expect, it } from 'vitest';
import { cliCommandLine, freshDirectories, startCli, transcriptsDirectory, type CliProcess } from './run-cli.test-support.js';

// The official MCP SDK client starts `buildwright mcp` over stdio, as Claude Desktop or Cursor
// would, on the embedded defaults (PGlite in the working directory, the local sandbox with the
// real web checks up to Chromium) and the scripted model replaying the counter-app transcript.
const freshDirectory = freshDirectories();
const transcript = join(transcriptsDirectory, 'counter-app.json');
const clients: Client[] = [];
const processes: CliProcess[] = [];
afterEach(async () => {
  await Promise.allSettled(clients.splice(0).map((client) => client.close()));
  for (const cli of processes.splice(0)) {
    if (cli.child.exitCode === null) cli.child.kill('SIGTERM');
    await cli.done;
  }
});

async function connect(cwd: string, args: string[]): Promise<{ client: Client; stderr: () => string; progressSent: string[] }> {
  const { command, args: commandArgs, env } = cliCommandLine(['mcp', ...args]);
  const transport = new StdioClientTransport({ command, args: commandArgs, env, cwd, stderr: 'pipe' });
  let stderr = '';
  transport.stderr?.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const client = new Client({ name: 'buildwright-cli-test', version: '1.0.0' });
  clients.push(client);
  await client.connect(transport);
  return { client, stderr: () => stderr, progressSent: progressMessages(transport) };
}

/**
 * The messages of the progress notifications the server sent, in the order they arrived, read off
 * the client's transport. The SDK client (1.32) hands a notification to `onprogress` a microtask
 * after it arrives but retires the request's progress handler at once on its response, so a last
 * notification that arrives in the same chunk as the response never reaches `onprogress`
 * (modelcontextprotocol/typescript-sdk#2580): what a server sends is asserted on the wire.
 */
function progressMessages(transport: Transport): string[] {
  const messages: string[] = [];
  const deliver = transport.onmessage!;
  transport.onmessage = (message, extra) => {
    if ('method' in message && message.method === 'notifications/progress') messages.push(String(message.params?.message));
    deliver(message, extra);
  };
  return messages;
}

const structured = <T>(result: unknown): T => {
  const call = result as CallToolResult;
  expect(call.isError, JSON.stringify(call.content)).toBeFalsy();
  return call.structuredContent as T;
};

describe('buildwright mcp', () => {
  it('default: the MCP client generates an app with the scripted model, polls its status with progress notifications, reads a file resource and restores a version; another --owner sees none of it', async () => {
    const cwd = freshDirectory();
    const { client, stderr, progressSent } = await connect(cwd, ['--llm', `script:${transcript}`]);
    expect((await client.listTools()).tools.map((tool) => tool.name).sort()).toEqual([
      'edit_app',
      'export_zip',
      'generate_app',
      'get_preview_url',
      'get_run_status',
      'list_projects',
      'list_versions',
      'restore_version',
    ]);
    const { runId, projectId } = structured<{ runId: string; projectId: string }>(await client.callTool({ name: 'generate_app', arguments: { prompt: 'a habit tracker', kind: 'web' } }));
    const progress: Progress[] = [];
    let status: { status: string; versionNumber: number | null; previewUrl: string | null } = { status: 'running', versionNumber: null, previewUrl: null };
    // Poll as a client would: each call follows the run for up to 20 s, with progress notifications.
    for (let poll = 0; poll < 30 && (status.status === 'running' || status.status === 'queued'); poll++) {
      status = structured(
        await client.callTool({ name: 'get_run_status', arguments: { runId, waitSeconds: 20 } }, undefined, {
          onprogress: (update) => progress.push(update),
          resetTimeoutOnProgress: true,
          timeout: 60_000,
        }),
      );
    }
    expect(status, stderr()).toMatchObject({ status: 'completed', versionNumber: 1 });
    expect(status.previewUrl).toMatch(/^http:\/\//);
    expect(progress.length).toBeGreaterThan(0);
    expect(progressSent).toEqual(expect.arrayContaining(['generate started (web)', 'check browser passed', 'completed: version 1']));

    const { resources } = await client.listResources();
    const appUri = resources.map((resource) => resource.uri).find((uri) => uri.endsWith('/src/App.tsx'));
    expect(appUri).toBe(`buildwright://project/${projectId}/src/App.tsx`);
    const read = await client.readResource({ uri: appUri! });
    expect(read.contents[0]).toMatchObject({ uri: appUri, mimeType: 'text/x-typescript', text: expect.stringContaining('export') });

    const restored = structured<{ version: { number: number; message: string } }>(await client.callTool({ name: 'restore_version', arguments: { projectId, version: 1 } }));
    expect(restored.version.number).toBe(2);
    const versions = structured<{ versions: Array<{ number: number }> }>(await client.callTool({ name: 'list_versions', arguments: { projectId } }));
    expect(versions.versions.map((version) => version.number)).toEqual([1, 2]);
    const preview = structured<{ url: string | null }>(await client.callTool({ name: 'get_preview_url', arguments: { projectId } }));
    expect(preview.url).toBe(status.previewUrl);
    await client.close();

    // Same data directory (PGlite: one process at a time), another owner.
    const { client: bob } = await connect(cwd, ['--owner', 'bob', '--llm', `script:${transcript}`]);
    expect(structured<{ projects: unknown[] }>(await bob.callTool({ name: 'list_projects', arguments: {} })).projects).toEqual([]);
    const denied = (await bob.callTool({ name: 'list_versions', arguments: { projectId } })) as CallToolResult;
    expect(denied.isError).toBe(true);
    expect(denied.content).toEqual([{ type: 'text', text: expect.stringMatching(/^PROJECT_NOT_FOUND: /) }]);
    expect((await bob.listResources()).resources).toEqual([]);
    await expect(bob.readResource({ uri: appUri! })).rejects.toThrow(/PROJECT_NOT_FOUND/);
  }, 600_000);

  it('default: buildwright serve answers MCP at /mcp beside the HTTP API, each request scoped to the owner of its header', async () => {
    const cwd = freshDirectory();
    const serve = startCli(['serve', '--port', '0', '--json', '--llm', `script:${transcript}`, '--sandbox', 'local:none'], { cwd });
    processes.push(serve);
    const listening = JSON.parse(await serve.waitForLine((line) => line.includes('"type":"serve.listening"'), 60_000)) as { url: string; mcpUrl: string };
    expect(listening.mcpUrl).toBe(`${listening.url}/mcp`);
    const connectAs = async (owner: string) => {
      const client = new Client({ name: 'buildwright-cli-test', version: '1.0.0' });
      clients.push(client);
      const transport = new StreamableHTTPClientTransport(new URL(listening.mcpUrl), { requestInit: { headers: { 'x-buildwright-owner': owner } } });
      await client.connect(transport);
      return { client, progressSent: progressMessages(transport) };
    };
    const { client: alice, progressSent } = await connectAs('alice');
    const progress: Progress[] = [];
    const run = structured<{ runId: string; projectId: string; status: string; versionNumber: number }>(
      await alice.callTool({ name: 'generate_app', arguments: { prompt: 'a habit tracker', waitSeconds: 300 } }, undefined, {
        onprogress: (update) => progress.push(update),
        resetTimeoutOnProgress: true,
        timeout: 120_000,
      }),
    );
    expect(run).toMatchObject({ status: 'completed', versionNumber: 1 });
    expect(progress.length).toBeGreaterThan(0);
    expect(progressSent).toEqual(expect.arrayContaining(['check browser passed', 'completed: version 1']));
    // The same project through the HTTP API of the same process.
    const api = await fetch(`${listening.url}/projects/${run.projectId}/versions`, { headers: { 'x-buildwright-owner': 'alice' } });
    expect(((await api.json()) as { versions: unknown[] }).versions).toHaveLength(1);
    const uri = `buildwright://project/${run.projectId}/src/App.tsx`;
    expect((await alice.readResource({ uri })).contents[0]).toMatchObject({ uri, text: expect.stringContaining('export') });
    expect(structured<{ version: { number: number } }>(await alice.callTool({ name: 'restore_version', arguments: { projectId: run.projectId, version: 1 } })).version.number).toBe(2);

    const { client: bob } = await connectAs('bob');
    expect(structured<{ projects: unknown[] }>(await bob.callTool({ name: 'list_projects', arguments: {} })).projects).toEqual([]);
    await expect(bob.readResource({ uri })).rejects.toThrow(/PROJECT_NOT_FOUND/);
  }, 600_000);
});
