import { BuildwrightError } from '@buildwright/client';
import { formatZodIssues } from '../../protocol/format-zod-issues.js';
import { agentDefinitionSchema, type AgentDefinition, type AgentDefinitionInput } from '../../spec/agent-definition.js';
import type { ToolDecision } from '../../spec/storage.js';
import type { AgentExecutionRecord, AgentRecord, AgentStats, AgentStatsQuery, AgentVersionRecord } from '../../spec/agent-storage.js';
import { agentExecutionNotFound, agentNotFound, agentVersionNotFound } from '../../versions/agent-errors.js';
import { diffAgentDefinitions, type AgentDefinitionChange } from './agent-diff.js';
import { agentTypeScript } from './agent-export.js';
import { approveAgentTool } from './agent-tool-approvals.js';
import { executeAgent, type ExecuteAgentOptions } from './execute-agent.js';
import { editAgent, generateAgent, type AgentGenerationContext, type GenerateAgentOptions, type GenerateAgentResult } from './generate-agent.js';
import { resumeAgentExecution, resumeInterruptedAgentExecutions, type ResumeAgentOptions, type ResumeInterruptedResult } from './resume-agent.js';
import { runAgentEvals, type AgentEvalReport } from './run-agent-evals.js';

type Owner = { ownerId?: string };

/** A published version by number, or the draft. */
export type AgentRevision = number | 'draft';

/** An agent exported to leave the SDK's storage: its definition (JSON) and a TypeScript module that runs it. */
export interface AgentExport {
  agentId: string;
  revision: AgentRevision;
  definition: AgentDefinition;
  /** A standalone module running the agent on the SDK (see `agentTypeScript`). */
  typescript: string;
}

/** `builder.agents`: agents of an owner, their versions, executions and analytics. See docs/agents.md. */
export interface AgentsApi {
  /** Stores a new agent whose draft is `definition` (checked: `INVALID_INPUT` says what is wrong). */
  create(definition: AgentDefinitionInput, options?: Owner & { id?: string }): Promise<AgentRecord>;
  /** Replaces the draft; published versions stay as they are. */
  update(agentId: string, definition: AgentDefinitionInput, options?: Owner): Promise<AgentRecord>;
  /** Publishes the draft as the next immutable version, the one `execute` uses from now on. */
  publish(agentId: string, options?: Owner): Promise<AgentVersionRecord>;
  list(options?: Owner): Promise<AgentRecord[]>;
  /** The agent; `AGENT_NOT_FOUND` when it is not the owner's. */
  get(agentId: string, options?: Owner): Promise<AgentRecord>;
  /** Published versions, oldest first. */
  versions(agentId: string, options?: Owner): Promise<AgentVersionRecord[]>;
  /** Deletes the agent with its versions and executions. */
  delete(agentId: string, options?: Owner): Promise<void>;
  /** Copies a published version into the draft (publish it to make it the head again). */
  restore(agentId: string, version: number, options?: Owner): Promise<AgentRecord>;
  /** Executes the published head (or `version`) and resolves to the stored execution, succeeded or failed. See `executeAgent`. */
  execute(agentId: string, input: unknown, options?: Owner & Pick<ExecuteAgentOptions, 'version' | 'signal' | 'onEvent'>): Promise<AgentExecutionRecord>;
  /**
   * Decides an MCP tool call waiting for approval (`tool.approval_requested` of an execution running
   * in this process): `allow` calls the tool, `deny` refuses it. `TOOL_APPROVAL_NOT_FOUND` when no
   * such call of this owner's agent waits.
   */
  approveTool(agentId: string, executionId: string, approvalId: string, decision: ToolDecision, options?: Owner): Promise<void>;
  /**
   * Continues a `running` execution from its last stored progress (its process died, or take it
   * over) and resolves to its record once it ended; an ended one resolves unchanged. See docs/agents.md#resuming-an-execution.
   */
  resume(executionId: string, options?: Owner & Pick<ResumeAgentOptions, 'signal' | 'onEvent' | 'onlyExpired'>): Promise<AgentExecutionRecord>;
  /** Continues every running execution (of any owner) whose lease ran out; call it at start and every minute. */
  resumeInterrupted(options?: { limit?: number }): Promise<ResumeInterruptedResult>;
  /** One stored execution; `AGENT_EXECUTION_NOT_FOUND` when it is not the agent's or not the owner's. */
  execution(agentId: string, executionId: string, options?: Owner): Promise<AgentExecutionRecord>;
  /** Stored executions, newest first. */
  executions(agentId: string, options?: Owner & { limit?: number }): Promise<AgentExecutionRecord[]>;
  /** Analytics by day and version over the finished executions. */
  stats(agentId: string, options?: Owner & AgentStatsQuery): Promise<AgentStats>;
  /**
   * Generates an agent from a prompt: the planner writes the definition and 5 to 10 eval cases, the
   * evals run against the draft, failures go to fix turns, and only a passing draft is published
   * (version 1). `AGENT_EVALS_FAILED` (draft stored, nothing published), `AGENT_DEFINITION_INVALID`.
   */
  generate(options: Owner & GenerateAgentOptions): Promise<GenerateAgentResult>;
  /** Changes an agent the same way as `generate`; a passing draft is published as the next version. */
  edit(agentId: string, options: Owner & GenerateAgentOptions): Promise<GenerateAgentResult>;
  /** Runs the eval cases of the draft (or `revision`) with the agent's models; nothing is stored. */
  evaluate(agentId: string, options?: Owner & { revision?: AgentRevision; signal?: AbortSignal }): Promise<AgentEvalReport>;
  /** Field-level changes from one revision to another (`to` defaults to the draft). */
  diff(agentId: string, from: AgentRevision, to?: AgentRevision, options?: Owner): Promise<AgentDefinitionChange[]>;
  /** The published head (or `revision`) as JSON and as a standalone TypeScript module; the draft before the first publish. */
  export(agentId: string, options?: Owner & { revision?: AgentRevision }): Promise<AgentExport>;
}

