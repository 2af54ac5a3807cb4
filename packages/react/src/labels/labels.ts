import type { ChatStatus, FileChange, ProjectKind } from '@buildwright/client';

/**
 * Every string the chat shows (`<BuilderChat/>`, `<PromptBox/>`, the run's plan, checks and fixes):
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
  kinds: Record<ProjectKind, string>;
  stop: string;
  stopRun: string;
  send: string;
  build: string;
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
  kinds: { web: 'Web app', dapp: 'DApp', api: 'HTTP API' },
  stop: 'Stop',
  stopRun: 'Stop the run',
  send: 'Send',
  build: 'Build',
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
