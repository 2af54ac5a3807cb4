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

/**
 * An MCP tool: one tool of a server given to `createBuilder({ mcp })`, called with the server's
 * consent policy (`allow`, `deny`, or `ask`: the execution waits for an approval). `description` and
 * `inputSchema` are what the model sees, kept in the definition so a published version does not
 * change when the server does.
 */
export const agentMcpToolSchema = z
  .object({
    type: z.literal('mcp'),
    /** The name the model calls it by. */
    name: toolName,
    description: z.string().min(1).max(2_000),
    /** The server's name (`mcpServer({ name })`). */
    server: z.string().regex(/^[A-Za-z0-9-]{1,32}$/, 'a server name is letters, digits and "-" (at most 32)'),
    /** The server's name for the tool (`read_resource` is not offered to agents). */
    tool: z.string().min(1).max(128),
    /** JSON Schema of the arguments object (usually the server's, copied). */
    inputSchema: jsonSchemaObject,
  })
  .strict();

/**
 * A JavaScript function tool: `code` is the body of an async function of `input` (the model's
 * arguments) whose returned value, as JSON, is the tool's answer. It runs in a sandbox of the
 * builder's `SandboxAdapter` with no network, never in the host process.
 */
export const agentFunctionToolSchema = z
  .object({
    type: z.literal('function'),
    name: toolName,
    description: z.string().min(1).max(2_000),
    inputSchema: jsonSchemaObject,
    /** The function body, e.g. `return { total: input.items.reduce((sum, item) => sum + item.price, 0) };`. */
    code: z.string().min(1).max(100_000),
    /** Wall time of one call in ms. Default 10,000. */
    timeoutMs: z.number().int().positive().max(120_000).default(10_000),
    /** Largest answer (characters of JSON) sent back to the model. Default 16,000. */
    maxOutputChars: z.number().int().positive().max(1_000_000).default(16_000),
  })
  .strict();

/** Any tool of an agent, by `type`. */
export const agentToolSchema = z.discriminatedUnion('type', [agentHttpToolSchema, agentMcpToolSchema, agentFunctionToolSchema]);

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
    tools: z.array(agentToolSchema).max(64).default([]),
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
export type AgentMcpTool = z.output<typeof agentMcpToolSchema>;
export type AgentFunctionTool = z.output<typeof agentFunctionToolSchema>;
export type AgentTool = z.output<typeof agentToolSchema>;
export type AgentLimits = z.output<typeof agentLimitsSchema>;
export type AgentEvalCase = z.output<typeof agentEvalCaseSchema>;
export type AgentEvalExpectation = z.output<typeof agentEvalExpectationSchema>;
