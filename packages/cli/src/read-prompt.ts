import { text } from 'node:stream/consumers';
import { UsageError } from './usage-error.js';

/**
 * The prompt argument, checked: `-` reads it from stdin; an empty prompt or one over the
 * engine's limit (`maxPromptLength`, 20,000 characters) is a usage error. With `server`, the
 * length is left to the server (`--server`: the engine is not loaded here), which refuses a prompt
 * over its limit with `INVALID_INPUT`, a usage error too.
 *
 * @example
 * const prompt = await readPrompt(args.positionals[0]!, process.stdin);
 */
export async function readPrompt(argument: string, stdin: NodeJS.ReadableStream = process.stdin, options: { server?: boolean } = {}): Promise<string> {
  const prompt = argument === '-' ? await text(stdin) : argument;
  if (prompt.trim() === '') throw new UsageError('The prompt is empty: say what to build, e.g. buildwright generate "a habit tracker with streaks".');
  if (options.server) return prompt;
  const { maxPromptLength } = await import('@buildwright/core');
  if (prompt.trim().length > maxPromptLength) {
    throw new UsageError(`The prompt has ${prompt.trim().length.toLocaleString('en')} characters, over the limit of ${maxPromptLength.toLocaleString('en')}: shorten it.`);
  }
  return prompt;
}
