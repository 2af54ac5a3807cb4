import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { BuildwrightError, parseRunMetadata, type RunMetadata } from '@buildwright/client';
import type { BuilderContext } from '../run/run-context.js';
import type { RunHandle } from '../run/run-handle.js';
import { enqueueRun } from '../run/enqueue-run.js';
import { startRun } from '../run/start-run.js';
import type { ProjectKind } from '../spec/storage.js';
import { namedTemplate, selectTemplate } from './select-template.js';
import { chainOfNewProject } from '../run/builder-chains.js';
import { withPlanCallBeforeRecords } from '../run/plan-call-before-records.js';

/** Options of `builder.generate`. */
export interface GenerateOptions {
  prompt: string;
  kind?: ProjectKind;
  /** Owner of the new project (the end user of the hosting app). */
  ownerId?: string;
  /** Project name; derived from the prompt when omitted. */
  name?: string;
  /**
   * Template name from `templates`. Omitted: the only template of the kind, or the one of the kind
   * most similar to the prompt (announced by `template.selected`).
   */
  template?: string;
  /**
   * Build a frontend for an already-deployed contract (`kind: 'dapp'` only). It is written to the
   * project as `contracts/existing.json`; the dapp checks write the typed contract module from it
   * instead of compiling and deploying. `rpcUrl` defaults to the builder's chain when the chain ids
   * match, else to viem's default RPC for the chain.
   */
  contract?: ExistingContractInput;
  /**
   * The builder chain the DApp deploys to, by name (`createBuilder({ chains })`; `default` for
   * `createBuilder({ chain })`), stored with the project: its edits and fixes use the same chain.
   * Default: the builder's `defaultChain`. A name the builder does not have is `CHAIN_NOT_CONFIGURED`;
   * a chain for another kind is `INVALID_INPUT`. See docs/chain.md#several-chains.
   */
  chain?: string;
  /**
   * Stop after the plan until it is approved: the run stores `plan.awaiting_approval` and the
   * status `awaiting_approval`, then waits (its wall time does not count) for `run.approvePlan(plan?)`
   * or `builder.approvePlan(runId, { plan? })`, from any process; `builder.rejectPlan` cancels it.
   * See docs/plan-approval.md. Default false.
   */
  approvePlan?: boolean;
  /**
   * Passed to the host's `beforeRun` hook as `request.metadata` (a project setting, a plan name):
   * a JSON object of at most 8 KiB (`RUN_METADATA_INVALID` otherwise). See docs/host-hooks.md#run-metadata.
   */
  metadata?: RunMetadata;
}

/** An already-deployed contract given to `generate`. */
export interface ExistingContractInput {
  address: `0x${string}`;
  abi: unknown[];
  chainId: number;
  /** Contract name shown in the app. Default `Contract`. */
  name?: string;
  rpcUrl?: string;
}

/** Longest prompt accepted, in characters. */
export const maxPromptLength = 20_000;

export const promptSchema = z.string().trim().min(1, 'the prompt is empty; say what to build').max(maxPromptLength, `the prompt is longer than ${maxPromptLength} characters; shorten it`);

/** An already-deployed contract to build a frontend for (`generate({ kind: 'dapp', contract })`). */
export const existingContractSchema = z
  .object({
    address: z.string().regex(/^0x[0-9a-fA-F]{40}$/, 'must be a 0x-prefixed 20-byte hex address'),
    abi: z.array(z.unknown()),
    chainId: z.number().int().positive(),
    name: z.string().min(1).max(100).optional(),
    rpcUrl: z.string().url().optional(),
  })
  .strict();

const generateSchema = z.object({
  prompt: promptSchema,
  kind: z.enum(['web', 'dapp', 'api']).default('web'),
  ownerId: z.string().min(1).optional(),
  name: z.string().min(1).max(200).optional(),
  template: z.string().optional(),
  contract: existingContractSchema.optional(),
  chain: z.string().min(1).max(100).optional(),
  approvePlan: z.boolean().optional(),
  metadata: z.unknown().optional(),
});

/** Where `generate({ contract })` puts the existing contract; the dapp checks read it. */
export const existingContractPath = 'contracts/existing.json';

/**
 * Starts a generation: creates the project and a run, then plans, builds, checks and fixes
 * until the app is verified, and stores a version.
 *
 * @example
 * const run = builder.generate({ prompt: 'a pomodoro timer', kind: 'web' });
 * const { version } = await run.result;
 */
