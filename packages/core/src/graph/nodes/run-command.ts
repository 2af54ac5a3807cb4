import type { EventInput } from '../../events/events.js';
import type { CheckContext } from '../../spec/check.js';
import type { Sandbox, SandboxCommandResult } from '../../spec/sandbox.js';

/** Options a check passes to `CheckContext.run`. */
export type CheckCommandOptions = NonNullable<Parameters<CheckContext['run']>[1]>;

let commandCounter = 0;

/**
 * Runs a command in the sandbox as `CheckContext.run` does: `command.started`, a
 * `command.output` per chunk while it runs, then `command.exited` once every output event is out.
 */
export async function runCommandWithEvents(input: {
  sandbox: Sandbox;
  emit(event: EventInput): Promise<void>;
  signal: AbortSignal;
  command: string;
  options?: CheckCommandOptions;
}): Promise<SandboxCommandResult> {
  const { sandbox, emit, command } = input;
  const commandId = `cmd-${++commandCounter}`;
  await emit({ type: 'command.started', commandId, command });
  const pending: Promise<void>[] = [];
  const result = await sandbox.run({
    command,
    signal: input.signal,
    ...input.options,
    onOutput: (chunk) => void pending.push(emit({ type: 'command.output', commandId, stream: chunk.stream, text: chunk.text })),
  });
  await Promise.all(pending);
  await emit({
    type: 'command.exited',
    commandId,
    exitCode: result.exitCode,
    timedOut: result.timedOut,
    durationMs: result.durationMs,
    ...(result.limitExceeded ? { limitExceeded: result.limitExceeded } : {}),
  });
  return result;
}
