import counterApp from '../../../../examples/transcripts/counter-app.json' with { type: 'json' };
import { flush, type Command } from '../cli-io.js';
import { executeRun } from '../execute-run.js';
import { waitForStop } from '../interrupts.js';
import { openBuilder } from '../open-builder.js';

/** Where the bundled transcript lives in the repository (it is inlined into the CLI build). */
export const demoTranscriptPath = 'examples/transcripts/counter-app.json';

/**
 * `buildwright demo`: a real generation on the embedded defaults — the scripted model replaying
 * the bundled habit-tracker transcript (its first build fails the type check and a fix turn
 * repairs it), the local sandbox, PGlite in `.buildwright/data`, and the real checks ending in
 * Chromium. Ends with the app served at a printed URL (until Ctrl-C on a terminal or with
 * `--serve`; `--exit` or a non-terminal stdout prints and exits) and the screenshot path.
 *
 * @example
 * npx buildwright demo
 */
export const demoCommand: Command = async (context) => {
  const { flags } = context.args;
  const [{ pacedLlm, parseTranscript }, { scriptedLlm }] = await Promise.all([import('@buildwright/core'), import('@buildwright/adapters/scripted')]);
  const transcript = parseTranscript(counterApp, demoTranscriptPath);
  const interactive = context.stdout.isTTY === true && !flags.json;
  // Paced on a terminal so the step list can be followed; instant for pipes and CI.
  const llm = pacedLlm(scriptedLlm({ transcript }), flags.replayDelayMs ?? (interactive ? 250 : 0));
  const serve = flags.serve || (!flags.exit && context.stdout.isTTY === true);
  const cli = await openBuilder(flags, { kind: 'web', llm: { llm, label: `recorded transcript ${demoTranscriptPath} (scripted model: no AI model is called)` } });
  const followed = await executeRun(context, cli, (builder) => builder.generate({ prompt: transcript.prompt ?? 'a habit tracker', kind: 'web' }), {
    intro: [
      'Buildwright demo: this run replays a recorded transcript through the scripted model; no AI model is called.',
      'Everything else is real: the files are written to a local sandbox, stored in PGlite, installed, type-checked,',
      'linted, built with Vite and loaded in Chromium. The first build has a type error; watch the fix loop repair it.',
      'With a real model:  OPENAI_API_KEY=sk-... buildwright generate "a habit tracker with streaks"',
      '',
    ],
    servesAfterRun: serve,
    async beforeClose(result, renderer) {
      // Ctrl-C while the run ended (after its last event) stops here too.
      if (result.exitCode !== 0 || !serve || !result.result?.previewUrl || result.stoppedBy) return;
      // Listening before anything awaits: a Ctrl-C from here on stops serving, never kills the process mid-close.
      const stopped = waitForStop();
      if (!flags.json) renderer.note(`\nServing ${result.result.previewUrl} — press Ctrl-C to stop.`);
      await flush(context.stdout);
      await stopped;
    },
  });
  return followed.exitCode;
};
