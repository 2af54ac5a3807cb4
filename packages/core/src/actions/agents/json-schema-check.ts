import { z } from 'zod';
import { formatZodIssues } from '../../protocol/format-zod-issues.js';

/**
 * Checks a value against a JSON Schema (converted with zod's `fromJSONSchema`): `undefined` when
 * it matches, else the first problems in one line.
 *
 * @example
 * jsonSchemaProblem({ type: 'object', required: ['ticket'] }, {}); // 'ticket: ...'
 */
export function jsonSchemaProblem(schema: Record<string, unknown>, value: unknown): string | undefined {
  const checked = z.fromJSONSchema(schema as Parameters<typeof z.fromJSONSchema>[0]).safeParse(value);
  if (checked.success) return undefined;
  return formatZodIssues(checked.error, { limit: 5 });
}
