import { formatDuration } from './format.js';
import { stripAnsi, truncate, type Terminal } from './terminal.js';

/** A long task shown to people: a spinner line on a terminal, a line every 10 s otherwise. */
export interface Progress {
  /** The latest output line of the task, shown after its label. */
  output(text: string): void;
  /** Ends the task with a ✔ or ✖ line. */
  done(ok: boolean, detail?: string): void;
}

const frames = ['⠋', '⠙', '⠹', '⠸', '⠼', '⠴', '⠦', '⠧', '⠇', '⠏'];

/**
 * Starts showing a long task (an install, a build) so it never looks stuck.
 *
 * @example
 * const progress = startProgress(terminal, 'install dependencies');
 * await sandbox.run({ command: 'npm install', onOutput: ({ text }) => progress.output(text) });
 * progress.done(true);
 */
export function startProgress(terminal: Terminal, label: string, options: { everyMs?: number } = {}): Progress {
  const { paint } = terminal;
  const startedAt = Date.now();
  let tail = '';
  let frame = 0;
  let lastLineAt = startedAt;
  const line = () =>
    `${paint.cyan(frames[frame % frames.length]!)} ${label} ${paint.dim(formatDuration(Date.now() - startedAt))}${tail ? paint.dim(` › ${truncate(tail, Math.max(10, terminal.columns - label.length - 20))}`) : ''}`;
  const timer = setInterval(() => {
    frame++;
    if (terminal.interactive) terminal.write(`\r\u001b[2K${line()}`);
    else if (Date.now() - lastLineAt >= (options.everyMs ?? 10_000)) {
      lastLineAt = Date.now();
      terminal.write(`${paint.dim(`  … ${label} ${formatDuration(Date.now() - startedAt)}${tail ? ` › ${truncate(tail, 80)}` : ''}`)}\n`);
    }
  }, 80);
  timer.unref?.();
  return {
    output(text) {
      const last = stripAnsi(text)
        .split(/[\r\n]+/)
        .map((part) => part.trim())
        .filter(Boolean)
        .at(-1);
      if (last) tail = last;
    },
    done(ok, detail) {
      clearInterval(timer);
      if (terminal.interactive) terminal.write('\r\u001b[2K');
      const mark = ok ? paint.green('✔') : paint.red('✖');
      terminal.write(`${mark} ${label} ${paint.dim(`(${formatDuration(Date.now() - startedAt)})`)}${detail ? ` ${detail}` : ''}\n`);
    },
  };
}
