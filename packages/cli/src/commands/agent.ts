import { readFile, writeFile } from 'node:fs/promises';
import type { AgentDefinition, AgentGenerationEvent, AgentRevision, AgentStorage, AgentsApi } from '@buildwright/core';
import { llmFromFlags, storageFromFlags } from '../adapters-from-flags.js';
import { print, type Command, type CommandContext } from '../cli-io.js';
import { withStorage } from '../open-storage.js';
import { table } from '../render/table.js';
import { UsageError } from '../usage-error.js';

/** The actions of `buildwright agent`, with their arguments. */
export const agentUsage: Record<string, string> = {
  create: '<definition.json>',
  list: '',
  show: '<agent>',
  update: '<agent> <definition.json>',
  publish: '<agent>',
  versions: '<agent>',
  diff: '<agent> <from> [to]',
  restore: '<agent> <version>',
  execute: '<agent> <input> [version] [--llm <model>]',
  executions: '<agent> [--limit n]',
  stats: '<agent> [--from YYYY-MM-DD] [--to YYYY-MM-DD]',
  export: '<agent> [version|draft] [--out file.agent.mts|file.json]',
  delete: '<agent>',
  generate: '<prompt> [--llm <model>]',
  edit: '<agent> <prompt> [--llm <model>]',
};

/**
 * `buildwright agent <action> …`: agents of the owner (docs/agents.md) — generate one from a prompt
 * (verified by its evals), create one from a definition file, publish versions, execute with the `--llm` model, read executions and stats,
 * diff versions, export as JSON or a standalone TypeScript module.
 *
 * @example
 * buildwright agent create triage.agent.json
 * buildwright agent execute 4f1c… '"ann@example.com: the site is down"' --llm openai:gpt-4.1-mini
 */
export const agentCommand: Command = async (context) => {
  const { flags, positionals } = context.args;
  const [action = '', agentId, first, second] = positionals;
  const usage = agentUsage[action];
  if (usage === undefined) throw new UsageError(`Unknown agent action "${action.slice(0, 40)}". Actions: ${Object.keys(agentUsage).join(', ')}. Run buildwright agent --help.`);
  const argumentsOnly = usage.replace(/\[--[^\]]*\]/g, '').split(' ');
  const needed = argumentsOnly.filter((part) => part.startsWith('<')).length;
  const allowed = argumentsOnly.filter((part) => part.startsWith('<') || part.startsWith('[')).length;
  const given = [agentId, first, second].filter((value) => value !== undefined).length;
  if (given < needed || given > allowed) throw new UsageError(`Usage: buildwright agent ${action} ${usage}`.trim());

  const { bindAgents } = await import('@buildwright/core');
  if (action === 'create') {
    const definition = await readDefinition(agentId!);
    const resolved = await storageFromFlags(flags);
    try {
      const agent = await bindAgents({ storage: resolved!.storage }, flags.owner ?? 'local').create(definition);
      print(context, agent, `Created agent ${agent.id} ("${agent.name}"). Publish it: buildwright agent publish ${agent.id}`);
    } finally {
      await resolved!.storage.close();
    }
    return 0;
  }
  if (action === 'generate' || action === 'edit') return generate(context, action === 'edit' ? agentId : undefined, action === 'edit' ? first! : agentId!);
  if (action === 'execute') return execute(context, agentId!, first!, second === undefined ? undefined : versionNumber(second));
  return withStorage(flags, async (storage, ownerId) => {
    return manage(context, bindAgents({ storage }, ownerId), action, agentId, first, second);
  });
};

