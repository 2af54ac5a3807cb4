import { randomUUID } from 'node:crypto';
import { BuildwrightError } from '@buildwright/client';
import { openNeutralSandbox, openProjectSandbox } from '../graph/neutral-sandbox.js';
import type { RunRuntime } from '../graph/run-runtime.js';
import type { Sandbox } from '../spec/sandbox.js';
import type { Template } from '../spec/template.js';
import { checksAfterRun } from './checks-after-run.js';
import { prepareChecks } from './prepare-checks.js';
import { artifactsDirectory, type BuilderContext } from './run-context.js';

/** `createBuilder({ spareSandboxes })`: a sandbox kept ready, checks warm, for a new project of each template. */
export interface SpareSandboxOptions {
  /** Names of registered templates (`templates`): one spare each, for a new project of the template's `kind`. */
  templates: readonly string[];
  /**
   * How often a ready spare's checks are prepared again while no run goes on, in ms (default 60 s):
   * a check worker that still answers only starts its idle time again (webChecks' `workerIdleMs`,
   * 5 min by default: keep this below it); one that stopped is started and warmed again.
   */
  refreshMs?: number;
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
  /** A project was deleted (its sandbox killed): the spare it took, if any, is removed now (`SandboxAdapter.remove`). */
  projectDeleted(projectId: string): Promise<void>;
}

/** Quiet time after the last run before a spare is prepared (never beside a run: it would take the run's CPU). */
const quietMs = 1_000;

/**
 * A spare is a sandbox opened under a fresh id (`spare-<uuid>`) with a template's files written,
 * then each check's `prepare` run on it (dependencies restored, the check worker started and warmed
 * on the template): only the template's own content ever runs in it. A new project that starts from
 * that template unchanged takes it as its sandbox, and its first verification finds the tools warm;
 * nothing is shared between projects. When the builder closes, spares are killed and their
 * directories removed (`SandboxAdapter.remove`), the ones runs took too: no later process opens
 * them under their spare id.
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
  /** Ready spares by template, with when their checks were last prepared. */
  const ready = new Map<Template, { sandbox: Sandbox; id: string; preparedAt: number }>();
  /** Spares runs took, by project: their sandboxes are the builder's (killed when it closes or the project is deleted), their directories are removed then. */
  const adopted = new Map<string, string>();
  /** Deletes what the provider keeps of a spare: no project will ever open it under its id. */
  const remove = async (id: string) => {
    await builder.options.sandbox.remove?.({ projectId: id });
  };
  /** A spare no project has: killed, then removed. */
  const discard = async (sandbox: Sandbox, id: string) => {
    await sandbox.kill().catch(() => {});
    await remove(id).catch(() => {});
  };
  const refreshMs = options.refreshMs ?? 60_000;
  const { closing, running } = builder.backgroundWork;
  closing.signal.addEventListener(
    'abort',
    () => {
      clearInterval(refresher);
      for (const { sandbox, id } of ready.values()) running.add(discard(sandbox, id));
      for (const id of adopted.values()) running.add(remove(id).catch(() => {}));
      adopted.clear();
      ready.clear();
    },
    { once: true },
  );

  /**
   * Runs each check's `prepare` on the spare, as a run of its own (a fresh run id, so nothing is
   * skipped as already done), then lets the checks go of that run as of a run's end, but without its
   * sandbox: what the sandbox keeps (its warm worker) stays.
   */
  const prepareOn = async (template: Template, sandbox: Sandbox) => {
    const runId = `spare-run-${randomUUID()}`;
    const facts = {
      projectId: sandbox.id,
      runId,
      kind: template.kind,
      sandbox,
      files: template.files,
      artifactsDir: artifactsDirectory(builder.options, runId),
      signal: closing.signal,
      openNeutralSandbox: (neutral: { name: string; signal?: AbortSignal }) => openNeutralSandbox(builder.options.sandbox, neutral),
    };
    await prepareChecks(builder, facts);
    await checksAfterRun(builder, { runId, projectId: sandbox.id, kind: template.kind });
    if (closing.signal.aborted) throw closing.signal.reason;
  };

  /** Opens and prepares one spare; a spare that fails to open or prepare is dropped (a run then opens its own sandbox). */
  const prepare = async (template: Template) => {
    const id = `spare-${randomUUID()}`;
    const sandbox = await openProjectSandbox(builder.options.sandbox, id);
    try {
      for (const [path, content] of Object.entries(template.files)) await sandbox.writeFile(path, content);
      await prepareOn(template, sandbox);
      ready.set(template, { sandbox, id, preparedAt: Date.now() });
    } catch {
      await discard(sandbox, id);
    }
  };

  /** Prepares each missing spare, and prepares again those last prepared `refreshMs` ago or more (a check worker that idled out starts again). */
  let filling: Promise<void> | undefined;
  const fill = () => {
    if (filling) return filling;
    const work = (async () => {
      for (const template of templates) {
        if (closing.signal.aborted) return;
        const spare = ready.get(template);
        if (!spare) await prepare(template).catch(() => {});
        else if (Date.now() - spare.preparedAt >= refreshMs) {
          spare.preparedAt = Date.now();
          await prepareOn(template, spare.sandbox).catch(() => {});
        }
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

  const fillIfIdle = () => {
    if (builder.activeRuns.size === 0 && !closing.signal.aborted) void fill();
  };
  let timer: NodeJS.Timeout | undefined;
  const fillWhenQuiet = () => {
    clearTimeout(timer);
    timer = setTimeout(fillIfIdle, quietMs);
    timer.unref();
  };
  fillWhenQuiet();
  const refresher = setInterval(fillIfIdle, refreshMs);
  refresher.unref();

  return {
    adopt(runtime) {
      const { template } = runtime;
      if (!template || builder.sandboxes.has(runtime.projectId) || runtime.mode !== 'generate' || runtime.resumed || template.kind !== runtime.kind) return;
      const spare = ready.get(template);
      if (!spare || !sameFiles(runtime.workspace.snapshot(), template.files)) return;
      ready.delete(template);
      adopted.set(runtime.projectId, spare.id);
      builder.sandboxes.set(runtime.projectId, Promise.resolve(spare.sandbox));
    },
    warm: fill,
    runEnded: fillWhenQuiet,
    async projectDeleted(projectId) {
      const id = adopted.get(projectId);
      if (id === undefined) return;
      adopted.delete(projectId);
      await remove(id);
    },
  };
}

function sameFiles(files: Readonly<Record<string, string>>, expected: Readonly<Record<string, string>>): boolean {
  const paths = Object.keys(files);
  return paths.length === Object.keys(expected).length && paths.every((path) => Object.hasOwn(expected, path) && expected[path] === files[path]);
}
