import { ResourceTemplate, type McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { ErrorCode, McpError, type Resource } from '@modelcontextprotocol/sdk/types.js';
import { BuildwrightError } from '@buildwright/client';
import { statusOf } from '../http/errors.js';
import type { McpContext } from './mcp-context.js';

/** Most project files `resources/list` names (newest projects first); every file can still be read by its URI. */
export const maxListedResources = 2000;

/** MCP's "resource not found" error code (the SDK's ErrorCode has no name for it). */
const resourceNotFound = -32002;

/**
 * The URI of a file of a project's current version: `buildwright://project/<id>/<path>`.
 *
 * @example
 * projectFileUri('3f2a9c1e-…', 'src/App.tsx'); // 'buildwright://project/3f2a9c1e-…/src/App.tsx'
 */
export function projectFileUri(projectId: string, path: string): string {
  return `buildwright://project/${encodeURIComponent(projectId)}/${path.split('/').map(encodeURIComponent).join('/')}`;
}

const mimeTypes: Record<string, string> = {
  html: 'text/html',
  css: 'text/css',
  js: 'text/javascript',
  mjs: 'text/javascript',
  jsx: 'text/javascript',
  ts: 'text/x-typescript',
  tsx: 'text/x-typescript',
  json: 'application/json',
  md: 'text/markdown',
  svg: 'image/svg+xml',
  yaml: 'application/yaml',
  yml: 'application/yaml',
  sol: 'text/x-solidity',
};

function mimeTypeOf(path: string): string {
  return mimeTypes[path.slice(path.lastIndexOf('.') + 1).toLowerCase()] ?? 'text/plain';
}

/**
 * Registers the project files as MCP resources: the template `buildwright://project/{projectId}/{+path}`
 * (a file of the project's current version), listed for every project of the owner (at most
 * {@link maxListedResources} files), with completion of project ids. A project of another owner
 * reads as not found.
 *
 * @example
 * registerProjectResources(server, context);
 * // client: await client.readResource({ uri: 'buildwright://project/3f2a…/index.html' })
 */
export function registerProjectResources(server: McpServer, context: McpContext): void {
  const { builder, ownerId } = context;
  const owner = { ownerId };
  const template = new ResourceTemplate('buildwright://project/{projectId}/{+path}', {
    async list() {
      const resources: Resource[] = [];
      const projects = (await builder.listProjects(owner)).filter((project) => project.currentVersion !== null);
      for (const project of projects.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt))) {
        if (resources.length >= maxListedResources) break;
        const { files } = await builder.files(project.id, owner);
        for (const path of Object.keys(files).sort()) {
          if (resources.length >= maxListedResources) break;
          resources.push({ uri: projectFileUri(project.id, path), name: `${project.name}/${path}`, mimeType: mimeTypeOf(path) });
        }
      }
      return { resources };
    },
    complete: {
      projectId: async (value) => (await builder.listProjects(owner)).map((project) => project.id).filter((id) => id.startsWith(value)),
    },
  });
  server.registerResource(
    'project-file',
    template,
    {
      title: 'Project file',
      description: 'A file of the current version of a Buildwright project: buildwright://project/<projectId>/<path>.',
    },
    async (uri, variables) => {
      const projectId = decode(variables.projectId);
      const path = decode(variables.path);
      try {
        const { files } = await builder.files(projectId, owner);
        if (!Object.hasOwn(files, path)) {
          throw new McpError(resourceNotFound, `PATH_INVALID: The current version of project ${projectId} has no file ${path}: list the files with resources/list.`, { code: 'PATH_INVALID' });
        }
        return { contents: [{ uri: uri.href, mimeType: mimeTypeOf(path), text: files[path]! }] };
      } catch (error) {
        if (error instanceof McpError) throw error;
        if (BuildwrightError.isInstance(error) && statusOf(error.code) === 404) throw new McpError(resourceNotFound, `${error.code}: ${error.message}`, { code: error.code });
        context.onError(error);
        throw new McpError(ErrorCode.InternalError, 'INTERNAL: The Buildwright server failed to read this resource. It has been logged; try again.', { code: 'INTERNAL' });
      }
    },
  );
}

function decode(value: string | string[] | undefined): string {
  const text = Array.isArray(value) ? value.join('/') : (value ?? '');
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
