import { toBuildwrightError, type AgentRecordWire, type AgentsClient } from '@buildwright/client';
import { agentEditorFields, draftFromFields, type AgentEditorField, type AgentEditorFields } from './agent-editor-fields.js';

/** What an `<AgentEditor/>` shows. */
export interface AgentEditorSnapshot {
  readonly status: 'loading' | 'ready' | 'saving' | 'publishing' | 'failed';
  /** The agent as last loaded or saved; `null` until it loaded. */
  readonly agent: AgentRecordWire | null;
  /** The form; `null` until the agent loaded. */
  readonly fields: AgentEditorFields | null;
  /** The form differs from the stored draft. */
  readonly dirty: boolean;
  /** What is wrong with the form, by field (checked on save and publish). */
  readonly problems: Partial<Record<AgentEditorField, string>>;
  /** The server's refusal or a failed request (`INVALID_INPUT` says what the server found wrong). */
  readonly error: { readonly code: string; readonly message: string } | null;
  /** The version the last publish created. */
  readonly published: number | null;
}

export interface AgentEditorStore {
  subscribe(listener: () => void): () => void;
  getSnapshot(): AgentEditorSnapshot;
  /** Loads the agent's draft into the form (again). */
  load(): Promise<void>;
  /** Changes one field of the form. */
  edit(field: AgentEditorField, value: string): void;
  /** Checks the form and stores it as the agent's draft; resolves `false` when it was not stored. */
  save(): Promise<boolean>;
  /** Saves the form when it changed, then publishes the draft as the next version. */
  publish(): Promise<void>;
}

export const initialAgentEditor: AgentEditorSnapshot = Object.freeze({ status: 'loading', agent: null, fields: null, dirty: false, problems: {}, error: null, published: null });

/**
 * The state and actions of an agent editor over `client.get`, `client.update` and `client.publish`.
 *
 * @example
 * const store = createAgentEditorStore(createAgentsClient({ baseUrl: '/api/builder' }), { agentId });
 * await store.load();
 */
export function createAgentEditorStore(client: Pick<AgentsClient, 'get' | 'update' | 'publish'>, options: { agentId: string }): AgentEditorStore {
  let snapshot = initialAgentEditor;
  const listeners = new Set<() => void>();
  const update = (change: Partial<AgentEditorSnapshot>) => {
    snapshot = { ...snapshot, ...change };
    for (const listener of [...listeners]) listener();
  };
  const failed = (error: unknown) => {
    const known = toBuildwrightError(error, { code: 'INTERNAL', message: 'The request failed.' });
    update({ status: snapshot.agent ? 'ready' : 'failed', error: { code: known.code, message: known.message } });
  };
  const loaded = (agent: AgentRecordWire) => ({ agent, fields: agentEditorFields(agent.draft), dirty: false, problems: {} });

  async function save(): Promise<boolean> {
    const { agent, fields } = snapshot;
    if (!agent || !fields || snapshot.status === 'saving' || snapshot.status === 'publishing') return false;
    const checked = draftFromFields(fields);
    if (checked.problems) {
      update({ problems: checked.problems });
      return false;
    }
    update({ status: 'saving', problems: {}, error: null });
    try {
      // Keeps what the form does not edit (input and output schemas).
      const { inputSchema, outputSchema } = agent.draft;
      const saved = await client.update(options.agentId, { ...checked.draft, ...(inputSchema ? { inputSchema } : {}), ...(outputSchema ? { outputSchema } : {}) });
      update({ status: 'ready', ...loaded(saved) });
      return true;
    } catch (error) {
      failed(error);
      return false;
    }
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    async load() {
      update({ status: 'loading', error: null });
      try {
        update({ status: 'ready', ...loaded(await client.get(options.agentId)) });
      } catch (error) {
        failed(error);
      }
    },
    edit(field, value) {
      if (!snapshot.fields) return;
      const { [field]: _fixed, ...problems } = snapshot.problems;
      update({ fields: { ...snapshot.fields, [field]: value }, dirty: true, problems });
    },
    save,
    async publish() {
      if (snapshot.dirty && !(await save())) return;
      if (!snapshot.agent || snapshot.status !== 'ready') return;
      update({ status: 'publishing', error: null });
      try {
        const version = await client.publish(options.agentId);
        update({ status: 'ready', published: version.version, agent: { ...snapshot.agent, publishedVersion: version.version } });
      } catch (error) {
        failed(error);
      }
    },
  };
}
