import { z } from 'zod';
import { BuildwrightError } from '@buildwright/client';

const toolCallSchema = z.object({
  id: z.string().optional(),
  name: z.string(),
  /** An object, or a string holding (possibly malformed) JSON, exactly as a model would send it. */
  arguments: z.union([z.record(z.string(), z.unknown()), z.string()]),
});

const turnSchema = z.object({
  /** Graph node this turn answers (`plan`, `build`, `fix`, ...); any node when omitted. */
  node: z.string().optional(),
  text: z.string().optional(),
  toolCalls: z.array(toolCallSchema).default([]),
  usage: z.object({ inputTokens: z.number(), outputTokens: z.number(), cachedInputTokens: z.number().optional() }).optional(),
});

/** Zod schema of `buildwright.transcript/v1`. */
export const transcriptSchema = z.object({
  format: z.literal('buildwright.transcript/v1'),
  prompt: z.string().optional(),
  turns: z.array(turnSchema),
});

export type Transcript = z.infer<typeof transcriptSchema>;
export type TranscriptTurn = z.infer<typeof turnSchema>;

/**
 * Validates a transcript object (already parsed from JSON).
 *
 * @example
 * const transcript = parseTranscript(JSON.parse(await readFile('app.json', 'utf8')));
 */
export function parseTranscript(value: unknown, source = 'transcript'): Transcript {
  const parsed = transcriptSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BuildwrightError({
      code: 'TRANSCRIPT_INVALID',
      message: `${source} is not a buildwright.transcript/v1 file: ${issue?.path.join('.') || '(root)'}: ${issue?.message}.`,
      cause: parsed.error,
    });
  }
  return parsed.data;
}

/**
 * Hands out transcript turns by node: each call takes the next unused turn whose `node` matches
 * (a turn without `node` matches any).
 */
export function createTurnCursor(transcript: Transcript): { next(node: string): TranscriptTurn; remaining(): number } {
  const used = new Set<number>();
  return {
    next(node) {
      const index = transcript.turns.findIndex((turn, i) => !used.has(i) && (turn.node === undefined || turn.node === node));
      if (index === -1) {
        throw new BuildwrightError({
          code: 'TRANSCRIPT_EXHAUSTED',
          message: `The scripted model has no turn left for node "${node}" (${transcript.turns.length} turns, ${used.size} used). Add a turn with "node": "${node}" to the transcript, or use a real model.`,
          details: { node },
        });
      }
      used.add(index);
      return transcript.turns[index]!;
    },
    remaining: () => transcript.turns.length - used.size,
  };
}
