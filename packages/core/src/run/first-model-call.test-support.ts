// Shared by the tests of a run's first model call going out early (issue 14; not exported from the package).
import type { Transcript } from '../protocol/transcript.js';

/** A one-page generation: the plan, one build turn writing `index.html`, then `finish`. */
export const onePageTranscript: Transcript = {
  format: 'buildwright.transcript/v1',
  turns: [
    { node: 'plan', toolCalls: [{ name: 'submit_plan', arguments: { title: 'App', summary: 'A page', steps: [{ id: 'page', title: 'Write the page', files: ['index.html'] }] } }] },
    { node: 'build', toolCalls: [{ name: 'write_file', arguments: { path: 'index.html', content: '<h1>Hi</h1>' } }] },
    { node: 'build', toolCalls: [{ name: 'finish', arguments: { summary: 'done' } }] },
  ],
};

/** What {@link gateWithFallback} returns: the promise a double waits on, and the test's two ways to settle it. */
export interface GateWithFallback {
  /** Settles when `release` or `fail` is called, or after 2 s. */
  opened: Promise<void>;
  release: () => void;
  fail: (error: Error) => void;
}

/**
 * A gate that a test double waits on until `release` is called (or fails with `fail`); after 2 s it
 * opens anyway, so that a run that waits for it before its first model call fails the assertions,
 * not the timeout.
 */
export function gateWithFallback(): GateWithFallback {
  let release!: () => void;
  let fail!: (error: Error) => void;
  const opened = new Promise<void>((resolve, reject) => {
    release = resolve;
    fail = reject;
  });
  // A gate failed before anything waits on it is no unhandled rejection; whatever waits on it still sees the error.
  opened.catch(() => {});
  setTimeout(() => release(), 2000).unref();
  return { opened, release, fail };
}
