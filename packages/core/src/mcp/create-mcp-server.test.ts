import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import type { CallToolResult, Progress } from '@modelcontextprotocol/sdk/types.js';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { createBuilder, type Builder } from '../builder/create-builder.js';
import { pacedLlm } from '../llm/paced-llm.js';
import { appFiles, appTranscript, serve } from '../http/http.test-support.js';
import type { BuilderOptions } from '../run/run-context.js';
import type { Deployment, DeployAdapter, DeployInput } from '../spec/deploy.js';
import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../testing/doubles/scripted-llm.js';
import { createMcpServer, type McpServerOptions } from './create-mcp-server.js';
import { projectFileUri } from './project-resources.js';

const cleanups: Array<() => Promise<unknown>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

/** A deploy adapter that records what it was asked to deploy (the deploy port's shape, no server). */
function recordingDeploy(): DeployAdapter & { inputs: DeployInput[] } {
  const inputs: DeployInput[] = [];
  return {
    specificationVersion: 'v1',
    provider: 'recording',
    kinds: ['web'],
    inputs,
    async deploy(input) {
      inputs.push(input);
      const deployment: Deployment = {
        deploymentId: `d${inputs.length}`,
        target: 'recording',
        projectId: input.project.id,
        versionNumber: input.version.number,
        status: 'ready',
        url: `http://127.0.0.1:1/${input.project.id}/v${input.version.number}/`,
        aliasUrl: null,
        error: null,
        createdAt: new Date(0).toISOString(),
      };
      return deployment;
    },
    status: async () => undefined,
    undeploy: async () => undefined,
    list: async () => [],
    close: async () => undefined,
  };
}

async function setup(options: Partial<McpServerOptions> = {}, builderOptions: Partial<BuilderOptions> = {}) {
  const builder: Builder = createBuilder({ llm: scriptedLlm({ transcript: appTranscript() }), sandbox: memorySandbox(), storage: memoryStorage(), ...builderOptions });
  const errors: unknown[] = [];
  const handler = createMcpServer(builder, {
    authorize: (request) => request.headers.get('x-owner') ?? Promise.reject(new Error('no owner header')),
    onError: (error) => errors.push(error),
    ...options,
  });
  const server = await serve(handler);
  cleanups.push(
    () => builder.close(),
    () => server.close(),
  );
  const connect = async (owner: string) => {
    const client = new Client({ name: 'buildwright-test', version: '1.0.0' });
    await client.connect(new StreamableHTTPClientTransport(new URL(`${server.url}/mcp`), { requestInit: { headers: { 'x-owner': owner } } }));
    cleanups.push(() => client.close());
    return client;
  };
  return { builder, url: `${server.url}/mcp`, connect, errors };
}

const structured = <T = Record<string, unknown>>(result: unknown) => {
  const call = result as CallToolResult;
  expect(call.isError, JSON.stringify(call.content)).toBeFalsy();
  return call.structuredContent as T;
};
const toolErrorCode = (result: unknown) => {
  const call = result as CallToolResult;
  expect(call.isError).toBe(true);
  return (call.structuredContent as { error: { code: string } }).error.code;
};

