import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { formatZodIssues } from './format-zod-issues.js';

const schema = z.object({ title: z.string(), steps: z.array(z.object({ id: z.string() })) }).strict();
const error = (value: unknown) => schema.safeParse(value).error!;

describe('formatZodIssues', () => {
  it('default: each issue as path: message, joined by "; "', () => {
    expect(formatZodIssues(error({ title: 1, steps: [{ id: 2 }] }))).toBe('title: Invalid input: expected string, received number; steps.0.id: Invalid input: expected string, received number');
  });

  it('args: root names an issue at the root (without it, the message alone); limit keeps the first issues', () => {
    expect(formatZodIssues(error('text'), { root: 'arguments' })).toBe('arguments: Invalid input: expected object, received string');
    expect(formatZodIssues(error('text'))).toBe('Invalid input: expected object, received string');
    expect(formatZodIssues(error({}), { limit: 1 })).toBe('title: Invalid input: expected string, received undefined');
  });
});
