export { mcpServer } from './mcp-server.js';
export type { McpServerOptions } from './mcp-server.js';
