import { readFileSync } from 'node:fs';
import { BuildwrightError } from '@buildwright/client';
import { modelCallCancelled } from '../../llm/model-call-cancelled.js';
import { createTurnCursor, parseTranscript, type Transcript } from '../../protocol/transcript.js';
import type { LlmAdapter, LlmStreamPart, LlmToolCall } from '../../spec/llm.js';
import { fillToolResults } from './transcript-tool-results.js';

export interface ScriptedLlmOptions {
  /** A transcript object, or the path of a `buildwright.transcript/v1` JSON file. */
  transcript: Transcript | string;
  /** Model id reported in usage. Default `scripted`. */
  modelId?: string;
  /**
   * Each run replays the transcript from its first turn, its calls told apart by the request's
   * `context.runId` (calls without a context share one replay). For a server or a worker that
   * executes many runs with one model; a transcript then records one run. Default `false`: every
   * call takes the next unused turn, so one transcript can script a generation and its edits.
   */
  perRun?: boolean;
  /**
   * Streams each recorded tool call's arguments as `tool-call-delta` parts before the call, the
   * way a real model writes them: a number cuts the arguments text into pieces of that many
   * characters; a function returns the pieces (they must join back to the text). Default: no
   * deltas, only the complete calls.
   */
  argumentChunks?: number | ((argumentsText: string) => readonly string[]);
}

/** Run replays a `perRun` model keeps (the most recent runs'). */
const maxReplays = 1_000;

/**
 * A real LLM adapter that replays a recorded transcript: each call takes the next unused turn
 * whose `node` matches the calling node (with `perRun`, the next unused turn of the calling run's
 * own replay). It powers the offline demo and end-to-end tests, and the engine says so in a
 * `notice.posted` event whenever it is used. The file is read on the first call; a transcript
 * that runs out fails with TRANSCRIPT_EXHAUSTED naming the node.
 *
 * @example
 * const llm = scriptedLlm({ transcript: 'examples/transcripts/counter-app.json' });
 * const forAWorker = scriptedLlm({ transcript: 'examples/transcripts/counter-app.json', perRun: true });
 * const streaming = scriptedLlm({ transcript: 'examples/transcripts/counter-app.json', argumentChunks: 40 });
 */
export function scriptedLlm(options: ScriptedLlmOptions): LlmAdapter {
  let transcript: Transcript | undefined;
  const cursors = new Map<string, ReturnType<typeof createTurnCursor>>();
  let callCount = 0;
  const load = (runId: string | undefined) => {
    transcript ??= loadTranscript(options.transcript);
    const key = options.perRun ? (runId ?? '') : '';
    let cursor = cursors.get(key);
    if (!cursor) {
      cursors.set(key, (cursor = createTurnCursor(transcript)));
      // A long-lived worker forgets its oldest runs' replays; none of them is still executing.
      if (cursors.size > maxReplays) cursors.delete(cursors.keys().next().value!);
    }
    return cursor;
  };
  return {
    specificationVersion: 'v1',
    provider: 'scripted',
    modelId: options.modelId ?? 'scripted',
    async *stream(request): AsyncIterable<LlmStreamPart> {
      // An abort ends the stream before the next part, with the abort's reason as a BuildwrightError.
      const checkAbort = () => {
        if (request.signal?.aborted) throw modelCallCancelled(request.signal.reason);
      };
      checkAbort();
      const turn = load(request.context?.runId).next(request.node);
      const call = ++callCount;
      if (turn.text) yield { type: 'text-delta', text: turn.text };
      // `{{toolResult:<id>}}` in an argument takes the result of an earlier call (e.g. an MCP tool's) the model received.
      const toolCalls: LlmToolCall[] = turn.toolCalls.map((toolCall, index) => toToolCall(fillToolResults(toolCall, request.messages), `call_${call}_${index}`));
      for (const toolCall of toolCalls) {
        for (const argumentsDelta of argumentPieces(toolCall.argumentsText, options.argumentChunks)) {
          checkAbort();
          yield { type: 'tool-call-delta', id: toolCall.id, name: toolCall.name, argumentsDelta };
        }
        checkAbort();
        yield { type: 'tool-call', toolCall };
      }
      checkAbort();
      const promptChars = request.messages.reduce((sum, message) => sum + message.content.length, 0);
      const outputChars = (turn.text ?? '').length + toolCalls.reduce((sum, toolCall) => sum + toolCall.argumentsText.length, 0);
      yield {
        type: 'usage',
        usage: {
          model: options.modelId ?? 'scripted',
          inputTokens: turn.usage?.inputTokens ?? Math.ceil(promptChars / 4),
          outputTokens: turn.usage?.outputTokens ?? Math.ceil(outputChars / 4),
          cachedInputTokens: turn.usage?.cachedInputTokens ?? 0,
          costUsd: 0,
          estimated: turn.usage === undefined,
        },
      };
      checkAbort();
      yield { type: 'finish', reason: toolCalls.length ? 'tool-calls' : 'stop' };
    },
  };
}

function argumentPieces(text: string, chunks: ScriptedLlmOptions['argumentChunks']): readonly string[] {
  if (chunks === undefined) return [];
  if (typeof chunks === 'function') {
    const pieces = chunks(text);
    if (pieces.join('') !== text)
      throw new BuildwrightError({ code: 'INVALID_INPUT', message: 'scriptedLlm: argumentChunks returned pieces that do not join back to the arguments text. Return a split of the text.' });
    return pieces.filter((piece) => piece !== '');
  }
  if (!Number.isSafeInteger(chunks) || chunks < 1)
    throw new BuildwrightError({ code: 'INVALID_INPUT', message: `scriptedLlm: argumentChunks must be a positive integer or a function, got ${chunks}.` });
  const pieces: string[] = [];
  for (let start = 0; start < text.length; start += chunks) pieces.push(text.slice(start, start + chunks));
  return pieces;
}

function toToolCall(recorded: { id?: string | undefined; name: string; arguments: Record<string, unknown> | string }, fallbackId: string): LlmToolCall {
  const id = recorded.id ?? fallbackId;
  if (typeof recorded.arguments !== 'string') {
    return { id, name: recorded.name, arguments: recorded.arguments, argumentsText: JSON.stringify(recorded.arguments) };
  }
  // A string holds JSON exactly as a model sent it, possibly malformed.
  try {
    return { id, name: recorded.name, arguments: JSON.parse(recorded.arguments) as unknown, argumentsText: recorded.arguments };
  } catch {
    return { id, name: recorded.name, arguments: undefined, argumentsText: recorded.arguments };
  }
}

function loadTranscript(source: Transcript | string): Transcript {
  if (typeof source !== 'string') return parseTranscript(source);
  let text: string;
  try {
    text = readFileSync(source, 'utf8');
  } catch (error) {
    throw new BuildwrightError({ code: 'TRANSCRIPT_INVALID', message: `Cannot read transcript file ${source}: ${(error as Error).message}. Check the path.`, cause: error });
  }
  try {
    return parseTranscript(JSON.parse(text), source);
  } catch (error) {
    if (BuildwrightError.isInstance(error)) throw error;
    throw new BuildwrightError({ code: 'TRANSCRIPT_INVALID', message: `Transcript file ${source} is not valid JSON: ${(error as Error).message}.`, cause: error });
  }
}
