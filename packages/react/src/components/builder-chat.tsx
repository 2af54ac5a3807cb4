import type { BuilderClient, ChatMessage, HeadersInput, ProjectKind } from '@buildwright/client';
import { useEffect, useRef, type ReactNode } from 'react';
import { BuilderProvider } from '../context/builder-provider.js';
import { useBuilder, useOptionalBuilder } from '../hooks/use-builder.js';
import { useBuilderSnapshot } from '../hooks/use-builder-snapshot.js';
import { useMessages, useRun } from '../hooks/use-run.js';
import { useDefaultTheme } from '../styles/use-default-theme.js';
import { classNames } from './class-names.js';
import { CostMeter } from './cost-meter.js';
import { Markdown, type MarkdownProps } from './markdown.js';
import { PromptBox } from './prompt-box.js';
import { RunChecks } from './run-checks.js';
import { RunPlan } from './run-plan.js';
import { PlanApproval } from './plan-approval.js';
import { ToolApprovals } from './tool-approvals.js';

export interface BuilderChatProps {
  /** Where `createBuilderHandler` is mounted; with it, the chat works without a `<BuilderProvider>`. */
  baseUrl?: string;
  /** Headers of every request when the chat makes its own client. */
  headers?: HeadersInput;
  /** A client to use instead of the provider's. */
  client?: BuilderClient;
  /** Loads this project on mount. */
  projectId?: string;
  /** Heading of the chat. Default "Builder". */
  title?: string;
  /** Placeholder of the prompt box. */
  placeholder?: string;
  /** Kinds offered for a new project. Default web, dapp, api. */
  kinds?: readonly ProjectKind[];
  /**
   * Each run stops after its plan: the plan's steps are shown editable (rename, remove, reorder)
   * with Build, which approves them, and Reject. See docs/plan-approval.md. Default false.
   */
  approvePlan?: boolean;
  /**
   * Render slot of a message: return your element for it (e.g. a custom card for some runs' summaries),
   * or `undefined` to keep the default. `content` is the default content (markdown for the model's text).
   */
  renderMessage?: ((message: ChatMessage, content: ReactNode) => ReactNode) | undefined;
  /** Render slot of the code blocks in the model's messages (see `<Markdown renderCodeBlock/>`). */
  renderCodeBlock?: MarkdownProps['renderCodeBlock'];
  /** Leaves styling to you: no default theme is inserted. */
  unstyled?: boolean;
  className?: string;
}

/**
 * A complete app-builder chat: prompt box, streamed assistant messages, the plan with live step
 * status, checks and fix attempts, cost meter and Stop. Given only `baseUrl` it is a working
 * builder UI; inside a `<BuilderProvider>` it shares the provider's client with `<Preview/>`,
 * `<FileTree/>` and the rest.
 *
 * @example
 * <BuilderChat baseUrl="/api/builder" />
 */
export function BuilderChat(props: BuilderChatProps): ReactNode {
  const existing = useOptionalBuilder();
  if (props.client || (!existing && props.baseUrl !== undefined)) {
    return (
      <BuilderProvider {...(props.client ? { client: props.client } : { baseUrl: props.baseUrl! })} {...(props.headers === undefined ? {} : { headers: props.headers })}>
        <ChatPanel {...props} />
      </BuilderProvider>
    );
  }
  return <ChatPanel {...props} />;
}

function ChatPanel({ title = 'Builder', placeholder, kinds, unstyled, className, projectId, approvePlan, renderMessage, renderCodeBlock }: BuilderChatProps) {
  useDefaultTheme(!unstyled);
  const client = useBuilder();
  const messages = useMessages();
  const run = useRun();
  const connection = useBuilderSnapshot((snapshot) => snapshot.connection);
  const errors = useBuilderSnapshot((snapshot) => snapshot.errors);
  const log = useRef<HTMLDivElement>(null);
  const stickToBottom = useRef(true);

  useEffect(() => {
    if (projectId && client.getSnapshot().project?.id !== projectId) client.loadProject(projectId).catch(() => undefined);
  }, [client, projectId]);
  useEffect(() => {
    const element = log.current;
    if (element && stickToBottom.current) element.scrollTop = element.scrollHeight;
  });

  return (
    <section className={classNames('bw bw-chat', className)} aria-label={title}>
      <header className="bw-chat-header">
        <h2 className="bw-chat-title">{title}</h2>
        {connection === 'reconnecting' && (
          <span className="bw-connection" role="status">
            Reconnecting…
          </span>
        )}
        <CostMeter unstyled />
        {run && (
          <button type="button" onClick={() => client.reset()} disabled={run.status === 'running' || run.status === 'starting' || run.status === 'awaiting_approval'}>
            New project
          </button>
        )}
      </header>
      <div
        className="bw-chat-log"
        ref={log}
        role="log"
        aria-live="polite"
        aria-label="Conversation"
        tabIndex={0}
        onScroll={(event) => {
          const element = event.currentTarget;
          stickToBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < 40;
        }}
      >
        {messages.length === 0 && <p className="bw-empty">Describe an app and press Build. You will see the plan, the files and a live preview.</p>}
        {messages.map((message) => (
          <Message key={message.id} message={message} renderMessage={renderMessage} renderCodeBlock={renderCodeBlock} />
        ))}
        {run && (
          <>
            {run.status === 'awaiting_approval' ? <PlanApproval unstyled /> : <RunPlan unstyled />}
            <RunChecks unstyled />
            <ToolApprovals unstyled />
            {run.notices.length > 0 && (
              <ul className="bw-notices" aria-label="Notices">
                {run.notices.map((notice, index) => (
                  <li key={index}>{notice.message}</li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
      {errors.length > 0 && (
        <div className="bw-alert" role="alert">
          <div style={{ flex: 1 }}>
            {errors.map((error, index) => (
              <div key={index}>{error.message}</div>
            ))}
          </div>
          <button type="button" onClick={() => client.clearErrors()} aria-label="Dismiss the errors">
            ×
          </button>
        </div>
      )}
      <PromptBox unstyled {...(placeholder === undefined ? {} : { placeholder })} {...(kinds === undefined ? {} : { kinds })} {...(approvePlan ? { approvePlan } : {})} />
    </section>
  );
}

const speakers = { user: 'You', assistant: 'Builder' } as const;

function Message({ message, renderMessage, renderCodeBlock }: { message: ChatMessage } & Pick<BuilderChatProps, 'renderMessage' | 'renderCodeBlock'>) {
  const variant = message.kind === 'error' ? 'error' : message.kind === 'notice' ? 'notice' : message.role;
  // The model's prose is markdown; prompts, errors and notices show as typed.
  const content =
    message.role === 'assistant' && (message.kind === 'text' || message.kind === 'summary') ? <Markdown text={message.content} renderCodeBlock={renderCodeBlock} unstyled /> : message.content;
  const custom = renderMessage?.(message, content);
  return (
    <div className={`bw-message bw-message-${variant}`} data-kind={message.kind} data-role={message.role} aria-busy={message.streaming || undefined}>
      <span className="bw-visually-hidden">{speakers[message.role]}: </span>
      {custom === undefined ? content : custom}
    </div>
  );
}