/** Checks a definition as written and fills its defaults. */
export function parseAgentDefinition(definition: unknown): AgentDefinition {
  const parsed = agentDefinitionSchema.safeParse(definition);
  if (parsed.success) return parsed.data;
  const problems = formatZodIssues(parsed.error, { root: 'definition', limit: 5 });
  throw new BuildwrightError({ code: 'INVALID_INPUT', message: `Invalid agent definition (${problems}). See docs/agents.md for the format.`, docsPage: 'agents.md#the-definition' });
}

/**
 * Binds the agent actions to a builder's storage and models; `defaultOwnerId` is the owner when a
 * call names none.
 *
 * @example
 * const agents = bindAgents({ storage, agentModels: { default: llm } }, 'local');
 * const agent = await agents.create({ format: 'buildwright.agent/v1', name: 'Triage', instructions: '...', model: 'default' });
 */
export function bindAgents(context: AgentGenerationContext, defaultOwnerId: string): AgentsApi {
  const { storage } = context;
  const ownerOf = (options?: Owner) => options?.ownerId ?? defaultOwnerId;
  return {
    create: async (definition, options) => storage.createAgent({ ownerId: ownerOf(options), draft: parseAgentDefinition(definition), ...(options?.id === undefined ? {} : { id: options.id }) }),
    update: async (agentId, definition, options) => storage.updateAgentDraft({ ownerId: ownerOf(options), agentId, draft: parseAgentDefinition(definition) }),
    publish: (agentId, options) => storage.publishAgent({ ownerId: ownerOf(options), agentId }),
    list: (options) => storage.listAgents({ ownerId: ownerOf(options) }),
    async get(agentId, options) {
      const agent = await storage.getAgent({ ownerId: ownerOf(options), agentId });
      if (!agent) throw agentNotFound(agentId);
      return agent;
    },
    async versions(agentId, options) {
      const ownerId = ownerOf(options);
      if (!(await storage.getAgent({ ownerId, agentId }))) throw agentNotFound(agentId);
      return storage.listAgentVersions({ ownerId, agentId });
    },
    delete: (agentId, options) => storage.deleteAgent({ ownerId: ownerOf(options), agentId }),
    restore: (agentId, version, options) => storage.restoreAgentVersion({ ownerId: ownerOf(options), agentId, version }),
    execute: (agentId, input, options) => {
      const { ownerId: _ownerId, ...rest } = options ?? {};
      return executeAgent(context, { ...rest, ownerId: ownerOf(options), agentId, input });
    },
    async approveTool(agentId, executionId, approvalId, decision, options) {
      approveAgentTool({ ownerId: ownerOf(options), agentId, executionId, id: approvalId, decision });
    },
    resume: (executionId, options) => {
      const { ownerId: _ownerId, ...rest } = options ?? {};
      return resumeAgentExecution(context, { ...rest, ownerId: ownerOf(options), executionId });
    },
    resumeInterrupted: (options) => resumeInterruptedAgentExecutions(context, options),
    async execution(agentId, executionId, options) {
      const ownerId = ownerOf(options);
      if (!(await storage.getAgent({ ownerId, agentId }))) throw agentNotFound(agentId);
      const execution = await storage.getAgentExecution({ ownerId, executionId });
      if (!execution || execution.agentId !== agentId) throw agentExecutionNotFound(executionId);
      return execution;
    },
    async executions(agentId, options) {
      const ownerId = ownerOf(options);
      if (!(await storage.getAgent({ ownerId, agentId }))) throw agentNotFound(agentId);
      return storage.listAgentExecutions({ ownerId, agentId, ...(options?.limit === undefined ? {} : { limit: options.limit }) });
    },
    async stats(agentId, options) {
      const { ownerId: _ownerId, ...query } = options ?? {};
      const ownerId = ownerOf(options);
      if (!(await storage.getAgent({ ownerId, agentId }))) throw agentNotFound(agentId);
      return storage.agentStats({ ownerId, agentId, ...query });
    },
    generate: (options) => generateAgent(context, { ...options, ownerId: ownerOf(options) }),
    edit: (agentId, options) => editAgent(context, agentId, { ...options, ownerId: ownerOf(options) }),
    async evaluate(agentId, options) {
      const ownerId = ownerOf(options);
      const definition = await definitionAt(ownerId, agentId, options?.revision ?? 'draft');
      return runAgentEvals(context, { definition, agentId, ownerId, ...(options?.signal ? { signal: options.signal } : {}) });
    },
    async diff(agentId, from, to = 'draft', options) {
      const ownerId = ownerOf(options);
      return diffAgentDefinitions(await definitionAt(ownerId, agentId, from), await definitionAt(ownerId, agentId, to));
    },
    async export(agentId, options) {
      const ownerId = ownerOf(options);
      const agent = await storage.getAgent({ ownerId, agentId });
      if (!agent) throw agentNotFound(agentId);
      const revision = options?.revision ?? agent.publishedVersion ?? 'draft';
      const definition = await definitionAt(ownerId, agentId, revision);
      const source = `agent ${agentId}, ${revision === 'draft' ? 'draft' : `version ${revision}`}`;
      return { agentId, revision, definition, typescript: agentTypeScript(definition, { source }) };
    },
  };

  async function definitionAt(ownerId: string, agentId: string, revision: AgentRevision): Promise<AgentDefinition> {
    if (revision === 'draft') {
      const agent = await storage.getAgent({ ownerId, agentId });
      if (!agent) throw agentNotFound(agentId);
      return agent.draft;
    }
    const version = await storage.getAgentVersion({ ownerId, agentId, version: revision });
    if (version) return version.definition;
    if (!(await storage.getAgent({ ownerId, agentId }))) throw agentNotFound(agentId);
    throw agentVersionNotFound(agentId, revision);
  }
}
