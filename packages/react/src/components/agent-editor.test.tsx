import type { AgentDefinitionDraft, AgentDefinitionWire, AgentRecordWire, AgentsClient } from '@buildwright/client';
import { BuildwrightError } from '@buildwright/client';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { agentEditorFields, draftFromFields } from '../agents/agent-editor-fields.js';
import { createAgentEditorStore, initialAgentEditor } from '../agents/agent-editor-store.js';
import { AgentEditorView } from './agent-editor.js';

const tool = { type: 'http' as const, name: 'lookup_customer', description: 'The customer.', method: 'GET' as const, url: 'https://crm.example/customers/{email}', inputSchema: { type: 'object' } };
const definition: AgentDefinitionWire = {
  format: 'buildwright.agent/v1',
  name: 'Support triage',
  description: 'Sorts tickets.',
  instructions: 'Classify the ticket.',
  model: 'triage-model',
  tools: [tool],
  outputSchema: { type: 'object' },
  limits: { maxSteps: 4, maxTokens: 1_000, timeMs: 5_000 },
  evals: [{ name: 'outage is high', input: 'Site down', expected: { contains: 'high' } }],
};
const record = (draft: AgentDefinitionWire, publishedVersion: number | null = null): AgentRecordWire => ({
  id: 'a1',
  ownerId: 'alice',
  name: draft.name,
  draft,
  publishedVersion,
  createdAt: '2026-12-01T10:00:00.000Z',
  updatedAt: '2026-12-01T10:00:00.000Z',
});
const noop = async () => false;

/** A client over one stored agent, as the server answers: `update` refuses a definition whose model is "missing". */
function fakeClient() {
  let stored = record(definition);
  const calls: string[] = [];
  const client: Pick<AgentsClient, 'get' | 'update' | 'publish'> = {
    async get(agentId) {
      calls.push(`get ${agentId}`);
      return stored;
    },
    async update(agentId, draft: AgentDefinitionDraft) {
      calls.push(`update ${agentId}`);
      if (draft.model === 'missing') throw new BuildwrightError({ code: 'INVALID_INPUT', message: 'Invalid agent definition (model: unknown).' });
      stored = record(
        {
          ...definition,
          ...draft,
          description: draft.description ?? '',
          tools: (draft.tools ?? []) as AgentDefinitionWire['tools'],
          evals: draft.evals ?? [],
          limits: { ...definition.limits, ...draft.limits } as AgentDefinitionWire['limits'],
        },
        stored.publishedVersion,
      );
      return stored;
    },
    async publish(agentId) {
      calls.push(`publish ${agentId}`);
      const version = (stored.publishedVersion ?? 0) + 1;
      stored = { ...stored, publishedVersion: version };
      return { agentId, version, definition: stored.draft, publishedAt: '2026-12-01T10:00:00.000Z' };
    },
  };
  return { client, calls, stored: () => stored };
}

describe('agent editor fields', () => {
  it('default: a definition round-trips through the form', () => {
    const { draft } = draftFromFields(agentEditorFields(definition));
    expect(draft).toEqual({ ...definition, outputSchema: undefined, limits: definition.limits, description: 'Sorts tickets.' });
  });

  it('error: each field says what is wrong with it', () => {
    const fields = agentEditorFields(definition);
    const problems = (change: Partial<typeof fields>) => draftFromFields({ ...fields, ...change }).problems;
    expect(problems({ name: ' ', instructions: '', model: '' })).toEqual({
      name: 'A name is required.',
      instructions: 'Instructions are required: tell the agent what to do.',
      model: 'A model name is required (one the server maps to a model).',
    });
    expect(problems({ tools: '[{' })?.tools).toMatch(/^Tools must be JSON: /);
    expect(problems({ tools: '{}' })?.tools).toBe('Tools must be a JSON array ([...]).');
    expect(problems({ tools: JSON.stringify([{ ...tool, method: 'FETCH' }]) })?.tools).toBe('Tool 1 (lookup_customer): "method" must be GET, POST, PUT, PATCH or DELETE.');
    expect(problems({ tools: JSON.stringify([{ ...tool, url: 'crm/customers' }]) })?.tools).toBe('Tool 1 (lookup_customer): "url" must be an absolute URL.');
    expect(problems({ tools: JSON.stringify([tool, tool]) })?.tools).toBe('Two tools have the same name.');
    expect(problems({ evals: JSON.stringify([{ name: 'x' }]) })?.evals).toBe('Eval case 1 (x): "expected" must be an object (contains, matchesSchema, calledTool).');
    expect(problems({ maxSteps: '0', timeMs: '1.5', maxCostUsd: '-1' })).toEqual({
      maxSteps: 'A whole number above 0.',
      timeMs: 'A whole number above 0.',
      maxCostUsd: 'A number of dollars above 0, or empty for no limit.',
    });
    expect(problems({ maxSteps: '101' })).toEqual({ maxSteps: 'At most 100 model calls.' });
  });
});

