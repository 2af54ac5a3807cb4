import type { Builder, BuilderOptions, ChainAdapter, Check, LlmAdapter, ProjectKind, RunLimits, SandboxAdapter, StorageAdapter } from '@buildwright/core';
import { chainFromFlags, llmFromFlags, sandboxFromFlags, storageFromFlags, type EarlyPglite, type ResolvedStorage } from './adapters-from-flags.js';
import { openExistingStorage } from './open-storage.js';
import { startupTiming } from './startup-timing.js';
import type { CliFlags } from './parse-args.js';
import { UsageError } from './usage-error.js';

/** A builder opened from the command line, with what the renderer needs to know about it. */
export interface CliBuilder {
  builder: Builder;
  limits: RunLimits;
  /** How the model is called, for the first line of human output. */
  llmLabel: string;
  storageLabel: string;
}

/** The builder's options resolved from the command line (see {@link resolveBuilderOptions}). */
export interface CliBuilderOptions {
  options: BuilderOptions;
  limits: RunLimits;
  llmLabel: string;
  storageLabel: string;
}

export interface OpenBuilderOptions {
  /** Project kind of a new run (generate). A dapp gets a chain and the dapp checks. */
  kind?: ProjectKind;
  /**
   * Runs of every kind (serve, worker): the web checks for web projects and the dapp checks for
   * dapps and APIs, each list limited to its kind (see {@link checksForEveryKind}), and the chain dapps need.
   */
  everyKind?: boolean;
  /** Finds the kind of the stored project the run works on (edit, resume), once storage is open. */
  kindOf?: (storage: StorageAdapter, ownerId: string) => Promise<ProjectKind | undefined>;
  /** Adapters given directly instead of from flags (the demo). */
  llm?: { llm: LlmAdapter; label: string };
  sandbox?: SandboxAdapter;
  /** A PGlite database already being opened (see `openPgliteEarly`). */
  early?: EarlyPglite;
  /** Template name the run asks for; an unknown one is a usage error before storage is touched. */
  template?: string;
  /** The run works on stored projects (edit, resume): a missing PGlite directory is a usage error, not created. */
  existingData?: boolean;
}

/**
 * Resolves every adapter from the flags — checking transcript files, keys, the Postgres
 * connection and the RPC endpoint first, so bad input fails before anything is written — then
 * creates a builder with the built-in templates and the checks of the project's kind: the web
 * checks (imports, install, validate, build-app, browser), for a dapp the contract checks
 * around them (`dappChecks`), for an api the API checks (`apiChecks`: client, spec, start, contract, tests, docs).
 *
 * @example
 * const { builder, limits } = await openBuilder(args.flags, { kind: 'web' });
 * const run = builder.generate({ prompt: 'a habit tracker', kind: 'web' });
 */
export async function openBuilder(flags: CliFlags, options: OpenBuilderOptions = {}): Promise<CliBuilder> {
  const resolved = await resolveBuilderOptions(flags, options);
  const { createBuilder } = await import('@buildwright/core');
  return { builder: createBuilder(resolved.options), limits: resolved.limits, llmLabel: resolved.llmLabel, storageLabel: resolved.storageLabel };
}

/**
 * What {@link openBuilder} creates its builder from, for commands that create something else
 * from the same flags (`worker`) or add options (`serve`: a queue, an event bus).
 *
 * @example
 * const { options } = await resolveBuilderOptions(flags, { everyKind: true });
 * const worker = createWorker({ ...options, queue, concurrency: 2 });
 */
