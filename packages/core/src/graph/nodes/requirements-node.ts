import { BuildwrightError } from '@buildwright/client';
import { z } from 'zod';
import { requirementsSchema, type Requirements } from '../../events/events.js';
import { formatZodIssues } from '../../protocol/format-zod-issues.js';
import type { LlmMessage, LlmToolCall, LlmToolDefinition } from '../../spec/llm.js';
import { callModel } from '../call-model.js';
import { requestMessage, requirementsRequestMessage, requirementsSystemPrompt } from '../prompts.js';
import type { RunNode, RunRuntime } from '../run-runtime.js';
import { nodeInternals } from './node-context.js';

/** Options of the requirements analyst (`createBuilder({ requirements })`). */
export interface RequirementsOptions {
  /** How many templates of the kind, most similar to the prompt first, the analyst chooses from. Default 5. */
  templates?: number;
  /** Refused submissions (malformed, another kind, a template not offered) before the run fails with `LLM_BAD_OUTPUT`. Default 3. */
  maxAttempts?: number;
}

const optionsSchema = z.object({ templates: z.number().int().min(1).max(20).optional(), maxAttempts: z.number().int().min(1).max(10).optional() }).strict();

const toolName = 'submit_requirements';

const { $schema: _ignored, ...parameters } = z.toJSONSchema(requirementsSchema) as Record<string, unknown>;
const submitRequirements: LlmToolDefinition = {
  name: toolName,
  description:
    'Submit the short spec of the request: summary, user stories (as, want, soThat?, acceptance criteria a test can check), data entities, pages, the kind and the template with the reason for each.',
  parameters,
};

type Candidate = { name: string; score: number; description: string };

/**
 * The `requirements` node (before `plan`, opt-in with `createBuilder({ requirements: true })`): the
 * model turns the prompt into a short spec with `submit_requirements` — user stories with acceptance
 * criteria, data entities, pages, the kind and the template with a reason for each — chosen among
 * the kind's templates most similar to the prompt. A submission that is malformed, names another
 * kind or a template not offered goes back to the model as a tool error; after `maxAttempts` refusals
 * the run fails with `LLM_BAD_OUTPUT`. A template other than the one the run started from replaces
 * its files (`template.selected`). Emits `requirements.created`; the spec is kept in the run's
 * state, given to the plan, and to every later node as `context.requirements`.
 *
 * @example
 * createBuilder({ ...adapters, graph: { nodes: (defaults) => [requirementsNode({ templates: 3 }), ...defaults] } });
 */
