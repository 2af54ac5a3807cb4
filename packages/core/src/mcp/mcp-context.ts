import type { Builder } from '../builder/create-builder.js';
import type { OwnerCaps } from '../http/owner-caps.js';
import type { DeployAdapter } from '../spec/deploy.js';

/** What the tools and resources of one MCP server instance work with: one builder, one owner. */
export interface McpContext {
  builder: Builder;
  /** Every tool and resource reads and writes only this owner's projects and runs. */
  ownerId: string;
  /** Runs one owner may have in progress at once through MCP (shared by every server instance of a handler). */
  runSlots: OwnerCaps;
  /** The deploy adapter the `deploy` tool uses; without one, the tool uses the builder's deploy targets, if any. */
  deploy: DeployAdapter | undefined;
  /** Tool errors not the caller's to fix say only that the server failed (over HTTP). */
  hideInternalErrors: boolean;
  /** Sees every unexpected error. */
  onError(error: unknown): void;
}
