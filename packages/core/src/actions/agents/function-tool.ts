import type { AgentFunctionTool } from '../../spec/agent-definition.js';
import type { Sandbox, SandboxAdapter } from '../../spec/sandbox.js';
import type { AgentToolResult } from './agent-tool-result.js';

/** Starts the line carrying the function's answer on stdout (anything the code logs comes before it). Internal: not exported from the package. */
export const functionToolResultMarker = '\u0000buildwright-function-tool-result:';

/**
 * The program run in the sandbox (CommonJS, any Node version). It reads the code and the arguments
 * from files beside it, runs the code as the body of an async function of `input`, and prints the
 * answer as JSON after the marker. A string, not a function's `toString()`: test and bundle
 * transforms rewrite `import()` and `import.meta` inside functions, which would break it there.
 */
const runnerSource = `'use strict';
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const read = (name) => readFileSync(join(__dirname, name), 'utf8');
const AsyncFunction = Object.getPrototypeOf(async () => {}).constructor;
const marker = ${JSON.stringify(functionToolResultMarker)};
const print = (answer) => {
  let line;
  try {
    line = JSON.stringify(answer);
  } catch (error) {
    line = JSON.stringify({ ok: false, error: 'the returned value is not JSON (' + (error && error.message) + ')' });
  }
  process.stdout.write('\\n' + marker + line + '\\n');
};
(async () => {
  try {
    const output = await new AsyncFunction('input', read('code.js'))(JSON.parse(read('input.json')));
    print({ ok: true, output: output === undefined ? null : output });
  } catch (error) {
    print({ ok: false, error: error instanceof Error ? error.name + ': ' + error.message : String(error) });
    process.exitCode = 1;
  }
})();
`;

/** What the function tools of one execution need. */
export interface AgentFunctionToolsInput {
  /** The builder's sandbox adapter: each execution's calls run in one sandbox of it. */
  sandbox: SandboxAdapter | undefined;
  executionId: string;
  signal: AbortSignal;
}

/** The function tools of one execution: calls in a sandbox opened on the first call and killed at the end. */
export interface AgentFunctionTools {
  call(tool: AgentFunctionTool, args: Record<string, unknown>): Promise<AgentToolResult>;
  /** Kills the sandbox, if one was opened. Never throws. */
  close(): Promise<void>;
}

/**
 * JavaScript function tools for an agent execution. Each call writes the tool's code and the model's
 * arguments into a sandbox of the builder's `SandboxAdapter` and runs them with `node` there (no
 * network, the tool's `timeoutMs`), never in the host process; the value the code returns, as JSON on
 * stdout, is the answer (cut at `maxOutputChars`). A thrown error, a timeout, a crash or an answer that
 * is not JSON is a tool error for the model. A sandbox without isolation (`localSandbox({ isolation:
 * 'none' })`) is refused: the code would run with the host's files and network.
 *
 * @example
 * const functions = createAgentFunctionTools({ sandbox: localSandbox(), executionId, signal });
 * const result = await functions.call(tool, { items: [{ price: 2 }] });
 */
export function createAgentFunctionTools(input: AgentFunctionToolsInput): AgentFunctionTools {
  let opening: Promise<Sandbox> | undefined;
  let calls = 0;
  const failed = (content: string): AgentToolResult => ({ ok: false, status: null, content });
  return {
    async call(tool, args) {
      if (!input.sandbox) return failed(`The tool ${tool.name} runs code in a sandbox, and this builder has none. Continue without it.`);
      let sandbox: Sandbox;
      try {
        opening ??= input.sandbox.open({ projectId: `agent-execution-${input.executionId}`, signal: input.signal });
        sandbox = await opening;
      } catch (error) {
        opening = undefined;
        if (input.signal.aborted) throw input.signal.reason;
        return failed(`The tool ${tool.name} is unavailable: its sandbox could not be opened (${error instanceof Error ? error.message : String(error)}).`);
      }
      if (sandbox.isolation === 'none') {
        return failed(`The tool ${tool.name} is refused: function tools run only in an isolated sandbox (bubblewrap or a VM), and this builder's sandbox has no isolation.`);
      }
      const directory = `.agent-tools/call-${++calls}`;
      const files = [`${directory}/tool.cjs`, `${directory}/code.js`, `${directory}/input.json`];
      try {
        await sandbox.writeFile(files[0]!, runnerSource);
        await sandbox.writeFile(files[1]!, tool.code);
        await sandbox.writeFile(files[2]!, JSON.stringify(args));
        const result = await sandbox.run({ command: `node ${directory}/tool.cjs`, timeoutMs: tool.timeoutMs, signal: input.signal, network: false });
        if (result.aborted && input.signal.aborted) throw input.signal.reason;
        if (result.timedOut) return failed(`The tool ${tool.name} timed out after ${tool.timeoutMs} ms. Call it with less work, or continue without it.`);
        if (result.limitExceeded) return failed(`The tool ${tool.name} was stopped: it went over the sandbox's ${result.limitExceeded} limit.`);
        const line = result.stdout.split('\n').findLast((candidate) => candidate.startsWith(functionToolResultMarker));
        if (line === undefined) {
          const stderr = result.stderr.trim().slice(0, 500);
          return failed(`The tool ${tool.name} crashed (exit ${result.exitCode})${stderr ? `: ${stderr}` : ''}.`);
        }
        const answer = JSON.parse(line.slice(functionToolResultMarker.length)) as { ok: true; output: unknown } | { ok: false; error: string };
        if (!answer.ok) return failed(`The tool ${tool.name} threw ${answer.error.slice(0, 1_000)}`);
        const text = JSON.stringify(answer.output);
        return { ok: true, status: null, content: text.length > tool.maxOutputChars ? `${text.slice(0, tool.maxOutputChars)}\n[cut: the answer had ${text.length} characters]` : text };
      } finally {
        await Promise.allSettled(files.map((file) => sandbox.removeFile(file)));
      }
    },
    async close() {
      const opened = opening;
      opening = undefined;
      if (opened) await opened.then((sandbox) => sandbox.kill()).catch(() => undefined);
    },
  };
}
