import { BuildwrightError } from '@buildwright/client';
import type { RequirementsOptions } from '../graph/nodes/requirements-node.js';
import type { BuilderOptions } from './run-context.js';

/**
 * A specialist agent of the run (`createBuilder({ agents: [...] })`): a named part that adds itself
 * to the builder's options — a node before the plan (the requirements analyst) or checks after the
 * build (testing, accessibility, performance, security: `@buildwright/adapters/checks`). Agents
 * apply in order, before the builder starts; `builder.options` shows the result.
 */
export interface BuilderAgent {
  /** The agent's name (`'requirements'`, `'testing'`, `'a11y'`, …); one agent of a name per builder. */
  readonly agent: string;
  /** The builder's options with this agent added. */
  apply(options: BuilderOptions): BuilderOptions;
}

/**
 * The requirements analyst as an agent: the same as `createBuilder({ requirements: options ?? true })`.
 *
 * @example
 * createBuilder({ llm, sandbox, storage, checks: webChecks(), agents: [requirements({ templates: 3 })] });
 */
export function requirements(options?: RequirementsOptions): BuilderAgent {
  return { agent: 'requirements', apply: (builder) => ({ ...builder, requirements: options ?? true }) };
}

/**
 * `options` with its `agents` applied, in order (and `agents` left out). Refused with
 * `INVALID_INPUT`: an entry that is not an agent, or two agents of one name.
 *
 * @example
 * const resolved = applyAgents({ llm, sandbox, storage, checks: webChecks(), agents: [requirements()] });
 * resolved.requirements; // true
 */
export function applyAgents(options: BuilderOptions): BuilderOptions {
  const { agents, ...rest } = options;
  if (agents === undefined) return options;
  const seen = new Set<string>();
  let applied: BuilderOptions = rest;
  for (const [index, agent] of (Array.isArray(agents) ? agents : [agents]).entries()) {
    if (typeof agent?.agent !== 'string' || typeof agent.apply !== 'function')
      throw invalid(`agents[${index}] is not an agent: use requirements() from @buildwright/core or testing(), a11y(), performance(), security() from @buildwright/adapters/checks.`);
    if (seen.has(agent.agent)) throw invalid(`agents has two "${agent.agent}" agents: give each agent once, with all its options.`);
    seen.add(agent.agent);
    applied = agent.apply(applied);
  }
  return applied;
}

const invalid = (message: string) => new BuildwrightError({ code: 'INVALID_INPUT', docsPage: 'specialist-agents.md', message: `createBuilder: ${message}` });