describe('createMcpServer', () => {
  it('default: the official MCP client generates an app, follows it with progress notifications, reads a file resource, edits, restores and exports', async () => {
    const { connect, errors } = await setup();
    const alice = await connect('alice');
    const tools = (await alice.listTools()).tools.map((tool) => tool.name).sort();
    expect(tools).toEqual(['edit_app', 'export_zip', 'generate_app', 'get_preview_url', 'get_run_status', 'list_projects', 'list_versions', 'restore_version']);

    const started = structured<{ runId: string; projectId: string; status: string }>(await alice.callTool({ name: 'generate_app', arguments: { prompt: 'a counter page', kind: 'web' } }));
    expect(started.runId).toEqual(expect.any(String));
    const progress: Progress[] = [];
    const status = structured<{ status: string; versionNumber: number; lastEvents: Array<{ type: string }> }>(
      await alice.callTool({ name: 'get_run_status', arguments: { runId: started.runId, waitSeconds: 60, lastEvents: 3 } }, undefined, {
        onprogress: (update) => progress.push(update),
        timeout: 60_000,
      }),
    );
    expect(status).toMatchObject({ status: 'completed', versionNumber: 1, projectId: started.projectId });
    expect(status.lastEvents).toHaveLength(3);
    expect(status.lastEvents.slice(1).map((event) => event.type)).toEqual(['version.created', 'run.completed']);
    expect(progress.map((update) => update.message)).toEqual(expect.arrayContaining(['generate started (web)', 'wrote index.html', 'version 1 stored', 'completed: version 1']));
    const values = progress.map((update) => update.progress);
    expect(values).toEqual([...values].sort((a, b) => a - b));
    expect(new Set(values).size).toBe(values.length);

    const uri = projectFileUri(started.projectId, 'index.html');
    expect((await alice.listResources()).resources.map((resource) => resource.uri).sort()).toEqual(
      Object.keys(appFiles)
        .map((path) => projectFileUri(started.projectId, path))
        .sort(),
    );
    expect((await alice.listResourceTemplates()).resourceTemplates.map((template) => template.uriTemplate)).toEqual(['buildwright://project/{projectId}/{+path}']);
    expect((await alice.readResource({ uri })).contents).toEqual([{ uri, mimeType: 'text/html', text: appFiles['index.html'] }]);

    const edited = structured<{ status: string; versionNumber: number }>(
      await alice.callTool({ name: 'edit_app', arguments: { projectId: started.projectId, prompt: 'rename the title', waitSeconds: 60 } }, undefined, { timeout: 60_000 }),
    );
    expect(edited).toMatchObject({ status: 'completed', versionNumber: 2 });
    expect(((await alice.readResource({ uri })).contents[0] as { text: string }).text).toContain('Edited by Buildwright');

    const restored = structured<{ version: { number: number; parent: number } }>(await alice.callTool({ name: 'restore_version', arguments: { projectId: started.projectId, version: 1 } }));
    expect(restored.version).toMatchObject({ number: 3 });
    expect(((await alice.readResource({ uri })).contents[0] as { text: string }).text).toBe(appFiles['index.html']);
    const versions = structured<{ versions: Array<{ number: number }> }>(await alice.callTool({ name: 'list_versions', arguments: { projectId: started.projectId } }));
    expect(versions.versions.map((version) => version.number)).toEqual([1, 2, 3]);
    const projects = structured<{ projects: Array<{ id: string; currentVersion: number }> }>(await alice.callTool({ name: 'list_projects', arguments: {} }));
    expect(projects.projects).toEqual([expect.objectContaining({ id: started.projectId, currentVersion: 3 })]);

    const exported = (await alice.callTool({ name: 'export_zip', arguments: { projectId: started.projectId, version: 2 } })) as CallToolResult;
    expect(exported.structuredContent).toMatchObject({ version: 2, fileName: expect.stringMatching(/\.zip$/) });
    const blob = exported.content.find((part) => part.type === 'resource')!;
    const zip = unzipSync(Buffer.from((blob.resource as { blob: string }).blob, 'base64'));
    expect(strFromU8(zip['index.html']!)).toContain('Edited by Buildwright');

    const preview = structured<{ url: string | null }>(await alice.callTool({ name: 'get_preview_url', arguments: { projectId: started.projectId } }));
    expect(preview.url).toBeNull();
    expect(errors).toEqual([]);
  });

  it('behavior: a wait that runs out just as the run ends still reports every event up to the status it answers', async () => {
    const { connect, builder } = await setup();
    // The wait "runs out" right after the first written file, once the run has in fact completed.
    const watch = builder.watch.bind(builder);
    builder.watch = async function* (runId, options) {
      for await (const event of watch(runId, options)) {
        yield event;
        if (event.type === 'file.written') {
          while ((await builder.options.storage.getRun({ ownerId: 'alice', runId }))?.status !== 'completed') await new Promise((resolve) => setTimeout(resolve, 5));
          return;
        }
      }
    };
    const alice = await connect('alice');
    const progress: Progress[] = [];
    const status = structured<{ status: string }>(
      await alice.callTool({ name: 'generate_app', arguments: { prompt: 'a counter page', waitSeconds: 60 } }, undefined, { onprogress: (update) => progress.push(update), timeout: 60_000 }),
    );
    expect(status.status).toBe('completed');
    const messages = progress.map((update) => update.message);
    expect(messages).toEqual(expect.arrayContaining(['generate started (web)', 'wrote index.html', 'version 1 stored', 'completed: version 1']));
    const values = progress.map((update) => update.progress);
    expect(new Set(values).size).toBe(values.length);
  });

  it('error: a request without authorization gets 401 with a JSON-RPC error coded UNAUTHORIZED; the MCP client cannot connect', async () => {
    const { url } = await setup();
    const call = (headers: Record<string, string>) =>
      fetch(url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers },
        body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'generate_app', arguments: { prompt: 'a counter page' } } }),
      });
    const refused = await call({});
    expect(refused.status).toBe(401);
    expect(await refused.json()).toMatchObject({ jsonrpc: '2.0', error: { data: { code: 'UNAUTHORIZED' } }, id: null });
    const client = new Client({ name: 'anonymous', version: '1.0.0' });
    await expect(client.connect(new StreamableHTTPClientTransport(new URL(url)))).rejects.toMatchObject({ code: 401, message: expect.stringContaining('UNAUTHORIZED') });
  });

  it('behavior: an owner sees none of another owner’s projects, runs or files through any tool or resource', async () => {
    const deploy = recordingDeploy();
    const { connect, builder } = await setup({ deploy });
    const alice = await connect('alice');
    const started = structured<{ runId: string; projectId: string }>(
      await alice.callTool({ name: 'generate_app', arguments: { prompt: 'a counter page', waitSeconds: 60 } }, undefined, { timeout: 60_000 }),
    );
    const { projectId, runId } = started;
    const bob = await connect('bob');
    await builder.importFiles({ ownerId: 'bob', name: 'bob app', kind: 'web', files: { 'index.html': '<p>bob</p>' } });

    expect(structured<{ projects: Array<{ name: string }> }>(await bob.callTool({ name: 'list_projects', arguments: {} })).projects.map((project) => project.name)).toEqual(['bob app']);
    const calls: Array<[string, Record<string, unknown>, string]> = [
      ['get_run_status', { runId }, 'RUN_NOT_FOUND'],
      ['get_run_status', { runId, waitSeconds: 5 }, 'RUN_NOT_FOUND'],
      ['edit_app', { projectId, prompt: 'take it over' }, 'PROJECT_NOT_FOUND'],
      ['list_versions', { projectId }, 'PROJECT_NOT_FOUND'],
      ['restore_version', { projectId, version: 1 }, 'PROJECT_NOT_FOUND'],
      ['get_preview_url', { projectId }, 'PROJECT_NOT_FOUND'],
      ['export_zip', { projectId }, 'PROJECT_NOT_FOUND'],
      ['deploy', { projectId }, 'PROJECT_NOT_FOUND'],
    ];
    for (const [name, args, code] of calls) expect([name, toolErrorCode(await bob.callTool({ name, arguments: args }))]).toEqual([name, code]);
    expect(deploy.inputs).toEqual([]);
    expect((await bob.listResources()).resources.map((resource) => resource.name)).toEqual(['bob app/index.html']);
    await expect(bob.readResource({ uri: projectFileUri(projectId, 'index.html') })).rejects.toThrow(/PROJECT_NOT_FOUND/);
    // Nothing of alice's changed.
    expect((await builder.versions(projectId, { ownerId: 'alice' })).map((version) => version.number)).toEqual([1]);
    expect((await builder.getProject(projectId, { ownerId: 'alice' })).ownerId).toBe('alice');
  });

  it('args: deploy is offered only with a deploy adapter, and deploys the version asked for from storage', async () => {
    const deploy = recordingDeploy();
    const { connect } = await setup({ deploy });
    const alice = await connect('alice');
    expect((await alice.listTools()).tools.map((tool) => tool.name)).toContain('deploy');
    const { projectId } = structured<{ projectId: string }>(await alice.callTool({ name: 'generate_app', arguments: { prompt: 'a counter page', waitSeconds: 60 } }, undefined, { timeout: 60_000 }));
    const result = structured<{ deployment: Deployment }>(await alice.callTool({ name: 'deploy', arguments: { projectId } }));
    expect(result.deployment).toMatchObject({ status: 'ready', versionNumber: 1, projectId });
    expect(deploy.inputs).toEqual([expect.objectContaining({ project: expect.objectContaining({ id: projectId, ownerId: 'alice', kind: 'web' }), files: appFiles, kind: 'web' })]);
  });

  it('default: with the builder’s deploy targets (createBuilder({ deploy })) the deploy tool uses builder.deploy: stored, with events; the explicit option still overrides', async () => {
    const targets = { first: recordingDeploy(), second: recordingDeploy() };
    const events: string[] = [];
    const { connect, builder } = await setup({}, { deploy: targets, onDeployEvent: (event) => events.push(`${event.type} ${event.target}`) });
    const alice = await connect('alice');
    const tool = (await alice.listTools()).tools.find((candidate) => candidate.name === 'deploy');
    expect(tool?.description).toMatch(/first \(recording, for web projects\); second/);
    expect(tool?.inputSchema.properties).toMatchObject({ target: { enum: ['first', 'second'] } });
    const { projectId } = structured<{ projectId: string }>(await alice.callTool({ name: 'generate_app', arguments: { prompt: 'a counter page', waitSeconds: 60 } }, undefined, { timeout: 60_000 }));

    const result = structured<{ deployment: { id: string; target: string; status: string; versionNumber: number; url: string } }>(await alice.callTool({ name: 'deploy', arguments: { projectId } }));
    expect(result.deployment).toMatchObject({ target: 'first', status: 'ready', versionNumber: 1, url: `http://127.0.0.1:1/${projectId}/v1/` });
    expect(targets.first.inputs).toEqual([expect.objectContaining({ project: expect.objectContaining({ id: projectId, ownerId: 'alice' }), build: { outputDir: '.', files: appFiles } })]);
    const chosen = structured<{ deployment: { target: string } }>(await alice.callTool({ name: 'deploy', arguments: { projectId, target: 'second' } }));
    expect(chosen.deployment.target).toBe('second');
    expect((await builder.listDeployments(projectId, { ownerId: 'alice' })).map((deployment) => deployment.target)).toEqual(['second', 'first']);
    expect(events).toEqual(['deploy.started first', 'deploy.ready first', 'deploy.started second', 'deploy.ready second']);
    // Another owner cannot deploy alice's project.
    expect(toolErrorCode(await (await connect('bob')).callTool({ name: 'deploy', arguments: { projectId } }))).toBe('PROJECT_NOT_FOUND');

    const explicit = recordingDeploy();
    const overridden = await setup({ deploy: explicit }, { deploy: targets });
    const carol = await overridden.connect('carol');
    const own = structured<{ projectId: string }>(await carol.callTool({ name: 'generate_app', arguments: { prompt: 'a counter page', waitSeconds: 60 } }, undefined, { timeout: 60_000 }));
    const direct = structured<{ deployment: { deploymentId: string } }>(await carol.callTool({ name: 'deploy', arguments: { projectId: own.projectId } }));
    expect(direct.deployment.deploymentId).toBe('d1');
    expect(explicit.inputs).toHaveLength(1);
    expect(await overridden.builder.listDeployments(own.projectId, { ownerId: 'carol' })).toEqual([]);
  });

  it('error: a bad argument, an unknown project or version are tool errors that say what to do; a GET is 405', async () => {
    const { connect, url } = await setup();
    const alice = await connect('alice');
    const bad = (await alice.callTool({ name: 'restore_version', arguments: { projectId: 'p', version: 0 } })) as CallToolResult;
    expect(bad.isError).toBe(true);
    expect(JSON.stringify(bad.content)).toMatch(/version/);
    const missing = (await alice.callTool({ name: 'list_versions', arguments: { projectId: 'nope' } })) as CallToolResult;
    expect(missing.content).toEqual([{ type: 'text', text: expect.stringMatching(/^PROJECT_NOT_FOUND: /) }]);
    expect(missing.structuredContent).toMatchObject({ error: { code: 'PROJECT_NOT_FOUND', docsUrl: expect.stringContaining('storage') } });
    await expect(alice.readResource({ uri: 'buildwright://project/nope/index.html' })).rejects.toThrow(/PROJECT_NOT_FOUND/);
    const get = await fetch(url, { headers: { 'x-owner': 'alice', accept: 'text/event-stream' } });
    expect(get.status).toBe(405);
    expect(get.headers.get('allow')).toBe('POST');
  });

  it('error: a run the host refuses (beforeRun) is a tool error with the host’s code and message', async () => {
    const { connect } = await setup({}, { beforeRun: () => ({ refuse: { code: 'QUOTA_EXCEEDED', message: 'Monthly quota used; it renews on the 1st.' } }) });
    const alice = await connect('alice');
    const refused = (await alice.callTool({ name: 'generate_app', arguments: { prompt: 'a counter page' } })) as CallToolResult;
    expect(refused.content).toEqual([{ type: 'text', text: 'QUOTA_EXCEEDED: Monthly quota used; it renews on the 1st.' }]);
  });

  it('behavior: project ids complete in the file resource template, for the owner only', async () => {
    const { connect, builder } = await setup();
    const { project } = await builder.importFiles({ ownerId: 'alice', name: 'alice app', kind: 'web', files: { 'index.html': '<p>a</p>' } });
    await builder.importFiles({ ownerId: 'bob', name: 'bob app', kind: 'web', files: { 'index.html': '<p>b</p>' } });
    const alice = await connect('alice');
    const completed = await alice.complete({ ref: { type: 'ref/resource', uri: 'buildwright://project/{projectId}/{+path}' }, argument: { name: 'projectId', value: '' } });
    expect(completed.completion.values).toEqual([project.id]);
  });

  it('args: maxRunsPerOwner caps the runs one owner has in progress (TOO_MANY_REQUESTS); the slot is free again once the run ended', async () => {
    const { connect } = await setup({ maxRunsPerOwner: 1 }, { llm: pacedLlm(scriptedLlm({ transcript: appTranscript() }), 200) });
    const alice = await connect('alice');
    const first = structured<{ runId: string; projectId: string }>(await alice.callTool({ name: 'generate_app', arguments: { prompt: 'a counter page' } }));
    expect(toolErrorCode(await alice.callTool({ name: 'edit_app', arguments: { projectId: first.projectId, prompt: 'rename the title' } }))).toBe('TOO_MANY_REQUESTS');
    const done = structured<{ status: string }>(await alice.callTool({ name: 'get_run_status', arguments: { runId: first.runId, waitSeconds: 60 } }, undefined, { timeout: 60_000 }));
    expect(done.status).toBe('completed');
    // The slot is given back when the run's result settles, a moment after its last event is stored.
    let answer = (await alice.callTool({ name: 'edit_app', arguments: { projectId: first.projectId, prompt: 'rename the title', waitSeconds: 60 } }, undefined, { timeout: 60_000 })) as CallToolResult;
    for (let attempt = 0; attempt < 20 && answer.isError; attempt++) {
      expect(toolErrorCode(answer)).toBe('TOO_MANY_REQUESTS');
      await new Promise((resolve) => setTimeout(resolve, 50));
      answer = (await alice.callTool({ name: 'edit_app', arguments: { projectId: first.projectId, prompt: 'rename the title', waitSeconds: 60 } }, undefined, { timeout: 60_000 })) as CallToolResult;
    }
    const edit = structured<{ status: string; versionNumber: number }>(answer);
    expect(edit).toMatchObject({ status: 'completed', versionNumber: 2 });
  });

  it('args: allowedOrigins and allowedHosts refuse a request from elsewhere (403) before authorize runs; MCP clients without an Origin pass', async () => {
    const builder = createBuilder({ llm: scriptedLlm({ transcript: appTranscript() }), sandbox: memorySandbox(), storage: memoryStorage() });
    cleanups.push(() => builder.close());
    let authorized = 0;
    const handler = createMcpServer(builder, {
      allowedOrigins: ['https://app.example.com'],
      allowedHosts: ['localhost:3000'],
      authorize: () => {
        authorized++;
        return 'alice';
      },
    });
    const list = (url: string, headers: Record<string, string> = {}) =>
      handler(
        new Request(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream', ...headers },
          body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'tools/call', params: { name: 'list_projects', arguments: {} } }),
        }),
      );
    const fromElsewhere = await list('http://localhost:3000/mcp', { origin: 'https://evil.example' });
    expect(fromElsewhere.status).toBe(403);
    expect(await fromElsewhere.json()).toMatchObject({ error: { data: { code: 'UNAUTHORIZED' } } });
    expect((await list('http://rebound.example:3000/mcp')).status).toBe(403);
    expect(authorized).toBe(0);
    const fromApp = await list('http://localhost:3000/mcp', { origin: 'https://app.example.com' });
    expect(fromApp.status).toBe(200);
    expect(await fromApp.text()).toContain('"projects"');
    expect((await list('http://localhost:3000/mcp')).status).toBe(200);
    expect(authorized).toBe(2);
  });

  it('error: createMcpServer without authorize says what it needs', () => {
    const builder = createBuilder({ llm: scriptedLlm({ transcript: appTranscript() }), sandbox: memorySandbox(), storage: memoryStorage() });
    expect(() => createMcpServer(builder, {} as McpServerOptions)).toThrow(/options\.authorize/);
  });
});
