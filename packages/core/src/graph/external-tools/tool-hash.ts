import { createHash } from 'node:crypto';
import { canonicalJson } from '../../protocol/canonical-json.js';
import type { ExternalTool } from '../../spec/tool-provider.js';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

/** SHA-256 of a tool's definition: its name, description and input schema. */
export function toolHash(tool: ExternalTool): string {
  return sha256(canonicalJson({ name: tool.name, description: tool.description, inputSchema: tool.inputSchema }));
}

/** Each tool's hash by name, and the hash of the whole list. */
export function toolListHash(tools: readonly ExternalTool[]): { hash: string; tools: Record<string, string> } {
  const byName: Record<string, string> = {};
  for (const tool of tools) byName[tool.name] = toolHash(tool);
  const lines = Object.keys(byName)
    .sort()
    .map((name) => `${name}:${byName[name]}`);
  return { hash: sha256(lines.join('\n')), tools: byName };
}

/** What changed between two pinned lists, by tool name. */
export function diffToolLists(before: Record<string, string>, after: Record<string, string>): { added: string[]; removed: string[]; changed: string[] } {
  const added = Object.keys(after).filter((name) => !Object.hasOwn(before, name));
  const removed = Object.keys(before).filter((name) => !Object.hasOwn(after, name));
  const changed = Object.keys(after).filter((name) => Object.hasOwn(before, name) && before[name] !== after[name]);
  return { added: added.sort(), removed: removed.sort(), changed: changed.sort() };
}
