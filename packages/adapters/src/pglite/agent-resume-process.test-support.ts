// One process of the agent crash test (test use only). `execute <dataDir> <agentId> <pause>` executes
// the support-triage agent on PGlite and hangs where `pause` says, printing `PAUSED <executionId>`
// so the parent can SIGKILL it: `in-tool` (the tool call was sent, the service holds its answer) or
// `between-steps` (the tool's result is stored, the second model call hangs). `resume <dataDir>
// <executionId>` resumes the execution in a new process and prints `RESULT <json>`: the record and
// the events of the resumed attempt.
import { createBuilder, type AgentEvent, type LlmAdapter } from '@buildwright/core';
import { memorySandbox, scriptedLlm } from '@buildwright/core/doubles';
import { pgliteStorage } from './pglite-storage.js';

const [mode, dataDir, target, pause] = process.argv.slice(2) as ['execute' | 'resume', string, string, 'in-tool' | 'between-steps' | undefined];

const lookup = { toolCalls: [{ name: 'lookup_customer', arguments: { email: 'ann@example.com' } }], usage: { inputTokens: 100, outputTokens: 10 } };
const answer = { toolCalls: [], text: '{"priority":"high"}', usage: { inputTokens: 150, outputTokens: 20 } };
const transcript = (...turns: object[]) => scriptedLlm({ transcript: { format: 'buildwright.transcript/v1', prompt: 'agent crash', turns } as never });

/** The model, hanging on its second call (after printing PAUSED) when the pause is between steps. */
function pausingModel(llm: LlmAdapter, executionId: () => string): LlmAdapter {
  let calls = 0;
  return {
    ...llm,
    stream(request) {
      if (++calls === 2 && pause === 'between-steps') {
        process.stdout.write(`PAUSED ${executionId()}\n`);
        return (async function* () {
          // Hang until killed: a timer keeps the process alive (with nothing pending, Node could exit 13
          // on the unsettled await before a busy parent's SIGKILL arrives).
          await new Promise(() => setInterval(() => undefined, 60_000));
        })();
      }
      return llm.stream(request);
    },
  };
}

const storage = pgliteStorage({ dataDir });
let executionId = '';
const model = mode === 'execute' ? pausingModel(transcript(lookup, answer), () => executionId) : transcript(answer);
const builder = createBuilder({ llm: model, sandbox: memorySandbox(), storage, agentModels: { 'triage-model': model } });
const events: AgentEvent[] = [];
const onEvent = (event: AgentEvent) => {
  executionId = event.executionId;
  events.push(event);
  if (event.type === 'tool.called' && pause === 'in-tool') process.stdout.write(`PAUSED ${executionId}\n`);
};
if (mode === 'execute') {
  await builder.agents.execute(target, { email: 'ann@example.com', ticket: 'Site down' }, { onEvent });
  process.stdout.write('UNEXPECTED END\n');
} else {
  const execution = await builder.agents.resume(target, { onEvent });
  const executions = await builder.agents.executions(execution.agentId);
  process.stdout.write(`RESULT ${JSON.stringify({ execution, executions, events })}\n`);
  await storage.close();
}
