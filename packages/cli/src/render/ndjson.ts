import type { Renderer } from './renderer.js';

/**
 * Output for programs (`--json`): every event as one JSON line on stdout, and nothing else there.
 * The CLI's own messages go to stderr.
 *
 * @example
 * const renderer = ndjsonRenderer({ stdout: process.stdout, stderr: process.stderr });
 * run.on('event', (event) => renderer.event(event));
 */
export function ndjsonRenderer(streams: { stdout: { write(text: string): unknown }; stderr: { write(text: string): unknown } }): Renderer {
  return {
    event: (event) => void streams.stdout.write(`${JSON.stringify(event)}\n`),
    note: (message) => void streams.stderr.write(`${message}\n`),
    close: () => undefined,
  };
}
