import type { AgentsClient } from '@buildwright/client';
import { useEffect, useState, useSyncExternalStore, type ReactNode } from 'react';
import type { AgentEditorField } from '../agents/agent-editor-fields.js';
import { createAgentEditorStore, type AgentEditorSnapshot, type AgentEditorStore } from '../agents/agent-editor-store.js';
import { useDefaultTheme } from '../styles/use-default-theme.js';
import { classNames } from './class-names.js';

export interface AgentEditorProps {
  /** From `createAgentsClient({ baseUrl })`. */
  client: Pick<AgentsClient, 'get' | 'update' | 'publish'>;
  agentId: string;
  unstyled?: boolean;
  className?: string;
}

/**
 * Edits an agent's draft: name, description, instructions, model, tools and eval cases (JSON),
 * limits. Save stores the draft (checked first, field by field; the server's refusal is shown
 * too); Publish saves and publishes it as the next immutable version.
 *
 * @example
 * const agents = createAgentsClient({ baseUrl: '/api/builder' });
 * <AgentEditor client={agents} agentId={agent.id} />
 */
export function AgentEditor(props: AgentEditorProps): ReactNode {
  const [store] = useState(() => createAgentEditorStore(props.client, { agentId: props.agentId }));
  const editor = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  useEffect(() => void store.load(), [store]);
  return <AgentEditorView {...props} editor={editor} store={store} />;
}

export interface AgentEditorViewProps extends Omit<AgentEditorProps, 'client' | 'agentId'> {
  editor: AgentEditorSnapshot;
  store: Pick<AgentEditorStore, 'edit' | 'save' | 'publish'>;
}

const textFields: { field: AgentEditorField; label: string; multiline?: boolean; hint?: string }[] = [
  { field: 'name', label: 'Name' },
  { field: 'description', label: 'Description' },
  { field: 'model', label: 'Model', hint: 'A model name the server maps to a model.' },
  { field: 'instructions', label: 'Instructions', multiline: true },
  { field: 'tools', label: 'Tools (JSON)', multiline: true, hint: '[{ "type": "http", "name", "description", "method", "url", "inputSchema" }]' },
  { field: 'evals', label: 'Eval cases (JSON)', multiline: true, hint: '[{ "name", "input", "expected": { "contains" | "matchesSchema" | "calledTool" } }]' },
];
const limitFields: { field: AgentEditorField; label: string }[] = [
  { field: 'maxSteps', label: 'Max steps' },
  { field: 'maxTokens', label: 'Max tokens' },
  { field: 'timeMs', label: 'Time (ms)' },
  { field: 'maxCostUsd', label: 'Max cost ($)' },
];

/** The markup of `<AgentEditor/>` for a given state. */
export function AgentEditorView({ editor, store, unstyled, className }: AgentEditorViewProps): ReactNode {
  useDefaultTheme(!unstyled);
  const { fields, agent, problems } = editor;
  const busy = editor.status === 'saving' || editor.status === 'publishing' || editor.status === 'loading';
  const input = (field: AgentEditorField, label: string, multiline = false) => {
    const id = `bw-agent-${field}`;
    const problem = problems[field];
    const shared = {
      id,
      name: field,
      value: fields?.[field] ?? '',
      disabled: busy,
      'aria-invalid': problem ? true : undefined,
      'aria-describedby': problem ? `${id}-problem` : undefined,
      onChange: (event: { currentTarget: { value: string } }) => store.edit(field, event.currentTarget.value),
    };
    return (
      <div className="bw-agent-field" data-field={field} key={field}>
        <label htmlFor={id}>{label}</label>
        {multiline ? <textarea {...shared} rows={field === 'instructions' ? 8 : 6} /> : <input {...shared} />}
        {problem && (
          <p className="bw-field-problem" id={`${id}-problem`} role="alert">
            {problem}
          </p>
        )}
      </div>
    );
  };
  return (
    <section className={classNames('bw bw-agent-editor', className)} aria-label="Agent editor" aria-busy={busy} data-status={editor.status}>
      <header className="bw-agent-header">
        <h2>{agent ? agent.name : 'Agent'}</h2>
        <span className="bw-agent-version">{agent?.publishedVersion ? `Published: version ${agent.publishedVersion}` : 'Not published'}</span>
      </header>
      {editor.error && (
        <div className="bw-alert" role="alert" data-code={editor.error.code}>
          {editor.error.code}: {editor.error.message}
        </div>
      )}
      {fields ? (
        <form
          className="bw-agent-form"
          onSubmit={(event) => {
            event.preventDefault();
            void store.save();
          }}
        >
          {textFields.map(({ field, label, multiline }) => input(field, label, multiline))}
          <fieldset className="bw-agent-limits">
            <legend>Limits</legend>
            {limitFields.map(({ field, label }) => input(field, label))}
          </fieldset>
          <div className="bw-agent-actions">
            <button type="submit" disabled={busy || !editor.dirty}>
              {editor.status === 'saving' ? 'Saving…' : 'Save draft'}
            </button>
            <button type="button" className="bw-primary" disabled={busy} onClick={() => void store.publish()}>
              {editor.status === 'publishing' ? 'Publishing…' : 'Publish'}
            </button>
          </div>
          {editor.published !== null && <p role="status">Published version {editor.published}.</p>}
        </form>
      ) : (
        <p className="bw-empty">{editor.status === 'loading' ? 'Loading the agent…' : 'The agent could not be loaded.'}</p>
      )}
    </section>
  );
}