async function manage(context: CommandContext, agents: AgentsApi, action: string, agentId?: string, first?: string, second?: string): Promise<number> {
  const { flags } = context.args;
  const id = agentId!;
  switch (action) {
    case 'list': {
      const list = await agents.list();
      if (flags.json) for (const agent of list) print(context, agent, '');
      else if (list.length === 0) context.stdout.write('No agents yet. Create one: buildwright agent create <definition.json>\n');
      else
        context.stdout.write(
          `${table([['AGENT', 'VERSION', 'UPDATED', 'NAME'], ...list.map((agent) => [agent.id, agent.publishedVersion === null ? 'draft' : String(agent.publishedVersion), day(agent.updatedAt), agent.name])])}\n`,
        );
      return 0;
    }
    case 'show': {
      const agent = await agents.get(id);
      const versions = await agents.versions(id);
      if (flags.json) return (print(context, { agent, versions }, ''), 0);
      const head = agent.publishedVersion === null ? 'not published' : `version ${agent.publishedVersion} of ${versions.length}`;
      context.stdout.write(`${agent.name} (${agent.id}), ${head}, model "${agent.draft.model}", ${agent.draft.tools.length} tools, ${agent.draft.evals.length} evals\n\n${agent.draft.instructions}\n`);
      return 0;
    }
    case 'update': {
      const agent = await agents.update(id, await readDefinition(first!));
      print(context, agent, `Updated the draft of ${agent.id}. Publish it: buildwright agent publish ${agent.id}`);
      return 0;
    }
    case 'publish': {
      const version = await agents.publish(id);
      print(context, version, `Published version ${version.version} of ${id}: execute runs it from now on.`);
      return 0;
    }
    case 'versions': {
      const versions = await agents.versions(id);
      if (flags.json) for (const version of versions) print(context, version, '');
      else
        context.stdout.write(
          `${table([['VERSION', 'PUBLISHED', 'MODEL', 'TOOLS'], ...versions.map((version) => [String(version.version), day(version.publishedAt), version.definition.model, String(version.definition.tools.length)])])}\n`,
        );
      return 0;
    }
    case 'diff': {
      const from = revision(first!);
      const to = second === undefined ? 'draft' : revision(second);
      const changes = await agents.diff(id, from, to);
      if (flags.json) return (print(context, { from, to, changes }, ''), 0);
      const lines = changes.map(
        (change) =>
          `${change.change === 'added' ? '+' : change.change === 'removed' ? '-' : '~'} ${change.path}: ${[change.before, change.after]
            .filter((value) => value !== undefined)
            .map(show)
            .join(' → ')}`,
      );
      context.stdout.write(`${lines.length === 0 ? `No changes from ${from} to ${to}.` : lines.join('\n')}\n`);
      return 0;
    }
    case 'restore': {
      const agent = await agents.restore(id, versionNumber(first!));
      print(context, agent, `Copied version ${first} into the draft of ${id}. Publish it to make it the head again.`);
      return 0;
    }
    case 'executions': {
      const executions = await agents.executions(id, flags.limit === undefined ? {} : { limit: flags.limit });
      if (flags.json) for (const execution of executions) print(context, execution, '');
      else
        context.stdout.write(
          `${table([['EXECUTION', 'VERSION', 'STATUS', 'MS', 'TOKENS', 'STARTED'], ...executions.map((execution) => [execution.id, String(execution.version), execution.status, String(execution.latencyMs ?? '-'), String(execution.inputTokens + execution.outputTokens), execution.startedAt.slice(0, 19).replace('T', ' ')])])}\n`,
        );
      return 0;
    }
    case 'stats': {
      const stats = await agents.stats(id, { ...(flags.from ? { from: flags.from } : {}), ...(flags.to ? { to: flags.to } : {}) });
      print(context, stats, JSON.stringify(stats, null, 2));
      return 0;
    }
    case 'export': {
      const exported = await agents.export(id, first === undefined ? {} : { revision: revision(first) });
      const json = `${JSON.stringify(exported.definition, null, 2)}\n`;
      if (flags.out === undefined) return (context.stdout.write(json), 0);
      const typescript = /\.m?ts$/.test(flags.out);
      if (!typescript && !flags.out.endsWith('.json')) throw new UsageError(`--out "${flags.out}" must end in .mts or .ts (a TypeScript module that runs the agent) or .json (the definition).`);
      await writeFile(flags.out, typescript ? exported.typescript : json);
      print(
        context,
        { out: flags.out, revision: exported.revision },
        `Wrote ${exported.revision === 'draft' ? 'the draft' : `version ${exported.revision}`} to ${flags.out}${typescript ? ` (run it: npx tsx ${flags.out} '"your input"')` : ''}.`,
      );
      return 0;
    }
    default: {
      await agents.delete(id);
      print(context, { id, deleted: true }, `Deleted agent ${id} with its versions and executions.`);
      return 0;
    }
  }
}

