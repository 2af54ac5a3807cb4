import { BuildwrightError, type ExternalResource, type ExternalTool, type ExternalToolOutput, type ToolPolicy, type ToolProvider, type ToolProviderSession } from '@buildwright/core';
import { importPeer, requirePeers } from '../internal/peer-dependency.js';

/** Options shared by both transports. */
interface McpServerCommon {
  /** The server's name in tool names (`mcp__<name>__<tool>`) and events: letters, digits and `-`. */
  name: string;
  /** Consent: one policy for every tool, or one per tool name with `'*'` for the rest. Default `ask`. */
  policy?: ToolPolicy | Record<string, ToolPolicy>;
  /** How long one call may take (ms). Default 30 s. */
  timeoutMs?: number;
  /** Largest result passed to the model (bytes); longer ones are cut and marked. Default 16 KiB. */
  maxResultBytes?: number;
}

/** Options of {@link mcpServer}: a local server started as a process (stdio), or a remote one (Streamable HTTP). */
export type McpServerOptions =
  | (McpServerCommon & {
      transport: 'stdio';
      /** The command that starts the server, e.g. `npx`. Runs on the host (not in the sandbox), with a minimal environment plus `env`. */
      command: string;
      args?: string[];
      /** Variables added to the default environment (PATH, HOME...), e.g. an API key of the server. */
      env?: Record<string, string>;
      /** Working directory of the process. Default the current one. */
      cwd?: string;
    })
  | (McpServerCommon & {
      transport: 'streamable-http';
      /** The server's MCP endpoint, e.g. `https://mcp.example.com/mcp`. */
      url: string;
      /** Headers of every request, e.g. `{ Authorization: 'Bearer …' }`. */
      headers?: Record<string, string>;
    });

const adapter = 'mcpServer';

/**
 * An MCP server whose tools (and resources) the model may use in a run, for
 * `createBuilder({ mcp: [...] })`. Built on `@modelcontextprotocol/sdk` (an optional peer),
 * loaded when a run first connects; creating it does no I/O. Each run opens its own connection
 * (a stdio server's process lives as long as the run) and closes it when the run ends.
 *
 * @example
 * import { mcpServer } from '@buildwright/adapters/mcp';
 *
 * const builder = createBuilder({
 *   ...adapters,
 *   mcp: [
 *     mcpServer({ name: 'brand', transport: 'stdio', command: 'node', args: ['brand-server.mjs'], policy: { lookup_brand_colors: 'allow' } }),
 *     mcpServer({ name: 'docs', transport: 'streamable-http', url: 'https://mcp.example.com/mcp', headers: { Authorization: `Bearer ${token}` } }),
 *   ],
 * });
 */
export function mcpServer(options: McpServerOptions): ToolProvider {
  requirePeers(adapter, ['@modelcontextprotocol/sdk']);
  if (options.transport !== 'stdio' && options.transport !== 'streamable-http') {
    throw new BuildwrightError({
      code: 'INVALID_INPUT',
      docsPage: 'mcp-client.md',
      message: `mcpServer "${(options as { name?: string }).name}": transport is "stdio" or "streamable-http"; got ${JSON.stringify((options as { transport: unknown }).transport)}.`,
    });
  }
  if (options.transport === 'streamable-http' && !URL.canParse(options.url)) {
    throw new BuildwrightError({ code: 'INVALID_INPUT', docsPage: 'mcp-client.md', message: `mcpServer "${options.name}": url ${JSON.stringify(options.url)} is not a URL.` });
  }
  return {
    specificationVersion: 'v1',
    name: options.name,
    policy: options.policy,
    timeoutMs: options.timeoutMs,
    maxResultBytes: options.maxResultBytes,
    connect: (input) => connect(options, input),
  };
}

