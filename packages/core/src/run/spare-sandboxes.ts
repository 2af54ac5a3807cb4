import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { BuildwrightError } from '@buildwright/client';
import { openNeutralSandbox, openProjectSandbox } from '../graph/neutral-sandbox.js';
import { ofKind } from '../graph/of-kind.js';
import type { RunRuntime } from '../graph/run-runtime.js';
import type { Sandbox } from '../spec/sandbox.js';
import type { Template } from '../spec/template.js';
import { prepareChecks } from './prepare-checks.js';
import type { BuilderContext } from './run-context.js';

/** `createBuilder({ spareSandboxes })`: a sandbox kept ready, checks warm, for a new project of each template. */
export interface SpareSandboxOptions {
  /** Names of registered templates (`templates`): one spare each, for a new project of the template's `kind`. */
  templates: readonly string[];
}

/** The builder's spare sandboxes (see `SpareSandboxOptions`). */
export interface SpareSandboxes {
  /**
   * A new run's sandbox, if a ready spare fits it: registered as the project's, out of the pool.
   * Fits: the run starts from the spare's template, unchanged (same kind, same files).
   */
  adopt(runtime: RunRuntime): void;
  /** Prepares the spares not ready yet, one after another; resolves once none is left to prepare. */
  warm(): Promise<void>;
  /** A run of the builder ended: the missing spares are prepared once no run has gone on for a second. */
  runEnded(): void;
}

/** Quiet time after the last run before a spare is prepared (never beside a run: it would take the run's CPU). */
const quietMs = 1_000;

/**
 * A spare is a sandbox opened under a fresh id (`spare-<uuid>`) with a template's files written,
 * then each check's `prepare` run on it (dependencies restored, the check worker started and warmed
 * on the template): only the template's own content ever runs in it. A new project that starts from
 * that template unchanged takes it as its sandbox, and its first verification finds the tools warm;
 * nothing is shared between projects. Spares are killed when the builder closes.
 */
export function createSpareSandboxes(builder: BuilderContext, options: SpareSandboxOptions): SpareSandboxes {
  const registered = builder.options.templates ?? {};
  const templates = options.templates.map((name) => {
    if (!Object.hasOwn(registered, name)) {
      throw new BuildwrightError({
        code: 'INVALID_INPUT',
        message: `Invalid spareSandboxes: template "${name}" is not registered. Name one of createBuilder's templates (${Object.keys(registered).join(', ') || 'none given'}).`,
      });
    }
    return registered[name]!;
  });
  const ready = new Map<Template, Sandbox>();
  const { closing, running } = builder.backgroundWork;
  closing.signal.addEventListener(
    'abort',
    () => {
      for (const sandbox of ready.values()) running.add(sandbox.kill().catch(() => {}));
      ready.clear();
    },
    { once: true },
  );

  /** Opens and prepares one spare; a spare that fails to open or prepare is dropped (a run then opens its own sandbox). */
  const prepare = async (template: Template) => {
    const id = `spare-${randomUUID()}`;
    const sandbox = await openProjectSandbox(builder.options.sandbox, id);
    try {
      for (const [path, content] of Object.entries(template.files)) await sandbox.writeFile(path, content);
      const facts = {
        projectId: id,
        runId: id,
        kind: template.kind,
        sandbox,
        files: template.files,
        artifactsDir: join(builder.options.artifactsDir ?? '.buildwright/artifacts', id),
        signal: closing.signal,
        openNeutralSandbox: (neutral: { name: string; signal?: AbortSignal }) => openNeutralSandbox(builder.options.sandbox, neutral),
      };
      await prepareChecks(builder, facts);
      // The checks let go of the spare's preparation as of a run's end, but without its sandbox: what the sandbox keeps (its warm worker) stays.
      const ending = (builder.options.checks ?? []).filter((check) => check.afterRun && ofKind(check, template.kind));
      await Promise.allSettled(ending.map((check) => Promise.resolve().then(() => check.afterRun!({ runId: id, projectId: id, kind: template.kind }))));
      if (closing.signal.aborted) throw closing.signal.reason;
      ready.set(template, sandbox);
    } catch {
      await sandbox.kill().catch(() => {});
    }
  };

  let filling: Promise<void> | undefined;
  const fill = () => {
    if (filling) return filling;
    const work = (async () => {
      for (const template of templates) {
        if (closing.signal.aborted) return;
        if (!ready.has(template)) await prepare(template).catch(() => {});
      }
    })();
    // close() waits for a spare being prepared, as for any check's background work.
    running.add(work);
    filling = work.finally(() => {
      running.delete(work);
      filling = undefined;
    });
    return filling;
  };

  let timer: NodeJS.Timeout | undefined;
  const fillWhenQuiet = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (builder.activeRuns.size === 0 && !closing.signal.aborted) void fill();
    }, quietMs);
    timer.unref();
  };
  fillWhenQuiet();

  return {
    adopt(runtime) {
      const { template } = runtime;
      if (!template || builder.sandboxes.has(runtime.projectId) || runtime.mode !== 'generate' || runtime.resumed || template.kind !== runtime.kind) return;
      const sandbox = ready.get(template);
      if (!sandbox || !sameFiles(runtime.workspace.snapshot(), template.files)) return;
      ready.delete(template);
      builder.sandboxes.set(runtime.projectId, Promise.resolve(sandbox));
    },
    warm: fill,
    runEnded: fillWhenQuiet,
  };
}

function sameFiles(files: Readonly<Record<string, string>>, expected: Readonly<Record<string, string>>): boolean {
  const paths = Object.keys(files);
  return paths.length === Object.keys(expected).length && paths.every((path) => Object.hasOwn(expected, path) && expected[path] === files[path]);
}
