/** Prefix of every external tool name the model sees: `mcp__<server>__<tool>`. */
export const externalToolPrefix = 'mcp__';

/** Name of the tool that reads a server's resources (`mcp__<server>__read_resource`). */
export const readResourceTool = 'read_resource';

/** Server names: letters, digits and `-` (so `__` only ever separates the parts). */
export const serverNamePattern = /^[A-Za-z0-9-]{1,32}$/;

/** Tool names a model API accepts (OpenAI: `^[a-zA-Z0-9_-]{1,64}$`). */
const modelToolName = /^[A-Za-z0-9_-]{1,64}$/;

/** The name the model sees for `tool` of `server`, or `undefined` when no model API would accept it. */
export function externalToolName(server: string, tool: string): string | undefined {
  const name = `${externalToolPrefix}${server}__${tool}`;
  return modelToolName.test(name) ? name : undefined;
}
