import type { AgentDefinition } from '../../spec/agent-definition.js';

/**
 * The packages' scope in the generated module's imports. Written as a constant so that the module's
 * text is not taken for imports of core's own (core imports no other package than the client, and
 * never its adapters; see import-layers.test.ts).
 */
const scope = '@buildwright';

/**
 * A standalone TypeScript module that runs the agent on the SDK, with no Buildwright storage or
 * server: it exports `definition` and `runAgent(input, { llm? })`, and run as a script it executes
 * the agent once on the input given as its argument (JSON, or plain text) with an OpenAI-compatible
 * model (`OPENAI_API_KEY` / `OPENAI_BASE_URL`, `OPENAI_MODEL`) and prints the execution as JSON.
 *
 * @example
 * writeFileSync('support-triage.agent.mts', agentTypeScript(version.definition, { source: 'agent 4f1c…, version 2' }));
 * // npx tsx support-triage.agent.mts '"ann@example.com: the site is down"'
 */
export function agentTypeScript(definition: AgentDefinition, options: { source?: string } = {}): string {
  const from = options.source ? ` (${options.source})` : '';
  return `// ${oneLine(definition.name)}: an agent exported from Buildwright${from}.
// Run it:   OPENAI_API_KEY=... npx tsx ${fileStem(definition.name)}.agent.mts '"your input"'
// or import { runAgent } from it. Needs @buildwright/core and @buildwright/adapters; an ES module
// (.mts, or .ts in a package with "type": "module").
import { createBuilder, type AgentDefinitionInput, type AgentExecutionRecord, type LlmAdapter, type SandboxAdapter, type ToolProvider } from '${scope}/core';
import { localSandbox } from '${scope}/adapters/local';
import { memoryStorage } from '${scope}/adapters/memory';
import { openaiLlm } from '${scope}/adapters/openai';
import { pathToFileURL } from 'node:url';

export const definition: AgentDefinitionInput = ${JSON.stringify(definition, null, 2)};

/**
 * Executes the agent once on \`input\` and resolves to the execution (succeeded or failed). Function
 * tools run in \`sandbox\` (default a local bubblewrap sandbox); MCP tools call the servers of \`mcp\`
 * (\`mcpServer()\` from @buildwright/adapters/mcp) named by the definition.
 */
export async function runAgent(input: unknown, options: { llm?: LlmAdapter; fetch?: typeof fetch; sandbox?: SandboxAdapter; mcp?: ToolProvider[] } = {}): Promise<AgentExecutionRecord> {
  const llm = options.llm ?? openaiLlm({ model: process.env.OPENAI_MODEL ?? ${JSON.stringify(definition.model)} });
  const builder = createBuilder({
    llm,
    sandbox: options.sandbox ?? localSandbox({ root: '.buildwright/agent-sandboxes' }),
    storage: memoryStorage(),
    agentModels: { [definition.model]: llm },
    ...(options.fetch ? { agentFetch: options.fetch } : {}),
    ...(options.mcp ? { mcp: options.mcp } : {}),
  });
  try {
    const agent = await builder.agents.create(definition);
    await builder.agents.publish(agent.id);
    return await builder.agents.execute(agent.id, input);
  } finally {
    await builder.close();
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const text = process.argv[2] ?? '';
  let input: unknown = text;
  try {
    input = JSON.parse(text);
  } catch {}
  const execution = await runAgent(input);
  console.log(JSON.stringify(execution, null, 2));
  process.exitCode = execution.status === 'succeeded' ? 0 : 1;
}
`;
}

/** A file name for the agent: its name in lowercase words joined by hyphens. */
export function fileStem(name: string): string {
  return (
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || 'agent'
  );
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').slice(0, 120);
}
