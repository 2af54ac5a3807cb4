export { createMcpServer } from '../mcp/create-mcp-server.js';
export type { McpHandler, McpServerOptions } from '../mcp/create-mcp-server.js';
export { createBuilderMcpServer, mcpServerInfo } from '../mcp/create-builder-mcp-server.js';
export type { BuilderMcpServerOptions } from '../mcp/create-builder-mcp-server.js';
export { projectFileUri, maxListedResources } from '../mcp/project-resources.js';
export type { McpRunStatus } from '../mcp/run-status.js';
