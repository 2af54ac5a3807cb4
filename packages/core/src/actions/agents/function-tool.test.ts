import { describe, expect, it } from 'vitest';
import type { AgentFunctionTool } from '../../spec/agent-definition.js';
import { agentFunctionToolSchema } from '../../spec/agent-definition.js';
import type { SandboxAdapter } from '../../spec/sandbox.js';
import { memorySandbox, type MemorySandboxCommand, type MemorySandboxHandler } from '../../testing/doubles/memory-sandbox.js';
import { createAgentFunctionTools, functionToolResultMarker } from './function-tool.js';

// The memory sandbox runs no code: its handler answers each command. These tests cover what the
// engine does around the sandbox (the files and command it writes, how it reads the answer, its
// errors and limits); the code itself runs in the local sandbox's test (agent-function-tool.int.test.ts).

const tool = (extra: Partial<AgentFunctionTool> = {}): AgentFunctionTool =>
  agentFunctionToolSchema.parse({ type: 'function', name: 'total', description: 'Adds numbers.', inputSchema: { type: 'object' }, code: 'return input.numbers.length;', ...extra });

const answer = (value: unknown) => ({ stdout: `some log line\n${functionToolResultMarker}${JSON.stringify(value)}\n` });

function setUp(handler: MemorySandboxHandler, adapter?: (inner: SandboxAdapter) => SandboxAdapter) {
  const seen: { command: string; network: boolean; files: Record<string, string> }[] = [];
  const inner = memorySandbox({
    handler(command: MemorySandboxCommand) {
      seen.push({ command: command.command, network: command.network, files: Object.fromEntries(command.files) });
      return handler(command);
    },
  });
  const sandbox = adapter ? adapter(inner) : inner;
  const functions = createAgentFunctionTools({ sandbox, executionId: 'execution-1', signal: new AbortController().signal });
  return { seen, functions, sandbox };
}

describe('agents: function tools (memory sandbox)', () => {
  it('default: the code and the arguments go into the sandbox, node runs them without network, the JSON after the marker is the answer; the files are removed', async () => {
    const { seen, functions, sandbox } = setUp(() => answer({ ok: true, output: { total: 3 } }));
    const result = await functions.call(tool(), { numbers: [1, 2] });
    expect(result).toEqual({ ok: true, status: null, content: '{"total":3}' });
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ command: 'node .agent-tools/call-1/tool.cjs', network: false });
    expect(seen[0]!.files['.agent-tools/call-1/code.js']).toBe('return input.numbers.length;');
    expect(seen[0]!.files['.agent-tools/call-1/input.json']).toBe('{"numbers":[1,2]}');
    expect(seen[0]!.files['.agent-tools/call-1/tool.cjs']).toContain("new AsyncFunction('input', read('code.js'))");
    expect(await (await sandbox.open({ projectId: 'agent-execution-execution-1' })).listFiles()).toEqual([]);
    await functions.call(tool(), { numbers: [] });
    expect(seen[1]!.command).toBe('node .agent-tools/call-2/tool.cjs');
  });

  it('behavior: a long answer is cut at maxOutputChars with a note', async () => {
    const { functions } = setUp(() => answer({ ok: true, output: 'x'.repeat(500) }));
    const result = await functions.call(tool({ maxOutputChars: 100 }), {});
    expect(result.ok).toBe(true);
    expect(result.content).toBe(`"${'x'.repeat(99)}\n[cut: the answer had 502 characters]`);
  });

  it('error: a throw, a crash without an answer and a timeout are tool errors for the model', async () => {
    const thrown = setUp(() => ({ ...answer({ ok: false, error: 'TypeError: no orders' }), exitCode: 1 }));
    expect(await thrown.functions.call(tool(), {})).toEqual({ ok: false, status: null, content: 'The tool total threw TypeError: no orders' });
    const crashed = setUp(() => ({ exitCode: 134, stderr: 'FATAL ERROR: heap out of memory' }));
    expect(await crashed.functions.call(tool(), {})).toMatchObject({ ok: false, content: 'The tool total crashed (exit 134): FATAL ERROR: heap out of memory.' });
    const slow = setUp(({ signal }) => new Promise((resolve) => signal.addEventListener('abort', () => resolve({ exitCode: null }))));
    expect(await slow.functions.call(tool({ timeoutMs: 30 }), {})).toMatchObject({ ok: false, content: expect.stringContaining('timed out after 30 ms') });
  });

  it('error: a sandbox without isolation is refused and runs nothing; no sandbox at all is a tool error', async () => {
    const { seen, functions } = setUp(
      () => answer({ ok: true, output: 1 }),
      (inner) => ({ ...inner, open: async (options) => ({ ...(await inner.open(options)), isolation: 'none' as const }) }),
    );
    expect(await functions.call(tool(), {})).toMatchObject({ ok: false, content: expect.stringContaining('run only in an isolated sandbox') });
    expect(seen).toEqual([]);
    const none = createAgentFunctionTools({ sandbox: undefined, executionId: 'execution-2', signal: new AbortController().signal });
    expect(await none.call(tool(), {})).toMatchObject({ ok: false, content: expect.stringContaining('this builder has none') });
  });
});
