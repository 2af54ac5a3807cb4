import type { LlmAdapter } from '@buildwright/core';

/**
 * `BUILDWRIGHT_STARTUP_TIMING=1`: the CLI writes one line to stderr when the run makes its first
 * model call, with the time since the process started and how long the store took to open in the
 * same process, and the process's CPU time so far, e.g.
 * `buildwright startup: first model call 912 ms, store open 540 ms, cpu 1210 ms`.
 * `bench/cli-startup.ts` reads it; nothing else changes (no events, same output on stdout).
 */
export interface StartupTiming {
  /** Records the store's open (from its first import to its migrations checked), once. */
  storeOpened(startedAt: number): void;
  /** The model, reporting its first call. */
  timeLlm(llm: LlmAdapter): LlmAdapter;
}

const envName = 'BUILDWRIGHT_STARTUP_TIMING';

/**
 * The startup timing of this process, or `undefined` when `BUILDWRIGHT_STARTUP_TIMING` is unset.
 *
 * @example
 * const llm = startupTiming()?.timeLlm(model) ?? model;
 */
export function startupTiming(env: NodeJS.ProcessEnv = process.env): StartupTiming | undefined {
  if (!env[envName]) return undefined;
  return (timing ??= createTiming());
}

let timing: StartupTiming | undefined;

function createTiming(): StartupTiming {
  let storeOpenMs: number | undefined;
  let reported = false;
  const report = () => {
    if (reported) return;
    reported = true;
    // performance.now() counts from the process start (performance.timeOrigin).
    const store = storeOpenMs === undefined ? '' : `, store open ${storeOpenMs.toFixed(0)} ms`;
    // CPU time (user + system) since the start: on a busy machine it is steadier than the clock.
    const { user, system } = process.cpuUsage();
    process.stderr.write(`buildwright startup: first model call ${performance.now().toFixed(0)} ms${store}, cpu ${((user + system) / 1000).toFixed(0)} ms\n`);
  };
  return {
    storeOpened(startedAt) {
      storeOpenMs ??= performance.now() - startedAt;
    },
    timeLlm(llm) {
      return {
        specificationVersion: llm.specificationVersion,
        provider: llm.provider,
        modelId: llm.modelId,
        stream(request) {
          report();
          return llm.stream(request);
        },
      };
    },
  };
}
