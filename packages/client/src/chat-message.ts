import type { ChatPart } from './chat-parts.js';
import type { ChatMessage } from './client-state.js';

type MessageKind = Exclude<ChatMessage['kind'], 'activity'>;

/**
 * A chat message of one of the text kinds, with its typed parts derived from its content (an
 * `activity` message is built from its run instead, see `run-activity.ts`).
 *
 * @example
 * chatMessage({ id: `${runId}:prompt`, runId, role: 'user', kind: 'prompt', content: 'a todo app' });
 */
export function chatMessage(input: {
  id: string;
  runId: string | null;
  role: ChatMessage['role'];
  kind: MessageKind;
  content: string;
  node?: string | null;
  streaming?: boolean;
  part?: ChatPart;
}): ChatMessage {
  const { part, node = null, streaming = false, ...rest } = input;
  return { ...rest, node, streaming, parts: [part ?? partOf(input.kind, input.content)] };
}

/** The message with `text` appended to its content (a streamed delta). */
export function appendText(message: ChatMessage, text: string): ChatMessage {
  const content = message.content + text;
  return { ...message, content, parts: [{ type: 'text', text: content }] };
}

function partOf(kind: MessageKind, content: string): ChatPart {
  if (kind === 'summary') return { type: 'summary', text: content };
  if (kind === 'notice') return { type: 'notice', level: 'info', message: content };
  if (kind === 'error') return { type: 'error', code: 'INTERNAL', message: content, check: null };
  return { type: 'text', text: content };
}
