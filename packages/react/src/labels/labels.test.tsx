import { initialSnapshot, type ChatMessage } from '@buildwright/client';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BuilderChat } from '../components/builder-chat.js';
import { fixedClient } from '../components/fixed-client.test-support.js';
import { BuilderProvider } from '../context/builder-provider.js';
import { defaultLabels, mergeLabels } from './labels.js';
import { LabelsProvider } from './labels-provider.js';

const activity: ChatMessage = {
  id: 'r1:activity',
  runId: 'r1',
  role: 'assistant',
  kind: 'activity',
  content: '',
  node: null,
  streaming: false,
  parts: [
    { type: 'check', check: { name: 'types', status: 'failed', report: 'TS2304', durationMs: 12 } },
    { type: 'fix', fix: { attempt: 1, check: 'types', report: 'TS2304' } },
  ],
};
const chat = (element: React.ReactNode) => renderToStaticMarkup(<BuilderProvider client={fixedClient({ ...initialSnapshot, messages: [activity] })}>{element}</BuilderProvider>);

describe('labels', () => {
  it('default: mergeLabels lays a subset over the base, groups in part, functions as given', () => {
    const merged = mergeLabels(defaultLabels, { send: 'Senden', speakers: { user: 'Sie' }, fixAttempt: (attempt) => `Versuch ${attempt}` });
    expect(merged.send).toBe('Senden');
    expect(merged.speakers).toEqual({ user: 'Sie', assistant: 'Builder' });
    expect(merged.fixAttempt(2, 'types')).toBe('Versuch 2');
    expect(merged.build).toBe('Build');
    expect(mergeLabels(defaultLabels, undefined)).toBe(defaultLabels);
  });

  it('behavior: nested providers and the labels prop translate the chat; the rest stays English', () => {
    const html = chat(
      <LabelsProvider labels={{ checks: 'Prüfungen', newProject: 'Neues Projekt' }}>
        <BuilderChat unstyled labels={{ fixAttempts: 'Reparaturen', fixAttempt: (attempt, check) => `Versuch ${attempt}: ${check}` }} />
      </LabelsProvider>,
    );
    expect(html).toContain('<summary>Prüfungen <span class="bw-badge">0/1</span></summary>');
    expect(html).toContain('<summary>Reparaturen <span class="bw-badge">1</span></summary>');
    expect(html).toContain('Versuch 1: types');
    expect(html).toContain('>Build</button>');
  });

  it('behavior: renderPart replaces one part inside its section and keeps the others', () => {
    const html = chat(<BuilderChat unstyled renderPart={(part) => (part.type === 'check' ? <li className="mine">{part.check.name} broke</li> : undefined)} />);
    expect(html).toContain('<li class="mine">types broke</li>');
    expect(html).toContain('Attempt 1: fixing types');
  });
});
