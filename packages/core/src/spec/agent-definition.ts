import { z } from 'zod';

/** The format tag of an agent definition: bumped only when an old definition would mean something else. */
export const agentDefinitionFormat = 'buildwright.agent/v1';

const jsonSchemaObject = z.record(z.string(), z.unknown());
const toolName = z.string().regex(/^[A-Za-z][A-Za-z0-9_-]{0,63}$/, 'a tool name is a letter then letters, digits, "_" or "-" (at most 64)');

/**
 * An HTTP tool: one OpenAPI operation the agent may call. The model gives the arguments (checked
 * against `inputSchema`); a GET sends them as the query string, any other method as a JSON body.
 * `{name}` placeholders in `url` are filled from the arguments of that name.
 */
export const agentHttpToolSchema = z
  .object({
    type: z.literal('http'),
    name: toolName,
    description: z.string().min(1).max(2_000),
    method: z.enum(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']),
    url: z.string().url().max(2_048),
    /** JSON Schema of the arguments object (the operation's parameters and request body). */
    inputSchema: jsonSchemaObject,
    /** The OpenAPI operation id, when the tool was taken from a spec (informational). */
    operationId: z.string().max(200).optional(),
    /** Headers sent with every call (an API key of the tool's service). */
    headers: z.record(z.string(), z.string()).optional(),
  })
  .strict();

/** What an agent may do in one execution; going over a limit fails it with `BUDGET_EXCEEDED` (`details.budget` names it). */
export const agentLimitsSchema = z
  .object({
    /** Model calls. Default 8. */
    maxSteps: z.number().int().positive().max(100).default(8),
    /** Input plus output tokens over all model calls. Default 50,000. */
    maxTokens: z.number().int().positive().default(50_000),
    /** Wall time in ms. Default 60,000. */
    timeMs: z.number().int().positive().default(60_000),
    /** Cost in US dollars (calls whose model has no price count 0). */
    maxCostUsd: z.number().positive().optional(),
  })
  .strict();

/** What an eval case expects of the output: every given property must hold. */
export const agentEvalExpectationSchema = z
  .object({
    /** The output text contains this (case-insensitive). */
    contains: z.string().min(1).optional(),
    /** The output parses as JSON matching this JSON Schema. */
    matchesSchema: jsonSchemaObject.optional(),
    /** The agent called this tool at least once. */
    calledTool: toolName.optional(),
    /** A judge model reads this rubric with the input and the output and answers pass or fail with a reason (the definition's `judgeModel`). */
    rubric: z.string().min(1).max(4_000).optional(),
  })
  .strict();

/** One eval case: an input and what the output must satisfy. */
export const agentEvalCaseSchema = z.object({ name: z.string().min(1).max(200), input: z.unknown(), expected: agentEvalExpectationSchema }).strict();

/**
 * An agent definition, `buildwright.agent/v1`: what the model is told, which model (a name the
 * host resolves, see `createBuilder({ agentModels })`), which tools it may call, the shape of its
 * input and output, its limits and its eval cases.
 */
export const agentDefinitionSchema = z
  .object({
    format: z.literal(agentDefinitionFormat),
    name: z.string().trim().min(1).max(200),
    description: z.string().max(2_000).default(''),
    instructions: z.string().min(1).max(100_000),
    /** A model name the host maps to an `LlmAdapter`. */
    model: z.string().min(1).max(200),
    /** The model name that judges `rubric` expectations of the evals; default `model`. */
    judgeModel: z.string().min(1).max(200).optional(),
    tools: z.array(agentHttpToolSchema).max(64).default([]),
    /** JSON Schema the input must match (otherwise any JSON value; a string is sent as is). */
    inputSchema: jsonSchemaObject.optional(),
    /** JSON Schema the final answer must match, as JSON text. */
    outputSchema: jsonSchemaObject.optional(),
    limits: agentLimitsSchema.default({ maxSteps: 8, maxTokens: 50_000, timeMs: 60_000 }),
    evals: z.array(agentEvalCaseSchema).max(100).default([]),
  })
  .strict()
  .superRefine((definition, context) => {
    const names = definition.tools.map((tool) => tool.name);
    const repeated = names.find((name, index) => names.indexOf(name) !== index);
    if (repeated) context.addIssue({ code: 'custom', path: ['tools'], message: `two tools are named "${repeated}"; tool names must be unique` });
  });

/** A valid agent definition (defaults filled in). */
export type AgentDefinition = z.output<typeof agentDefinitionSchema>;
/** An agent definition as written (defaults may be left out). */
export type AgentDefinitionInput = z.input<typeof agentDefinitionSchema>;
export type AgentHttpTool = z.output<typeof agentHttpToolSchema>;
export type AgentLimits = z.output<typeof agentLimitsSchema>;
export type AgentEvalCase = z.output<typeof agentEvalCaseSchema>;
export type AgentEvalExpectation = z.output<typeof agentEvalExpectationSchema>;
