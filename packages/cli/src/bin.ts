#!/usr/bin/env node
import { flush } from './cli-io.js';
import { helpText } from './help.js';
import { parseCliArgs } from './parse-args.js';
import { UsageError } from './usage-error.js';
import { version } from './version.js';

/**
 * Engine errors that mean the input (or the setup: a data directory in use, a `--server` that does
 * not answer) was wrong (exit 2), not that a run failed.
 */
const usageCodes = new Set([
  'INVALID_INPUT',
  'PROJECT_NOT_FOUND',
  'RUN_NOT_FOUND',
  'VERSION_NOT_FOUND',
  'TRANSCRIPT_INVALID',
  'LLM_MISSING_API_KEY',
  'STORAGE_LOCKED',
  'AGENT_NOT_FOUND',
  'AGENT_VERSION_NOT_FOUND',
  'SERVER_UNAVAILABLE',
]);

async function main(argv: string[]): Promise<number> {
  const args = parseCliArgs(argv);
  if (args.version && !args.help) {
    process.stdout.write(`${version}\n`);
    return 0;
  }
  if (args.command === undefined || args.command === 'help' || args.help) {
    process.stdout.write(helpText(args.command === 'help' ? (args.positionals[0] as typeof args.command) : args.command));
    return 0;
  }
  const { commands } = await import('./commands/index.js');
  const command = await commands[args.command]();
  return command({ args, stdout: process.stdout, stderr: process.stderr, env: process.env });
}

function describe(error: unknown): { code: number; line: string } {
  if (error instanceof UsageError) return { code: 2, line: error.message };
  const known = error as { code?: unknown; message?: unknown; name?: unknown };
  if (known?.name === 'BuildwrightError' && typeof known.code === 'string') {
    return { code: usageCodes.has(known.code) ? 2 : 1, line: `${String(known.message)} [${known.code}]` };
  }
  const detail = process.env.BUILDWRIGHT_DEBUG && error instanceof Error ? `\n${error.stack}` : ' (set BUILDWRIGHT_DEBUG=1 for the stack)';
  return { code: 1, line: `unexpected error: ${error instanceof Error ? error.message : String(error)}${detail}` };
}

let exitCode: number;
try {
  exitCode = await main(process.argv.slice(2));
} catch (error) {
  const { code, line } = describe(error);
  process.stderr.write(`buildwright: ${line}\n`);
  exitCode = code;
}
await Promise.all([flush(process.stdout), flush(process.stderr)]);
// Exit explicitly: a finished command must not wait on an idle connection or timer.
process.exit(exitCode);
