/**
 * Bad usage of the command line: an unknown flag, a missing argument, a transcript file that is
 * not there, an unreachable database... The CLI prints its message as one line on stderr and
 * exits with code 2, before anything is written.
 *
 * @example
 * throw new UsageError('generate needs a prompt: buildwright generate "a pomodoro timer"');
 */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
