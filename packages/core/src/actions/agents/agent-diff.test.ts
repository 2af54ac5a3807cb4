import { describe, expect, it } from 'vitest';
import { agentDefinitionSchema, type AgentDefinitionInput } from '../../spec/agent-definition.js';
import { diffAgentDefinitions } from './agent-diff.js';

const tool = (name: string, url: string) => ({ type: 'http' as const, name, description: `${name} tool`, method: 'GET' as const, url, inputSchema: { type: 'object' } });
const define = (input: Partial<AgentDefinitionInput>) => agentDefinitionSchema.parse({ format: 'buildwright.agent/v1', name: 'Triage', instructions: 'Classify.', model: 'fast', ...input });

describe('diffAgentDefinitions', () => {
  it('default: identical definitions have no changes; a changed text is one change with both values', () => {
    expect(diffAgentDefinitions(define({}), define({}))).toEqual([]);
    expect(diffAgentDefinitions(define({}), define({ instructions: 'Be brief.', limits: { maxSteps: 3, maxTokens: 50_000, timeMs: 60_000 } }))).toEqual([
      { path: 'instructions', change: 'changed', before: 'Classify.', after: 'Be brief.' },
      { path: 'limits.maxSteps', change: 'changed', before: 8, after: 3 },
    ]);
  });

  it('behavior: tools and evals are matched by name (a reorder is no change), fields added and removed are named', () => {
    const before = define({ tools: [tool('lookup', 'https://a.example/{id}'), tool('notify', 'https://b.example')], outputSchema: { type: 'object' } });
    const after = define({ tools: [tool('notify', 'https://b.example'), tool('lookup', 'https://a2.example/{id}'), tool('escalate', 'https://c.example')] });
    expect(diffAgentDefinitions(before, after)).toEqual([
      { path: 'tools[lookup].url', change: 'changed', before: 'https://a.example/{id}', after: 'https://a2.example/{id}' },
      { path: 'tools[escalate]', change: 'added', after: tool('escalate', 'https://c.example') },
      { path: 'outputSchema', change: 'removed', before: { type: 'object' } },
    ]);
    const evals = [{ name: 'pro outage', input: 'x', expected: { contains: 'high' } }];
    expect(diffAgentDefinitions(define({ evals }), define({ evals: [] }))).toEqual([{ path: 'evals[pro outage]', change: 'removed', before: evals[0] }]);
  });

  it('edge: arrays without unique names compare by position; a value that changes type is one change', () => {
    const before = define({ inputSchema: { type: 'object', required: ['a', 'b'] } });
    const after = define({ inputSchema: { type: 'object', required: ['a'] } });
    expect(diffAgentDefinitions(before, after)).toEqual([{ path: 'inputSchema.required[1]', change: 'removed', before: 'b' }]);
    expect(diffAgentDefinitions(define({ inputSchema: { enum: ['x'] } }), define({ inputSchema: { enum: 'x' } }))).toEqual([
      { path: 'inputSchema.enum', change: 'changed', before: ['x'], after: 'x' },
    ]);
  });
});
