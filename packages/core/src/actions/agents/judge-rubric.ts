import { z } from 'zod';
import { readModelStream } from '../../graph/model-stream.js';
import type { LlmAdapter, LlmToolDefinition, LlmUsage } from '../../spec/llm.js';

/** What the judge answers: `{ pass, reason }`, as the `submit_verdict` tool's arguments or as JSON text. */
export const rubricVerdictSchema = z.object({ pass: z.boolean(), reason: z.string().min(1).max(2_000) }).strict();
export type RubricVerdict = z.output<typeof rubricVerdictSchema>;

/** The node of the judge's model calls (a scripted transcript's turns for it say `"node": "agent-judge"`). */
export const judgeNode = 'agent-judge';

const verdictTool: LlmToolDefinition = {
  name: 'submit_verdict',
  description: 'Your verdict: pass (true or false) and the reason in one or two sentences.',
  parameters: z.toJSONSchema(rubricVerdictSchema) as Record<string, unknown>,
};

const instructions = [
  'You judge one answer of an AI agent against a rubric. You get the rubric, the input the agent was given and its output.',
  'Pass it only when the output meets every point of the rubric. Call submit_verdict with { "pass": true|false, "reason": "..." }',
  '(or answer with that JSON object only). The reason says what is missing when it fails.',
].join(' ');

/**
 * Asks the judge model whether an agent's output meets a rubric. A judge that answers no verdict
 * is a failed check whose reason says so (a rubric can never pass by accident).
 *
 * @example
 * const verdict = await judgeRubric({ llm, rubric: 'Apologises and gives a next step', input, output });
 * if (!verdict.pass) console.log(verdict.reason);
 */
export async function judgeRubric(options: { llm: LlmAdapter; rubric: string; input: unknown; output: unknown; signal?: AbortSignal; onUsage?: (usage: LlmUsage) => void }): Promise<RubricVerdict> {
  const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value, null, 2));
  const { text, toolCalls } = await readModelStream(
    options.llm,
    {
      node: judgeNode,
      messages: [
        { role: 'system', content: instructions },
        { role: 'user', content: `Rubric:\n${options.rubric}\n\nInput:\n${show(options.input)}\n\nOutput:\n${show(options.output)}` },
      ],
      tools: [verdictTool],
      ...(options.signal ? { signal: options.signal } : {}),
    },
    { onUsage: (usage) => options.onUsage?.(usage) },
  );
  const call = toolCalls.find((candidate) => candidate.name === verdictTool.name);
  const answer = call ? call.arguments : parseJson(text);
  const verdict = rubricVerdictSchema.safeParse(answer);
  if (verdict.success) return verdict.data;
  const given = call ? call.argumentsText : text;
  return { pass: false, reason: `The judge gave no verdict ({ pass, reason }); it answered: ${given.slice(0, 200) || '(nothing)'}` };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text.trim().replace(/^```(?:json)?\s*|\s*```$/g, ''));
  } catch {
    return undefined;
  }
}
