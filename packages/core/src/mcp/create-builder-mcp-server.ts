import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { BuildwrightError } from '@buildwright/client';
import type { Builder } from '../builder/create-builder.js';
import { ownerCaps } from '../http/owner-caps.js';
import type { DeployAdapter } from '../spec/deploy.js';
import { registerBuilderTools } from './builder-tools.js';
import type { McpContext } from './mcp-context.js';
import { registerProjectResources } from './project-resources.js';

/** The name and version an MCP client sees for the server. */
export const mcpServerInfo = { name: 'buildwright', version: '0.1.0' } as const;

export interface BuilderMcpServerOptions {
  /** The one owner whose projects and runs the server works on (the CLI's `--owner`, default `local`). */
  ownerId: string;
  /**
   * A deploy adapter for the `deploy` tool (see `DeployAdapter`). Default: the builder's own deploy
   * targets (`createBuilder({ deploy })`, through `builder.deploy`); without either there is no `deploy` tool.
   */
  deploy?: DeployAdapter;
  /** Runs the server may have in progress at once; more get a `TOO_MANY_REQUESTS` tool error. Default 10. */
  maxRuns?: number;
  /** Sees every unexpected error. Default `console.error` (stderr: stdout is the stdio transport's). */
  onError?(error: unknown): void;
}

/**
 * An MCP server (the official SDK's `McpServer`) exposing one owner's builder as tools and
 * resources, for any transport: `buildwright mcp` connects it to stdio. Tools: `generate_app`,
 * `edit_app`, `get_run_status`, `list_projects`, `list_versions`, `restore_version`,
 * `get_preview_url`, `export_zip`, and `deploy` when `options.deploy` is given or the builder has
 * deploy targets; resources:
 * `buildwright://project/<id>/<path>`. Over HTTP with many owners use {@link createMcpServer}.
 * See docs/mcp-server.md.
 *
 * @example
 * import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
 * import { createBuilderMcpServer } from '@buildwright/core/mcp';
 *
 * const server = createBuilderMcpServer(builder, { ownerId: 'local' });
 * await server.connect(new StdioServerTransport());
 */
export function createBuilderMcpServer(builder: Builder, options: BuilderMcpServerOptions): McpServer {
  if (typeof options?.ownerId !== 'string' || options.ownerId === '') {
    throw new BuildwrightError({ code: 'INVALID_INPUT', docsPage: 'mcp-server.md', message: 'createBuilderMcpServer needs options.ownerId, the owner whose projects the server works on.' });
  }
  const maxRuns = options.maxRuns ?? 10;
  return mcpServerFor({
    builder,
    ownerId: options.ownerId,
    runSlots: ownerCaps({ limit: maxRuns, what: 'runs in progress', retryAfterSeconds: 10 }),
    deploy: options.deploy,
    hideInternalErrors: false,
    onError: options.onError ?? ((error) => console.error('[buildwright/mcp]', error)),
  });
}

/** A new McpServer with the tools and resources of `context` registered. */
export function mcpServerFor(context: McpContext): McpServer {
  const server = new McpServer(mcpServerInfo, {
    instructions:
      'Buildwright generates, checks and versions apps from prompts. Start with generate_app (or edit_app on a project from list_projects), then poll get_run_status with the runId until status is completed, failed or cancelled. Read files as resources buildwright://project/<projectId>/<path>.',
  });
  registerBuilderTools(server, context);
  registerProjectResources(server, context);
  return server;
}
