/**
 * The tag grammar of the tagged-text tool protocol (v1), shared by the parser and the formatter.
 * Tag and attribute names are matched case-insensitively and with stray whitespace tolerated.
 */

/** Tag names accepted for a tool call; `tool_call` is the canonical one. */
export const toolTagNames = ['tool_call', 'tool-call', 'toolcall', 'tool'] as const;
/** Tag names accepted for one argument; `arg` is the canonical one. */
export const argTagNames = ['arg', 'argument', 'parameter', 'param'] as const;

const toolNames = toolTagNames.join('|');
const argNames = argTagNames.join('|');

/** A complete opening tool tag: group 1 = its attributes (and a trailing `/` when self-closing). */
export const toolOpenTag = new RegExp(`<\\s*(?:${toolNames})(?=[\\s>/])([^>]*)>`, 'i');
/** Where an opening tool tag starts, before its `>` has arrived. */
export const toolOpenStart = new RegExp(`<\\s*(?:${toolNames})(?=[\\s>/])`, 'i');
/** A closing tool tag. */
export const toolCloseTag = new RegExp(`<\\s*/\\s*(?:${toolNames})\\s*>`, 'i');
/** A complete opening argument tag: group 1 = its attributes. */
export const argOpenTag = new RegExp(`<\\s*(?:${argNames})(?=[\\s>/])([^>]*)>`, 'i');
/** The start of an opening argument tag that names its argument (`<arg name=`). */
export const argOpenWithName = new RegExp(`<\\s*(?:${argNames})\\s+name\\s*=`, 'i');
/** A closing argument tag. */
export const argCloseTag = new RegExp(`<\\s*/\\s*(?:${argNames})\\s*>`, 'i');

/** True when `tail` (text from a `<` to the end of the buffer) may still grow into a tag. */
export function mayBecomeTag(tail: string): boolean {
  return /^<\s*(?:\/\s*[\w-]*\s*|[\w-]*(?:\s+[^<>]*)?|!\[?C?D?A?T?A?\[?)$/i.test(tail);
}

/** Reads the `name` attribute (quoted with " or ', or bare) from a tag's attribute text. */
export function readNameAttribute(attributes: string): string | undefined {
  const match = /(?:^|\s)name\s*=\s*(?:"([^"]*)"?|'([^']*)'?|([^\s"'/>]+))/i.exec(attributes);
  if (!match) return undefined;
  const value = (match[1] ?? match[2] ?? match[3] ?? '').trim();
  return value === '' ? undefined : value;
}

/** True when a tag's attribute text ends with `/` (`<arg name="x"/>`). */
export function isSelfClosing(attributes: string): boolean {
  return /\/\s*$/.test(attributes);
}
