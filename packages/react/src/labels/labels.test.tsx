import { initialSnapshot, type ChatMessage } from '@buildwright/client';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { BuilderChat } from '../components/builder-chat.js';
import { CostMeter } from '../components/cost-meter.js';
import { PlanApproval } from '../components/plan-approval.js';
import { ToolApprovals } from '../components/tool-approvals.js';
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

  it('behavior: <PlanApproval/>, <ToolApprovals/> and <CostMeter/> take their words from the labels too', () => {
    const german = {
      build: 'Bauen',
      reject: 'Ablehnen',
      planToApprove: (title: string) => `Plan zur Freigabe: ${title}`,
      planStepTitle: (step: number) => `Titel von Schritt ${step}`,
      planProblems: { emptyTitle: 'Jeder Schritt braucht einen Titel.' },
      toolApprovals: 'Wartende Werkzeugaufrufe',
      toolApprovalText: (server: React.ReactNode, tool: React.ReactNode) => (
        <>
          {tool} von {server}?
        </>
      ),
      allow: 'Erlauben',
      deny: 'Ablehnen',
      cost: (cost: string, tokens: string) => `${cost} $ · ${tokens} Token`,
    };
    const html = renderToStaticMarkup(
      <LabelsProvider labels={german}>
        <PlanApproval unstyled plan={{ title: 'Zähler', summary: 's', steps: [{ id: 'a', title: ' ', files: [] }] }} />
        <ToolApprovals unstyled approvals={[{ id: 't1', server: 'files', tool: 'read', arguments: {}, status: 'pending' }]} />
        <CostMeter unstyled usage={{ calls: 2, inputTokens: 1200, outputTokens: 300, costUsd: 0.0123, estimated: false }} />
      </LabelsProvider>,
    );
    for (const text of ['aria-label="Plan zur Freigabe: Zähler"', 'aria-label="Titel von Schritt 1"', 'Jeder Schritt braucht einen Titel.', '>Bauen</button>', '>Ablehnen</button>'])
      expect(html).toContain(text);
    for (const text of ['aria-label="Wartende Werkzeugaufrufe"', '<p><code>read</code> von <strong>files</strong>?</p>', '>Erlauben</button>', '>Always allow</button>']) expect(html).toContain(text);
    expect(html).toContain('>0.0123 $ · 1.5k Token</span>');
    expect(html).not.toMatch(/Plan to approve|Every step needs|MCP server|>Allow<|>Deny<|>Build<|>Reject</);
  });

  it('behavior: renderPart replaces one part inside its section and keeps the others', () => {
    const html = chat(<BuilderChat unstyled renderPart={(part) => (part.type === 'check' ? <li className="mine">{part.check.name} broke</li> : undefined)} />);
    expect(html).toContain('<li class="mine">types broke</li>');
    expect(html).toContain('Attempt 1: fixing types');
  });
});