describe('agent editor store', () => {
  it('default: loads the draft, saves an edit (keeping the schemas the form does not edit), publishes', async () => {
    const { client, calls, stored } = fakeClient();
    const store = createAgentEditorStore(client, { agentId: 'a1' });
    await store.load();
    expect(store.getSnapshot()).toMatchObject({ status: 'ready', dirty: false, fields: { instructions: 'Classify the ticket.', maxSteps: '4' } });
    store.edit('instructions', 'Be brief.');
    store.edit('maxCostUsd', '0.5');
    expect(store.getSnapshot().dirty).toBe(true);
    expect(await store.save()).toBe(true);
    expect(stored().draft).toMatchObject({ instructions: 'Be brief.', outputSchema: { type: 'object' }, limits: { maxSteps: 4, maxCostUsd: 0.5 } });
    expect(store.getSnapshot()).toMatchObject({ status: 'ready', dirty: false });
    store.edit('name', 'Triage v2');
    await store.publish();
    expect(calls).toEqual(['get a1', 'update a1', 'update a1', 'publish a1']);
    expect(store.getSnapshot()).toMatchObject({ status: 'ready', published: 1, dirty: false, agent: { name: 'Triage v2', publishedVersion: 1 } });
  });

  it('error: an invalid form is not sent (problems by field, fixed as edited); a refusal of the server is shown; publish does not go on after a failed save', async () => {
    const { client, calls } = fakeClient();
    const store = createAgentEditorStore(client, { agentId: 'a1' });
    await store.load();
    store.edit('tools', '[');
    store.edit('name', '');
    expect(await store.save()).toBe(false);
    expect(Object.keys(store.getSnapshot().problems)).toEqual(['name', 'tools']);
    store.edit('name', 'Back');
    expect(Object.keys(store.getSnapshot().problems)).toEqual(['tools']);
    store.edit('tools', '[]');
    store.edit('model', 'missing');
    await store.publish();
    expect(store.getSnapshot()).toMatchObject({ status: 'ready', published: null, error: { code: 'INVALID_INPUT', message: 'Invalid agent definition (model: unknown).' } });
    expect(calls).toEqual(['get a1', 'update a1']);
  });
});

describe('agent editor markup', () => {
  it('default: <AgentEditor/> shows the fields, the limits, Save and Publish; problems next to their field; the server error', async () => {
    const { client } = fakeClient();
    const store = createAgentEditorStore(client, { agentId: 'a1' });
    await store.load();
    store.edit('maxTokens', 'lots');
    await store.save();
    const html = renderToStaticMarkup(<AgentEditorView editor={store.getSnapshot()} store={store} unstyled />);
    expect(html).toContain('<h2>Support triage</h2>');
    expect(html).toContain('Not published');
    expect(html).toMatch(/<label for="bw-agent-instructions">Instructions<\/label><textarea id="bw-agent-instructions" name="instructions" rows="8">Classify the ticket.<\/textarea>/);
    expect(html).toContain('&quot;name&quot;: &quot;lookup_customer&quot;');
    expect(html).toContain('<legend>Limits</legend>');
    expect(html).toMatch(
      /<input id="bw-agent-maxTokens" aria-invalid="true" aria-describedby="bw-agent-maxTokens-problem" name="maxTokens" value="lots"\/><p class="bw-field-problem" id="bw-agent-maxTokens-problem" role="alert">A whole number above 0.<\/p>/,
    );
    expect(html).toContain('<button type="submit">Save draft</button>');
    expect(html).toContain('>Publish</button>');
    const refused = renderToStaticMarkup(
      <AgentEditorView
        editor={{ ...store.getSnapshot(), error: { code: 'INVALID_INPUT', message: 'Invalid agent definition.' }, published: 3 }}
        store={{ edit: () => undefined, save: noop, publish: async () => undefined }}
        unstyled
      />,
    );
    expect(refused).toContain('role="alert" data-code="INVALID_INPUT">INVALID_INPUT: Invalid agent definition.');
    expect(refused).toContain('Published version 3.');
    expect(renderToStaticMarkup(<AgentEditorView editor={initialAgentEditor} store={{ edit: () => undefined, save: noop, publish: async () => undefined }} unstyled />)).toContain(
      'Loading the agent…',
    );
  });
});
