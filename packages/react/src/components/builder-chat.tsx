import type { BuilderClient, ChatMessage, HeadersInput, ProjectKind, RunMetadata } from '@buildwright/client';
import { useEffect, useRef, type ReactNode } from 'react';
import { BuilderProvider } from '../context/builder-provider.js';
import { useBuilder, useOptionalBuilder } from '../hooks/use-builder.js';
import { useBuilderSnapshot } from '../hooks/use-builder-snapshot.js';
import { useChat, type UseChatOptions } from '../hooks/use-chat.js';
import type { BuilderLabelsInput } from '../labels/labels.js';
import { LabelsProvider, useLabels } from '../labels/labels-provider.js';
import { useDefaultTheme } from '../styles/use-default-theme.js';
import { ChatMessageView, type RenderPart } from './chat-message.js';
import { classNames } from './class-names.js';
import { CostMeter } from './cost-meter.js';
import type { MarkdownProps } from './markdown.js';
import { PromptBox } from './prompt-box.js';
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
  /** Heading of the chat. Default: `labels.chatTitle` ("Builder"). */
  title?: string;
  /** Placeholder of the prompt box. */
  placeholder?: string;
  /** Kinds offered for a new project. Default web, dapp, api. */
  kinds?: readonly ProjectKind[];
  /** Chains offered for a new DApp, by name (the server builder's `chains`; see `<PromptBox chains/>`). Default: the server's default chain. */
  chains?: readonly string[];
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
  /**
   * Render slot of each part of a message (text, plan, check, fix, file, notice, summary, error): return
   * your element, or `undefined` to keep the default (`content`). Runs' plans, checks and fixes show
   * as collapsible sections; this replaces what is inside them.
   */
  renderPart?: RenderPart | undefined;
  /** Render slot of the code blocks in the model's messages (see `<Markdown renderCodeBlock/>`). */
  renderCodeBlock?: MarkdownProps['renderCodeBlock'];
  /** The chat's strings (any subset; English otherwise), over those of an enclosing `<LabelsProvider>`. */
  labels?: BuilderLabelsInput;
  /** Sent with every run the chat starts; reaches the host's `beforeRun` hook as `request.metadata`. */
  metadata?: RunMetadata;
  /** Called when a run ends (completed, failed or cancelled). */
  onFinish?: UseChatOptions['onFinish'];
  /** Called when a run fails or cannot start. */
  onError?: UseChatOptions['onError'];
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
  const panel = props.labels ? (
    <LabelsProvider labels={props.labels}>
      <ChatPanel {...props} />
    </LabelsProvider>
  ) : (
    <ChatPanel {...props} />
  );
  if (props.client || (!existing && props.baseUrl !== undefined)) {
    return (
      <BuilderProvider {...(props.client ? { client: props.client } : { baseUrl: props.baseUrl! })} {...(props.headers === undefined ? {} : { headers: props.headers })}>
        {panel}
      </BuilderProvider>
    );
  }
  return panel;
}

function ChatPanel({ title, placeholder, kinds, chains, unstyled, className, projectId, approvePlan, metadata, renderMessage, renderPart, renderCodeBlock, onFinish, onError }: BuilderChatProps) {
  useDefaultTheme(!unstyled);
  const labels = useLabels();
  const client = useBuilder();
  const { status, messages, run, regenerate } = useChat({ ...(onFinish ? { onFinish } : {}), ...(onError ? { onError } : {}) });
  const heading = title ?? labels.chatTitle;
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
    <section className={classNames('bw bw-chat', className)} aria-label={heading} data-status={status}>
      <header className="bw-chat-header">
        <h2 className="bw-chat-title">{heading}</h2>
        {connection === 'reconnecting' && (
          <span className="bw-connection" role="status">
            {labels.reconnecting}
          </span>
        )}
        <CostMeter unstyled />
        {run && (status === 'ready' || status === 'error') && (
          <button type="button" className="bw-regenerate" onClick={() => regenerate(metadata ? { metadata } : undefined).catch(() => undefined)}>
            {labels.regenerate}
          </button>
        )}
        {run && (
          <button type="button" onClick={() => client.reset()} disabled={status === 'submitted' || status === 'streaming'}>
            {labels.newProject}
          </button>
        )}
      </header>
      <div
        className="bw-chat-log"
        ref={log}
        role="log"
        aria-live="polite"
        aria-label={labels.conversation}
        tabIndex={0}
        onScroll={(event) => {
          const element = event.currentTarget;
          stickToBottom.current = element.scrollHeight - element.scrollTop - element.clientHeight < 40;
        }}
      >
        {messages.length === 0 && <p className="bw-empty">{labels.emptyChat}</p>}
        {messages.map((message) => (
          <ChatMessageView
            key={message.id}
            message={message}
            current={message.runId !== null && message.runId === run?.id}
            renderMessage={renderMessage}
            renderPart={renderPart}
            renderCodeBlock={renderCodeBlock}
          />
        ))}
        {run && (
          <>
            {run.status === 'awaiting_approval' && <PlanApproval unstyled />}
            <ToolApprovals unstyled />
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
          <button type="button" onClick={() => client.clearErrors()} aria-label={labels.dismissErrors}>
            ×
          </button>
        </div>
      )}
      <PromptBox
        unstyled
        {...(placeholder === undefined ? {} : { placeholder })}
        {...(kinds === undefined ? {} : { kinds })}
        {...(chains === undefined ? {} : { chains })}
        {...(approvePlan ? { approvePlan } : {})}
        {...(metadata ? { metadata } : {})}
      />
    </section>
  );
}