async function connect(options: McpServerOptions, input: { timeoutMs: number; signal: AbortSignal }): Promise<ToolProviderSession> {
  const [{ Client }, transport] = await Promise.all([importPeer(adapter, '@modelcontextprotocol/sdk', () => import('@modelcontextprotocol/sdk/client/index.js')), createTransport(options)]);
  const client = new Client({ name: 'buildwright', version: '0.1.0' });
  const request = { timeout: input.timeoutMs, signal: input.signal };
  try {
    await client.connect(transport, request);
    const tools = await listAll(
      (cursor) => client.listTools(cursor ? { cursor } : {}, request),
      (page) => page.tools,
    );
    const resources = client.getServerCapabilities()?.resources
      ? await listAll(
          (cursor) => client.listResources(cursor ? { cursor } : {}, request),
          (page) => page.resources,
        )
      : [];
    return {
      tools: tools.map((tool): ExternalTool => ({ name: tool.name, description: tool.description ?? tool.title ?? '', inputSchema: tool.inputSchema as Record<string, unknown> })),
      resources: resources.map((resource): ExternalResource => ({ uri: resource.uri, name: resource.name, description: resource.description, mimeType: resource.mimeType })),
      async callTool({ name, arguments: args, timeoutMs, signal }) {
        try {
          const result = await client.callTool({ name, arguments: args }, undefined, { timeout: timeoutMs, signal });
          return toolOutput(result);
        } catch (error) {
          // A JSON-RPC error of the call itself (unknown tool, invalid arguments) is the tool's answer, for the model to read.
          const code = (error as { code?: unknown } | null)?.code;
          if (typeof code === 'number' && code !== -32000 && code !== -32001) return { text: error instanceof Error ? error.message : String(error), isError: true };
          throw callError(options.name, error);
        }
      },
      async readResource({ uri, timeoutMs, signal }) {
        try {
          const result = await client.readResource({ uri }, { timeout: timeoutMs, signal });
          const text = result.contents
            .map((content) => ('text' in content && typeof content.text === 'string' ? content.text : `[binary ${content.mimeType ?? 'content'} of ${content.uri} omitted]`))
            .join('\n');
          return { text, isError: false };
        } catch (error) {
          throw callError(options.name, error);
        }
      },
      close: () => client.close().catch(() => undefined),
    };
  } catch (error) {
    await client.close().catch(() => undefined);
    throw new BuildwrightError({
      code: 'TOOL_UNAVAILABLE',
      message: `Cannot connect to MCP server "${options.name}" (${describeTarget(options)}): ${error instanceof Error ? error.message : String(error)}`,
      cause: error,
      details: { server: options.name },
    });
  }
}

async function createTransport(options: McpServerOptions) {
  if (options.transport === 'stdio') {
    const { StdioClientTransport } = await importPeer(adapter, '@modelcontextprotocol/sdk', () => import('@modelcontextprotocol/sdk/client/stdio.js'));
    return new StdioClientTransport({
      command: options.command,
      ...(options.args ? { args: options.args } : {}),
      ...(options.env ? { env: options.env } : {}),
      ...(options.cwd ? { cwd: options.cwd } : {}),
      // The server's log is its own; it must not mix into the host's output.
      stderr: 'ignore',
    });
  }
  const { StreamableHTTPClientTransport } = await importPeer(adapter, '@modelcontextprotocol/sdk', () => import('@modelcontextprotocol/sdk/client/streamableHttp.js'));
  return new StreamableHTTPClientTransport(new URL(options.url), options.headers ? { requestInit: { headers: options.headers } } : {});
}

/** Every page of a paginated list (at most 20 pages, so a server cannot keep a run listing forever). */
async function listAll<Page extends { nextCursor?: string | undefined }, Item>(fetchPage: (cursor: string | undefined) => Promise<Page>, items: (page: Page) => Item[]): Promise<Item[]> {
  const all: Item[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < 20; page++) {
    const result = await fetchPage(cursor);
    all.push(...items(result));
    cursor = result.nextCursor;
    if (!cursor) break;
  }
  return all;
}

/** A tool result as text: text parts as they are, structured content as JSON, other parts described. */
function toolOutput(result: Record<string, unknown>): ExternalToolOutput {
  const content = Array.isArray(result['content']) ? (result['content'] as Record<string, unknown>[]) : [];
  const parts = content.map((part) => {
    if (part['type'] === 'text' && typeof part['text'] === 'string') return part['text'];
    if (part['type'] === 'resource' && typeof (part['resource'] as Record<string, unknown> | undefined)?.['text'] === 'string') return (part['resource'] as { text: string }).text;
    return `[${String(part['type'])} content omitted]`;
  });
  if (parts.length === 0 && result['structuredContent'] !== undefined) parts.push(JSON.stringify(result['structuredContent']));
  if (parts.length === 0 && 'toolResult' in result) parts.push(JSON.stringify(result['toolResult']));
  return { text: parts.join('\n'), isError: result['isError'] === true };
}

function callError(server: string, error: unknown): BuildwrightError {
  const code = (error as { code?: unknown } | null)?.code;
  // -32001: the SDK's request timeout.
  const timedOut = code === -32001 || (error instanceof Error && error.name === 'TimeoutError');
  return new BuildwrightError({
    code: timedOut ? 'TOOL_TIMEOUT' : 'TOOL_UNAVAILABLE',
    message: `MCP server "${server}": ${error instanceof Error ? error.message : String(error)}`,
    cause: error,
    details: { server },
  });
}

function describeTarget(options: McpServerOptions): string {
  return options.transport === 'stdio' ? `command ${options.command}` : `${new URL(options.url).origin}`;
}
