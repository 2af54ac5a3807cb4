import type { ToolProvider } from '../spec/tool-provider.js';
import type { BuilderOptions } from './run-context.js';

/**
 * True when the builder's runs have external tools (`createBuilder({ mcp })` names a server). Such a
 * run's plan call waits for the run to start, since the servers' tools join that call (issue 14).
 *
 * @example
 * if (hasExternalTools(builder.options)) runtime.externalTools = () => openExternalTools({ providers: builder.options.mcp, ... });
 */
export function hasExternalTools<Options extends Pick<BuilderOptions, 'mcp'>>(options: Options): options is Options & { mcp: ToolProvider[] } {
  return (options.mcp ?? []).length > 0;
}