/** Executes with the `--llm` model under the name the executed version's definition gives its model. */
async function execute(context: CommandContext, agentId: string, text: string, version: number | undefined): Promise<number> {
  const { flags } = context.args;
  const { bindAgents } = await import('@buildwright/core');
  const { llm } = await llmFromFlags(flags, context.env);
  return withStorage(flags, async (storage, ownerId) => {
    const { definition } = await bindAgents({ storage }, ownerId).export(agentId, version === undefined ? {} : { revision: version });
    const agents = bindAgents({ storage, agentModels: { [definition.model]: llm } }, ownerId);
    const execution = await agents.execute(agentId, parseInput(text), {
      ...(version === undefined ? {} : { version }),
      onEvent: (event) => {
        if (!flags.json) context.stderr.write(`${event.type}${'tool' in event ? ` ${String(event.tool)}` : ''}\n`);
      },
    });
    const human = execution.status === 'succeeded' ? show(execution.output) : `Failed: ${execution.error?.message ?? 'unknown error'}`;
    print(context, execution, human);
    return execution.status === 'succeeded' ? 0 : 1;
  });
}

/**
 * Generates an agent from a prompt (or edits one) with the `--llm` model as the planner, the agent's
 * model (named `default` for a new agent) and the judge: events on stderr, the published version on stdout.
 */
async function generate(context: CommandContext, agentId: string | undefined, prompt: string): Promise<number> {
  const { flags } = context.args;
  const { bindAgents } = await import('@buildwright/core');
  const { llm } = await llmFromFlags(flags, context.env);
  const run = async (storage: AgentStorage, ownerId: string) => {
    const model = agentId === undefined ? 'default' : (await bindAgents({ storage }, ownerId).get(agentId)).draft.model;
    const agents = bindAgents({ storage, llm, agentModels: { [model]: llm } }, ownerId);
    const onEvent = (event: AgentGenerationEvent) => {
      if (flags.json || event.type === 'usage') return;
      const detail =
        event.type === 'evals.completed'
          ? ` ${event.passed}/${event.total} passed`
          : event.type === 'fix.started'
            ? ` ${event.failures.map((failure) => failure.name).join(', ')}`
            : event.type === 'agent.published'
              ? ` version ${event.version}`
              : event.type === 'definition.rejected'
                ? ` ${event.problems}`
                : '';
      context.stderr.write(`${event.type}${detail}\n`);
    };
    const result = agentId === undefined ? await agents.generate({ prompt, model, onEvent }) : await agents.edit(agentId, { prompt, onEvent });
    const turns = `${result.fixTurns} fix turn${result.fixTurns === 1 ? '' : 's'}`;
    print(
      context,
      result,
      `Published version ${result.version.version} of agent ${result.agent.id} ("${result.agent.name}"): ${result.evals.passed} of ${result.evals.total} evals passed after ${turns}.`,
    );
    return 0;
  };
  if (agentId !== undefined) return withStorage(flags, run);
  // A new agent may be the first thing stored: like create, this opens (or makes) the data directory.
  const resolved = await storageFromFlags(flags);
  try {
    return await run(resolved!.storage, flags.owner ?? 'local');
  } finally {
    await resolved!.storage.close();
  }
}

/** The definition in the file, checked (`INVALID_INPUT` names the field). */
async function readDefinition(path: string): Promise<AgentDefinition> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new UsageError(`Cannot read the agent definition "${path}". Give a JSON file in the buildwright.agent/v1 format (docs/agents.md).`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new UsageError(`"${path}" is not valid JSON. An agent definition is a JSON object in the buildwright.agent/v1 format (docs/agents.md).`);
  }
  const { parseAgentDefinition } = await import('@buildwright/core');
  return parseAgentDefinition(value);
}

/** The input as JSON when it parses, otherwise the text itself. */
function parseInput(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function revision(value: string): AgentRevision {
  return value === 'draft' ? 'draft' : versionNumber(value);
}

function versionNumber(value: string): number {
  if (/^[1-9]\d{0,8}$/.test(value)) return Number(value);
  throw new UsageError(`"${value.slice(0, 40)}" is not a version number (1, 2, 3...).`);
}

function day(iso: string): string {
  return iso.slice(0, 19).replace('T', ' ');
}

function show(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}
