import type { CliArgs } from './parse-args.js';
import type { Renderer } from './render/renderer.js';

/** What every command gets: its parsed arguments, the output streams and the environment. */
export interface CommandContext {
  args: CliArgs;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  env: NodeJS.ProcessEnv;
}

/** A command: runs and returns the process exit code. */
export type Command = (context: CommandContext) => Promise<number>;

/**
 * The renderer the flags ask for: NDJSON with `--json`, else the live step list.
 *
 * @example
 * const renderer = await rendererFor(context, { maxFixAttempts: 3 });
 */
export async function rendererFor(context: CommandContext, options: { maxFixAttempts: number; servesAfterRun?: boolean }): Promise<Renderer> {
  if (context.args.flags.json) {
    const { ndjsonRenderer } = await import('./render/ndjson.js');
    return ndjsonRenderer({ stdout: context.stdout, stderr: context.stderr });
  }
  const [{ humanRenderer }, { streamTerminal }] = await Promise.all([import('./render/human.js'), import('./render/terminal.js')]);
  return humanRenderer({ terminal: streamTerminal(context.stdout, context.env), maxFixAttempts: options.maxFixAttempts, servesAfterRun: options.servesAfterRun ?? false });
}

/**
 * Writes one record: a JSON line with `--json`, else the human text.
 *
 * @example
 * print(context, project, `${project.id}  ${project.name}`);
 */
export function print(context: CommandContext, record: unknown, human: string): void {
  context.stdout.write(context.args.flags.json ? `${JSON.stringify(record)}\n` : `${human}\n`);
}

/**
 * Resolves once everything written to the stream so far has been handed to the OS (before exit).
 *
 * @example
 * await flush(process.stdout);
 * process.exit(code);
 */
export function flush(stream: NodeJS.WritableStream): Promise<void> {
  return new Promise((resolve) => {
    if (!stream.write('', () => resolve())) stream.once('drain', () => resolve());
  });
}