export function generate(builder: BuilderContext, options: GenerateOptions): RunHandle {
  if ((options as { kind?: string }).kind === 'agent') {
    throw new BuildwrightError({
      code: 'INVALID_INPUT',
      message:
        "An agent is not a project: generate it with builder.agents.generate({ prompt }) (it resolves to the published agent version; see docs/agents.md). generate's kinds are 'web', 'dapp' and 'api'.",
      docsPage: 'agents.md#generating-an-agent-from-a-prompt',
    });
  }
  const input = parseInput(generateSchema, options);
  const ownerId = input.ownerId ?? builder.ownerId;
  const metadata = input.metadata === undefined ? {} : { metadata: parseRunMetadata(input.metadata) };
  if (input.contract && input.kind !== 'dapp') {
    throw new BuildwrightError({ code: 'INVALID_INPUT', message: `Invalid contract: a frontend for an existing contract is a dapp; pass kind: 'dapp' (got '${input.kind}').` });
  }
  // A named template or chain that does not exist fails the call itself, before anything starts.
  if (input.template !== undefined) namedTemplate(builder, input.template);
  const chain = chainOfNewProject(builder.options, input.kind, input.chain);
  const ids = { runId: randomUUID(), projectId: randomUUID() };
  // The host may refuse before anything is stored (or asked of the model).
  const admit = () => builder.hooks.admit(ids.runId, { ownerId, kind: input.kind, prompt: input.prompt, mode: 'generate', ...metadata }, budgetsOf(builder));
  const createRecords = async (status: 'running' | 'queued', budgets: Awaited<ReturnType<typeof admit>>) => {
    const { storage } = builder.options;
    const project = await storage.createProject({ id: ids.projectId, ownerId, name: input.name ?? nameFromPrompt(input.prompt), kind: input.kind, ...(chain === undefined ? {} : { chain }) });
    const run = await storage.createRun({
      id: ids.runId,
      ownerId,
      projectId: project.id,
      mode: 'generate',
      prompt: input.prompt,
      budgets,
      ...(status === 'queued' ? { status } : {}),
    });
    return { project, run };
  };
  if (builder.options.queue) {
    const start = { ...(input.template === undefined ? {} : { template: input.template }), ...(input.contract ? { contract: input.contract } : {}) };
    return enqueueRun(builder, { ...ids, ownerId }, { runId: ids.runId, ownerId, start, ...(input.approvePlan ? { approvePlan: true } : {}) }, async () => createRecords('queued', await admit()));
  }
  return startRun(builder, ids, async (signal) => {
    const start = await startingFiles(builder, input);
    const budgets = await admit();
    const newRun = { ...ids, ownerId, kind: input.kind, prompt: input.prompt, template: start.template, files: start.files, signal };
    const { records, planCall } = await withPlanCallBeforeRecords(builder, newRun, () => createRecords('running', budgets));
    return { ...records, ...start, baseVersion: null, approvePlan: input.approvePlan === true, ...(planCall ? { planCall } : {}) };
  });
}

/**
 * The template and files a generation starts from (the template's files, plus the existing
 * contract's description), and how the template was selected when it was chosen by similarity. A
 * worker rebuilds them from the run's job with the same options.
 */
export async function startingFiles(
  builder: BuilderContext,
  input: { kind: ProjectKind; prompt: string; template?: string | undefined; contract?: z.infer<typeof existingContractSchema> | undefined },
) {
  const { template, selection } = await selectTemplate(builder, input);
  const files: Record<string, string> = { ...template?.files };
  if (input.contract) files[existingContractPath] = `${JSON.stringify({ name: input.contract.name ?? 'Contract', ...input.contract }, null, 2)}\n`;
  return { template, files, ...(selection ? { templateSelection: selection } : {}), ...(input.template === undefined ? {} : { forcedTemplate: input.template }) };
}

export function budgetsOf(builder: BuilderContext) {
  const { maxFixAttempts, maxTokens, maxWallTimeMs } = builder.limits;
  return { maxFixAttempts, maxTokens, maxWallTimeMs };
}

export function parseInput<T>(schema: z.ZodType<T>, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0]!;
  throw new BuildwrightError({ code: 'INVALID_INPUT', message: `Invalid ${issue.path.join('.') || 'input'}: ${issue.message}.`, cause: parsed.error });
}

function nameFromPrompt(prompt: string): string {
  const words = prompt.replace(/\s+/g, ' ').trim().split(' ').slice(0, 8).join(' ');
  return words.length > 60 ? `${words.slice(0, 57)}...` : words;
}
