/** Where human output goes and what it may do there. */
export interface Terminal {
  /** Writes text as is. */
  write(text: string): void;
  /** True when the output is an interactive terminal: spinners redraw one line in place. */
  readonly interactive: boolean;
  /** Columns of the terminal (80 when unknown). */
  readonly columns: number;
  readonly paint: Paint;
}

/** ANSI styles; each is the identity when colors are off. */
export interface Paint {
  bold(text: string): string;
  dim(text: string): string;
  red(text: string): string;
  green(text: string): string;
  yellow(text: string): string;
  cyan(text: string): string;
  magenta(text: string): string;
}

const style = (open: number, close: number) => (text: string) => `\u001b[${open}m${text}\u001b[${close}m`;

/**
 * Colors on or off.
 *
 * @example
 * createPaint(true).red('failed'); // '\u001b[31mfailed\u001b[39m'
 */
export function createPaint(enabled: boolean): Paint {
  const plain = (text: string) => text;
  if (!enabled) return { bold: plain, dim: plain, red: plain, green: plain, yellow: plain, cyan: plain, magenta: plain };
  return { bold: style(1, 22), dim: style(2, 22), red: style(31, 39), green: style(32, 39), yellow: style(33, 39), cyan: style(36, 39), magenta: style(35, 39) };
}

/**
 * Colors are on only for a TTY, and never when `NO_COLOR` is set (https://no-color.org) or
 * `TERM=dumb`; `FORCE_COLOR` (non-zero) turns them on anyway.
 *
 * @example
 * const paint = createPaint(colorsEnabled(process.stdout));
 */
export function colorsEnabled(stream: { isTTY?: boolean }, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0') return true;
  return stream.isTTY === true && env.TERM !== 'dumb';
}

/**
 * A terminal over a writable stream (stdout for the human renderer).
 *
 * @example
 * const terminal = streamTerminal(process.stdout);
 * terminal.write(terminal.paint.green('✔ done\n'));
 */
export function streamTerminal(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): Terminal {
  const interactive = stream.isTTY === true && env.TERM !== 'dumb' && !env.CI;
  return {
    write: (text) => void stream.write(text),
    interactive,
    get columns() {
      return stream.columns || 80;
    },
    paint: createPaint(colorsEnabled(stream, env)),
  };
}

/**
 * Removes ANSI escape sequences from command output.
 *
 * @example
 * stripAnsi('\u001b[32m✓\u001b[39m built'); // '✓ built'
 */
export function stripAnsi(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;?]*[ -/]*[@-~]/g, '').replace(/\u001b\][^\u0007]*\u0007/g, '');
}

/**
 * Shortens text to `width` characters, with an ellipsis.
 *
 * @example
 * truncate('npm install --no-audit', 10); // 'npm insta…'
 */
export function truncate(text: string, width: number): string {
  if (width <= 1) return '';
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}
