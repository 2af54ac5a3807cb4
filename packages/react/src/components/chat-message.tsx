import type { ChatMessage, ChatPart } from '@buildwright/client';
import { Fragment, type ReactNode } from 'react';
import { useLabels } from '../labels/labels-provider.js';
import { Markdown, type MarkdownProps } from './markdown.js';
import { RunActivity } from './run-activity.js';

/**
 * Render slot of one part of a message: return your element for it, or `undefined` to keep the
 * default (`content`). Gets every part: text, plan, check, fix, file, notice, summary, error.
 */
export type RenderPart = (part: ChatPart, message: ChatMessage, content: ReactNode) => ReactNode;

export interface ChatMessageViewProps {
  message: ChatMessage;
  /** True for a message of the run under way: its activity opens. */
  current: boolean;
  renderMessage?: ((message: ChatMessage, content: ReactNode) => ReactNode) | undefined;
  renderPart?: RenderPart | undefined;
  renderCodeBlock?: MarkdownProps['renderCodeBlock'];
}

/** One message of `<BuilderChat/>`: its parts, each through `renderPart`, the whole through `renderMessage`. */
export function ChatMessageView({ message, current, renderMessage, renderPart, renderCodeBlock }: ChatMessageViewProps): ReactNode {
  const labels = useLabels();
  const variant = message.kind === 'error' ? 'error' : message.kind === 'notice' ? 'notice' : message.kind === 'activity' ? 'activity' : message.role;
  const slot = (part: ChatPart, fallback: ReactNode) => {
    const custom = renderPart?.(part, message, fallback);
    return custom === undefined ? fallback : custom;
  };
  const content =
    message.kind === 'activity' ? (
      <RunActivity parts={message.parts} open={current} renderPart={(part, fallback) => slot(part, fallback)} />
    ) : (
      message.parts.map((part, index) => <Fragment key={index}>{slot(part, defaultPart(part, message, renderCodeBlock))}</Fragment>)
    );
  const custom = renderMessage?.(message, content);
  return (
    <div className={`bw-message bw-message-${variant}`} data-kind={message.kind} data-role={message.role} data-run={message.runId ?? undefined} aria-busy={message.streaming || undefined}>
      <span className="bw-visually-hidden">{labels.speakers[message.role]}: </span>
      {custom === undefined ? content : custom}
    </div>
  );
}

/** The default content of a text-like part: the model's prose is markdown; prompts, errors and notices show as typed. */
function defaultPart(part: ChatPart, message: ChatMessage, renderCodeBlock: MarkdownProps['renderCodeBlock']): ReactNode {
  switch (part.type) {
    case 'text':
      return message.role === 'assistant' ? <Markdown text={part.text} renderCodeBlock={renderCodeBlock} unstyled /> : part.text;
    case 'summary':
      return <Markdown text={part.text} renderCodeBlock={renderCodeBlock} unstyled />;
    case 'error':
    case 'notice':
      return part.message;
    default:
      return null;
  }
}
