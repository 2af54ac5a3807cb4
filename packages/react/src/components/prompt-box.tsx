import type { ProjectKind, RunMetadata } from '@buildwright/client';
import { useId, useRef, useState, type FormEvent, type KeyboardEvent, type ReactNode } from 'react';
import { useBuilder } from '../hooks/use-builder.js';
import { useBuilderSnapshot } from '../hooks/use-builder-snapshot.js';
import { useLabels } from '../labels/labels-provider.js';
import { useDefaultTheme } from '../styles/use-default-theme.js';
import { classNames } from './class-names.js';

export interface PromptBoxProps {
  /** Placeholder of the text box. */
  placeholder?: string;
  /** Kinds offered before the first generation. Default web, dapp, api. */
  kinds?: readonly ProjectKind[];
  /**
   * Chains offered for a new DApp, by name (the server builder's `chains`); the first is selected and sent
   * as `generate(…, { chain })`. Default none: the server's default chain. See docs/chain.md#several-chains.
   */
  chains?: readonly string[];
  /** Runs stop after their plan until it is approved (`<PlanApproval/>`). Default false. */
  approvePlan?: boolean;
  /** Sent with every run this box starts; reaches the host's `beforeRun` hook (see docs/host-hooks.md#run-metadata). */
  metadata?: RunMetadata;
  unstyled?: boolean;
  className?: string;
}

/**
 * The prompt form: a labelled text box (Enter sends, Shift+Enter adds a line), the kind of app
 * for a new project, Send, and Stop while a run is under way. Needs a `<BuilderProvider>`.
 *
 * @example
 * <PromptBox placeholder="Describe your app" />
 */
export function PromptBox({ placeholder, kinds = ['web', 'dapp', 'api'], chains = [], approvePlan = false, metadata, unstyled, className }: PromptBoxProps): ReactNode {
  useDefaultTheme(!unstyled);
  const labels = useLabels();
  const client = useBuilder();
  const hasProject = useBuilderSnapshot((snapshot) => snapshot.project !== null || snapshot.run !== null);
  const running = useBuilderSnapshot((snapshot) => snapshot.run?.status === 'running' || snapshot.run?.status === 'starting' || snapshot.run?.status === 'awaiting_approval');
  const pending = useBuilderSnapshot((snapshot) => snapshot.pending);
  const [prompt, setPrompt] = useState('');
  const [kind, setKind] = useState<ProjectKind>(kinds[0] ?? 'web');
  // The chains may arrive after the first render (from the host's API): the first stays selected until one is chosen.
  const [chosenChain, setChain] = useState<string | undefined>(undefined);
  const chain = chosenChain !== undefined && chains.includes(chosenChain) ? chosenChain : chains[0];
  const textarea = useRef<HTMLTextAreaElement>(null);
  const id = useId();
  const busy = running || pending === 'generate' || pending === 'edit';
  const canSend = prompt.trim() !== '' && !busy;

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    if (!canSend) return;
    const text = prompt.trim();
    setPrompt('');
    const chosenChain = !hasProject && kind === 'dapp' && chain !== undefined ? { chain } : {};
    client.send(text, kind, { ...(approvePlan ? { approvePlan } : {}), ...(metadata ? { metadata } : {}), ...chosenChain }).catch(() => setPrompt((current) => current || text));
    textarea.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) submit(event);
  };
  const label = hasProject ? labels.promptLabelEdit : labels.promptLabelNew;

  return (
    <form className={classNames('bw bw-prompt', className)} onSubmit={submit} aria-label={labels.promptForm}>
      <label htmlFor={`${id}-prompt`} className="bw-visually-hidden">
        {label}
      </label>
      <textarea
        id={`${id}-prompt`}
        ref={textarea}
        value={prompt}
        onChange={(event) => setPrompt(event.target.value)}
        onKeyDown={onKeyDown}
        placeholder={placeholder ?? (hasProject ? labels.promptPlaceholderEdit : labels.promptPlaceholderNew)}
        aria-describedby={`${id}-hint`}
        rows={3}
      />
      <div className="bw-prompt-row">
        <span id={`${id}-hint`} className="bw-prompt-hint">
          {labels.promptHint}
        </span>
        {!hasProject && kinds.length > 1 && (
          <>
            <label htmlFor={`${id}-kind`} className="bw-visually-hidden">
              {labels.kindOfApp}
            </label>
            <select id={`${id}-kind`} value={kind} onChange={(event) => setKind(event.target.value as ProjectKind)} disabled={busy}>
              {kinds.map((option) => (
                <option key={option} value={option}>
                  {labels.kinds[option]}
                </option>
              ))}
            </select>
          </>
        )}
        {!hasProject && kind === 'dapp' && chains.length > 1 && (
          <>
            <label htmlFor={`${id}-chain`} className="bw-visually-hidden">
              {labels.chainOfApp}
            </label>
            <select id={`${id}-chain`} value={chain} onChange={(event) => setChain(event.target.value)} disabled={busy}>
              {chains.map((option) => (
                <option key={option} value={option}>
                  {option}
                </option>
              ))}
            </select>
          </>
        )}
        {running && (
          <button type="button" className="bw-danger-button" onClick={() => client.cancel().catch(() => undefined)} disabled={pending === 'cancel'} aria-label={labels.stopRun}>
            {labels.stop}
          </button>
        )}
        <button type="submit" className="bw-primary" disabled={!canSend}>
          {hasProject ? labels.send : labels.build}
        </button>
      </div>
    </form>
  );
}