export function requirementsNode(options: RequirementsOptions = {}): RunNode {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new BuildwrightError({ code: 'INVALID_INPUT', message: `Invalid requirements.${issue.path.join('.') || 'options'}: ${issue.message}. Pass { templates: 1–20, maxAttempts: 1–10 } or true.` });
  }
  const limit = parsed.data.templates ?? 5;
  const maxAttempts = parsed.data.maxAttempts ?? 3;
  return {
    name: 'requirements',
    async run(context) {
      const { runtime, draft } = nodeInternals(context);
      const choice = runtime.templateChoice;
      const candidates = choice ? await choice.candidates(limit) : [];
      // An edit's stories depend on what the project already has; a new project's template is described by the candidates.
      const request = runtime.mode === 'edit' ? requestMessage(runtime.prompt, runtime.workspace) : `Request: ${runtime.prompt}`;
      const messages: LlmMessage[] = [
        { role: 'system', content: requirementsSystemPrompt(runtime.kind) },
        {
          role: 'user',
          content: requirementsRequestMessage(request, runtime.kind, candidates, {
            forced: choice?.forced ?? false,
            current: runtime.template?.name,
            mode: runtime.mode === 'edit' ? 'edit' : 'generate',
          }),
        },
      ];
      let lastProblem = 'no submission';
      for (let attempt = 1; attempt <= maxAttempts; attempt++) {
        const response = await callModel(runtime, { node: 'requirements', messages, tools: [submitRequirements] });
        messages.push({ role: 'assistant', content: response.text, ...(response.toolCalls.length ? { toolCalls: response.toolCalls } : {}) });
        if (response.toolCalls.length === 0) {
          lastProblem = 'the model answered in prose without calling submit_requirements';
          messages.push({ role: 'user', content: 'Do not answer in prose: call submit_requirements.' });
          continue;
        }
        let accepted: Requirements | undefined;
        for (const call of response.toolCalls) {
          const outcome = accepted ? { error: 'requirements were already submitted in this turn' } : review(call, runtime, candidates);
          if ('requirements' in outcome) accepted = outcome.requirements;
          else lastProblem = outcome.error;
          messages.push({ role: 'tool', toolCallId: call.id, name: call.name, content: 'requirements' in outcome ? 'Requirements accepted.' : `Error: ${outcome.error}` });
        }
        if (!accepted) continue;
        await startFromTemplate(runtime, accepted, candidates);
        await context.emit({ type: 'requirements.created', requirements: accepted });
        draft.requirementsSpec = accepted;
        return;
      }
      throw new BuildwrightError({
        code: 'LLM_BAD_OUTPUT',
        message: `The model's requirements were refused ${maxAttempts} times (last: ${lastProblem}). Use a model with tool calling, raise requirements.maxAttempts, or turn requirements off.`,
        details: { node: 'requirements' },
      });
    },
  };
}

/** The submission's requirements, or the tool error that says what to change. */
function review(call: LlmToolCall, runtime: RunRuntime, candidates: readonly Candidate[]): { requirements: Requirements } | { error: string } {
  if (call.name !== toolName) return { error: `unknown tool ${call.name}; the only tool of this step is ${toolName}` };
  const parsed = requirementsSchema.safeParse(call.arguments);
  if (!parsed.success) {
    return { error: `invalid arguments: ${formatZodIssues(parsed.error, { root: 'arguments', limit: 5 })}. Fix them and call ${toolName} again.` };
  }
  const requirements = parsed.data;
  if (requirements.kind !== runtime.kind) {
    return { error: `this run builds a ${runtime.kind} project (its kind is fixed when the run starts): write the requirements for a ${runtime.kind} project with kind "${runtime.kind}".` };
  }
  const names = candidates.map((candidate) => candidate.name);
  if (names.length === 0 && requirements.template !== undefined && requirements.template !== runtime.template?.name) {
    return { error: `no template can be chosen in this run; leave template out.` };
  }
  if (names.length > 0 && (requirements.template === undefined || !names.includes(requirements.template))) {
    const given = requirements.template === undefined ? 'no template' : `the template "${requirements.template}"`;
    return { error: `${given} is not one of the offered ${runtime.kind} templates: ${names.join(', ')}. Set template to one of them, with templateReason.` };
  }
  if (requirements.template !== undefined && requirements.templateReason === undefined) return { error: 'templateReason is missing: say why the template fits.' };
  return { requirements };
}

/** Starts the project from the chosen template when it is not the one the run started from: its files replace the old template's. */
async function startFromTemplate(runtime: RunRuntime, requirements: Requirements, candidates: readonly Candidate[]): Promise<void> {
  const name = requirements.template;
  const template = name === undefined ? undefined : runtime.templateChoice?.template(name);
  if (!template || name === runtime.template?.name) return;
  for (const path of Object.keys(runtime.template?.files ?? {})) if (runtime.workspace.has(path)) await runtime.workspace.remove(path);
  for (const [path, content] of Object.entries(template.files)) await runtime.workspace.write(path, content);
  runtime.template = template;
  const score = candidates.find((candidate) => candidate.name === name)?.score ?? 0;
  await runtime.emit({ type: 'template.selected', name: name!, score, reason: `chosen by the requirements analyst: ${requirements.templateReason ?? ''}`.trim() });
}
