import type { ChatStatus, FileChange, ProjectKind } from '@buildwright/client';
import { createElement, Fragment, type ReactNode } from 'react';

/**
 * Every string the chat shows (`<BuilderChat/>`, `<PromptBox/>`, the run's plan, checks and fixes,
 * `<PlanApproval/>`, `<ToolApprovals/>`, `<CostMeter/>`):
 * give your own through `<LabelsProvider labels/>` or the `labels` prop to translate them. Strings
 * that take values are functions.
 */
export interface BuilderLabels {
  chatTitle: string;
  conversation: string;
  emptyChat: string;
  reconnecting: string;
  newProject: string;
  regenerate: string;
  dismissErrors: string;
  speakers: { user: string; assistant: string };
  status: Record<ChatStatus, string>;
  /** The requirements analyst's spec: its section, its data entities, its pages, its template. */
  requirements: string;
  requirementsEntities: string;
  requirementsPages: string;
  requirementsTemplate: string;
  requirementsStory: (as: string, want: string, soThat: string | undefined) => string;
  plan: string;
  checks: string;
  fixAttempts: string;
  fixAttempt: (attempt: number, check: string) => string;
  files: string;
  fileChanges: Record<FileChange, string>;
  notices: string;
  stepStatus: { pending: string; running: string; done: string };
  checkStatus: { running: string; passed: string; failed: string; skipped: string };
  promptLabelNew: string;
  promptLabelEdit: string;
  promptPlaceholderNew: string;
  promptPlaceholderEdit: string;
  promptHint: string;
  promptForm: string;
  kindOfApp: string;
  /** Label of the chain select a new DApp offers (`<PromptBox chains/>`). */
  chainOfApp: string;
  kinds: Record<ProjectKind, string>;
  stop: string;
  stopRun: string;
  send: string;
  build: string;
  /** `<PlanApproval/>`: its section, each step's controls (1-based), why the draft cannot be built, the reject button. */
  planToApprove: (title: string) => string;
  planStepTitle: (step: number) => string;
  planStepUp: (step: number) => string;
  planStepDown: (step: number) => string;
  planStepRemove: (step: number) => string;
  planProblems: { noSteps: string; emptyTitle: string };
  reject: string;
  /** `<ToolApprovals/>`: the list, one request (accessible name, and the sentence with the server and tool set in bold and code), the three decisions. */
  toolApprovals: string;
  toolApprovalAsk: (server: string, tool: string) => string;
  toolApprovalText: (server: ReactNode, tool: ReactNode) => ReactNode;
  allow: string;
  alwaysAllow: string;
  deny: string;
  /** `<CostMeter/>`: what it shows (`$0.0123 · 4.2k tokens`) and its title; `cost` is the price in dollars with four decimals. */
  cost: (cost: string, tokens: string, estimated: boolean) => string;
  costTitle: (cost: string, tokens: number, calls: number, estimated: boolean) => string;
}

/** The English labels, used for every string a host does not replace. */
export const defaultLabels: BuilderLabels = {
  chatTitle: 'Builder',
  conversation: 'Conversation',
  emptyChat: 'Describe an app and press Build. You will see the plan, the files and a live preview.',
  reconnecting: 'Reconnecting…',
  newProject: 'New project',
  regenerate: 'Try again',
  dismissErrors: 'Dismiss the errors',
  speakers: { user: 'You', assistant: 'Builder' },
  status: { ready: 'Ready', submitted: 'Starting…', streaming: 'Working…', error: 'Failed' },
  requirements: 'Requirements',
  requirementsEntities: 'Data',
  requirementsPages: 'Pages',
  requirementsTemplate: 'Template',
  requirementsStory: (as, want, soThat) => `As ${as}, I want ${want}${soThat ? `, so that ${soThat}` : ''}`,
  plan: 'Plan',
  checks: 'Checks',
  fixAttempts: 'Fix attempts',
  fixAttempt: (attempt, check) => `Attempt ${attempt}: fixing ${check}`,
  files: 'Files',
  fileChanges: { written: 'written', edited: 'edited', deleted: 'deleted', edit_failed: 'edit failed' },
  notices: 'Notices',
  stepStatus: { pending: 'to do', running: 'in progress', done: 'done' },
  checkStatus: { running: 'running', passed: 'passed', failed: 'failed', skipped: 'skipped' },
  promptLabelNew: 'Describe the app to build',
  promptLabelEdit: 'Ask for a change',
  promptPlaceholderNew: 'Describe the app to build…',
  promptPlaceholderEdit: 'Ask for a change…',
  promptHint: 'Enter to send · Shift+Enter for a new line',
  promptForm: 'Prompt',
  kindOfApp: 'Kind of app',
  chainOfApp: 'Chain',
  kinds: { web: 'Web app', dapp: 'DApp', api: 'HTTP API' },
  stop: 'Stop',
  stopRun: 'Stop the run',
  send: 'Send',
  build: 'Build',
  planToApprove: (title) => `Plan to approve: ${title}`,
  planStepTitle: (step) => `Step ${step} title`,
  planStepUp: (step) => `Move step ${step} up`,
  planStepDown: (step) => `Move step ${step} down`,
  planStepRemove: (step) => `Remove step ${step}`,
  planProblems: { noSteps: 'Keep at least one step.', emptyTitle: 'Every step needs a title.' },
  reject: 'Reject',
  toolApprovals: 'Tool calls waiting for approval',
  toolApprovalAsk: (server, tool) => `${server} wants to call ${tool}`,
  toolApprovalText: (server, tool) => createElement(Fragment, null, 'MCP server ', server, ' wants to run ', tool),
  allow: 'Allow',
  alwaysAllow: 'Always allow',
  deny: 'Deny',
  cost: (cost, tokens, estimated) => `$${cost} · ${tokens} tokens${estimated ? ' (est.)' : ''}`,
  costTitle: (cost, tokens, calls, estimated) => `Cost of this run: $${cost}, ${tokens} tokens in ${calls} model calls${estimated ? ' (estimated)' : ''}`,
};

/** Labels a host gives: any subset; nested groups may be given in part too. */
export type BuilderLabelsInput = {
  [Key in keyof BuilderLabels]?: BuilderLabels[Key] extends (...args: never[]) => unknown ? BuilderLabels[Key] : BuilderLabels[Key] extends object ? Partial<BuilderLabels[Key]> : BuilderLabels[Key];
};

/**
 * `base` with `given` laid over it, one level deep (a group such as `speakers` may be given in part).
 *
 * @example
 * mergeLabels(defaultLabels, { send: 'Senden', speakers: { user: 'Sie' } });
 */
export function mergeLabels(base: BuilderLabels, given: BuilderLabelsInput | undefined): BuilderLabels {
  if (!given) return base;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(given)) {
    if (value === undefined) continue;
    const current = merged[key];
    merged[key] = typeof value === 'object' && value !== null && typeof current === 'object' ? { ...current, ...value } : value;
  }
  return merged as unknown as BuilderLabels;
}
