import type { ProjectKind } from '@buildwright/client';
import { useId, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useBuilder } from '../hooks/use-builder.js';
import { useBuilderSnapshot } from '../hooks/use-builder-snapshot.js';
import { useDefaultTheme } from '../styles/use-default-theme.js';
import { classNames } from './class-names.js';

export interface PromptBoxProps {
  /** Placeholder of the text box. */
  placeholder?: string;
  /** Kinds offered before the first generation. Default web, dapp, api. */
  kinds?: readonly ProjectKind[];
  /** Runs stop after their plan until it is approved (`<PlanApproval/>`). Default false. */
  approvePlan?: boolean;
  unstyled?: boolean;
  className?: string;
}

const kindLabels: Record<ProjectKind, string> = { web: 'Web app', dapp: 'DApp', api: 'HTTP API' };

/**
 * The prompt form: a labelled text box (Enter sends, Shift+Enter adds a line), the kind of app
 * for a new project, Send, and Stop while a run is under way. Needs a `<BuilderProvider>`.
 *
 * @example
 * <PromptBox placeholder="Describe your app" />
 */
export function PromptBox({ placeholder, kinds = ['web', 'dapp', 'api'], approvePlan = false, unstyled, className }: PromptBoxProps): ReactNode {
  useDefaultTheme(!unstyled);
  const client = useBuilder();
  const hasProject = useBuilderSnapshot((snapshot) => snapshot.project !== null || snapshot.run !== null);
  const running = useBuilderSnapshot((snapshot) => snapshot.run?.status === 'running' || snapshot.run?.status === 'starting' || snapshot.run?.status === 'awaiting_approval');
  const pending = useBuilderSnapshot((snapshot) => snapshot.pending);
  const [prompt, setPrompt] = useState('');
  const [kind, setKind] = useState<ProjectKind>(kinds[0] ?? 'web');
  const textarea = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const busy = running || pending === 'generate' || pending === 'edit';
  const canSend = prompt.trim() !== '' && !busy;

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!canSend) return;
    const text = prompt.trim();
    setPrompt('');
    client.send(text, kind, approvePlan ? { approvePlan } : {}).catch(() => setPrompt((current) => current || text));
    textarea.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) submit(event);
  };
  const label = hasProject ? 'Ask for a change' : 'Describe the app to build';

  return (
    <form className={classNames('bw bw-prompt', className)} onSubmit={submit} aria-label="Prompt">
      <label htmlFor={`${id}-prompt`} className="bw-visually-hidden">
        {label}
      </label>
      <textarea
        id={`${id}-prompt`}
        ref={textarea}
        value={prompt}
        onChange={(event) => setPrompt(event.target.value)}
        onKeyDown={onKeyDown}
        placeholder={placeholder ?? (hasProject ? 'Ask for a change…' : 'Describe the app to build…')}
        aria-describedby={`${id}-hint`}
        rows={3}
      />
      <div className="bw-prompt-row">
        <span id={`${id}-hint`} className="bw-prompt-hint">
          Enter to send · Shift+Enter for a new line
        </span>
        {!hasProject && kinds.length > 1 && (
          <>
            <label htmlFor={`${id}-kind`} className="bw-visually-hidden">
              Kind of app
            </label>
            <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value as ProjectKind)} disabled={busy}>
              {kinds.map((option) => (
                <option key={option} value={option}>
                  {kindLabels[option]}
                </option>
              ))}
            </select>
          </>
        )}
        {running && (
          <button type="button" className="bw-danger-button" onClick={() => client.cancel().catch(() => undefined)} disabled={pending === 'cancel'} aria-label="Stop the run">
            Stop
          </button>
        )}
        <button type="submit" className="bw-primary" disabled={!canSend}>
          {hasProject ? 'Send' : 'Build'}
        </button>
      </div>
    </form>
  );
}