export async function resolveBuilderOptions(flags: CliFlags, options: OpenBuilderOptions = {}): Promise<CliBuilderOptions> {
  const ownerId = flags.owner ?? 'local';
  const [llm, sandbox, core, templates] = await Promise.all([
    options.llm ?? llmFromFlags(flags),
    options.sandbox ?? sandboxFromFlags(flags),
    import('@buildwright/core'),
    import('@buildwright/adapters/templates'),
  ]);
  if (options.template !== undefined && !Object.hasOwn(templates.templates, options.template)) {
    throw new UsageError(`--template "${options.template}" is not one of ${Object.keys(templates.templates).join(', ')}.`);
  }
  // A new run's chain is checked before storage; a stored project's once its kind is known.
  let chain: ChainAdapter | undefined = options.everyKind ? await chainFromFlags(flags, 'dapp') : options.kind ? await chainFromFlags(flags, options.kind) : undefined;
  // Storage last: it is the only adapter that may create something (PGlite's directory, on first use).
  const early = options.early ? { early: options.early } : {};
  const storage: ResolvedStorage = options.existingData ? await openExistingStorage(flags, early) : (await storageFromFlags(flags, early))!;
  let kind = options.kind;
  let checks: Check[];
  try {
    if (!kind && options.kindOf) {
      kind = await options.kindOf(storage.storage, ownerId);
      chain = await chainFromFlags(flags, kind);
    }
    const validate = flags.typeErrors ? { typeErrors: flags.typeErrors } : {};
    const depth = flags.checks ?? 'smoke';
    const tests = flags.tests === true;
    checks = options.everyKind ? await checksForEveryKind(validate, depth, tests) : await checksFor(kind, validate, depth, tests);
  } catch (error) {
    await storage.storage.close();
    await chain?.close();
    throw error;
  }
  const limits: RunLimits = { ...core.defaultLimits, ...(flags.maxFixAttempts === undefined ? {} : { maxFixAttempts: flags.maxFixAttempts }) };
  const builderOptions: BuilderOptions = {
    llm: startupTiming()?.timeLlm(llm.llm) ?? llm.llm,
    sandbox,
    storage: storage.storage,
    ...(chain ? { chain } : {}),
    checks,
    templates: { ...templates.templates },
    limits,
    ownerId,
    ...(flags.requirements ? { requirements: true } : {}),
  };
  return { options: builderOptions, limits, llmLabel: llm.label, storageLabel: storage.label };
}

/**
 * The checks of a builder that runs every kind of project: `webChecks()` for web projects,
 * `dappChecks()` (which wraps its own web checks around the contract) for dapps and `apiChecks()`
 * for APIs. The lists name
 * checks `imports`, `install`, ... and `webChecks` marks its checks for web and dapp, so each list
 * is limited to its kind here: a run sees one list, and its check names stay unique.
 *
 * @example
 * const builder = createBuilder({ llm, sandbox, storage, chain, checks: await checksForEveryKind() });
 */
export async function checksForEveryKind(validate: ValidateOptions = {}, depth: CheckDepth = 'smoke', tests = false): Promise<Check[]> {
  const only =
    (kind: ProjectKind) =>
    (check: Check): Check => ({ ...check, kinds: [kind] });
  const lists = await Promise.all((['web', 'dapp', 'api'] as const).map(async (kind) => (await checksFor(kind, validate, depth, tests)).map(only(kind))));
  return lists.flat();
}

/** `--checks`: `full` adds the security check to every kind's checks. */
type CheckDepth = 'smoke' | 'full';

/** What the CLI sets of the validate check (`--type-errors`). */
type ValidateOptions = { typeErrors?: 'blocking' | 'advisory' };

/** `tests` (`--tests`): web runs get the testing agent (a tests step after build and the e2e check), api runs theirs (acceptance tests run by api-tests). */
async function checksFor(kind: ProjectKind | undefined, validate: ValidateOptions, depth: CheckDepth = 'smoke', tests = false): Promise<Check[]> {
  const web = depth === 'full' ? { validate, depth } : { validate };
  if (kind === 'api') {
    const [{ apiChecks }, { securityCheck }] = await Promise.all([import('@buildwright/adapters/api'), import('@buildwright/adapters/checks')]);
    return [...apiChecks({ validate, ...(tests ? { testing: true } : {}) }), ...(depth === 'full' ? [securityCheck()] : [])];
  }
  if (kind === 'dapp') {
    const { dappChecks } = await import('@buildwright/adapters/dapp');
    return dappChecks({ web });
  }
  const { webChecks } = await import('@buildwright/adapters/checks');
  return webChecks(tests ? { ...web, testing: true } : web);
}
