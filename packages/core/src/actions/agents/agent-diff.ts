import type { AgentDefinition } from '../../spec/agent-definition.js';

/** One difference between two agent definitions, at a field path such as `tools[lookup_customer].url`. */
export interface AgentDefinitionChange {
  path: string;
  change: 'added' | 'removed' | 'changed';
  /** The value in the older definition (absent when added). */
  before?: unknown;
  /** The value in the newer definition (absent when removed). */
  after?: unknown;
}

/**
 * The field-level differences between two agent definitions, in field order. Tools and eval cases
 * are matched by name (a renamed tool is one removed and one added), other arrays by position,
 * and a changed text is one change with both texts.
 *
 * @example
 * diffAgentDefinitions(v1.definition, v2.definition);
 * // [{ path: 'instructions', change: 'changed', before: 'Classify…', after: 'Look the customer up…' }]
 */
export function diffAgentDefinitions(before: AgentDefinition, after: AgentDefinition): AgentDefinitionChange[] {
  const changes: AgentDefinitionChange[] = [];
  compare(before, after, '', changes);
  return changes;
}

function compare(before: unknown, after: unknown, path: string, changes: AgentDefinitionChange[]): void {
  if (Object.is(before, after)) return;
  if (before === undefined) changes.push({ path, change: 'added', after });
  else if (after === undefined) changes.push({ path, change: 'removed', before });
  else if (Array.isArray(before) && Array.isArray(after)) compareArrays(before, after, path, changes);
  else if (isPlainObject(before) && isPlainObject(after)) {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) compare(before[key], after[key], path ? `${path}.${key}` : key, changes);
  } else changes.push({ path, change: 'changed', before, after });
}

function compareArrays(before: unknown[], after: unknown[], path: string, changes: AgentDefinitionChange[]): void {
  const named = (items: unknown[]) => items.every((item) => isRecord(item) && typeof item.name === 'string') && new Set(items.map((item) => (item as { name: string }).name)).size === items.length;
  if (named(before) && named(after)) {
    const byName = (items: unknown[]) => new Map(items.map((item) => [(item as { name: string }).name, item]));
    const older = byName(before);
    const newer = byName(after);
    for (const name of new Set([...older.keys(), ...newer.keys()])) compare(older.get(name), newer.get(name), `${path}[${name}]`, changes);
    return;
  }
  for (let index = 0; index < Math.max(before.length, after.length); index += 1) compare(before[index], after[index], `${path}[${index}]`, changes);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return isRecord(value) && !Array.isArray(value);
}
