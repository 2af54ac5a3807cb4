import { BuildwrightError, toBuildwrightError, type RunMetadata } from '@buildwright/client';
import type { ProjectKind, RunBudgets, RunRecord, StorageAdapter } from '../spec/storage.js';
import { assertTimeZone, nextDayStart, usageDay } from './usage-day.js';

/** What `beforeRun` is asked about: a generation or an edit about to start. */
export interface BeforeRunRequest {
  /** The owner (end user of the hosting app) who asked for the run. */
  ownerId: string;
  kind: ProjectKind;
  prompt: string;
  mode: 'generate' | 'edit';
  /** The project being edited (`mode: 'edit'` only). */
  projectId?: string;
  /**
   * What the caller sent with the run (`generate({ metadata })`, the client's `metadata` option, the
   * HTTP body's `metadata`): a JSON object checked for shape and size, never read by the engine.
   * Absent when none was sent. It comes from the end user's browser: validate it like any input.
   */
  metadata?: RunMetadata;
}

/** Codes a host may refuse a run with: 429 and 402 in the HTTP handler. */
export type RunRefusalCode = 'QUOTA_EXCEEDED' | 'PAYMENT_REQUIRED';

/** What `beforeRun` returns to refuse a run. */
export interface RunRefusal {
  refuse: {
    code: RunRefusalCode;
    /** Shown to the end user: what happened and what to do (upgrade, wait, pay). */
    message: string;
    /** When to try again, in seconds: the HTTP handler sends it as `Retry-After`. */
    retryAfterSeconds?: number;
  };
}

/** Limits of one owner. Every field is optional; an absent field is no limit. */
export interface OwnerLimits {
  /** Runs of the owner this builder executes at once (generate and edit beyond it are refused). */
  maxConcurrentRuns?: number;
  /** Input + output tokens of one run before it fails with BUDGET_EXCEEDED (the lower of this and `limits.maxTokens` applies). */
  maxTokensPerRun?: number;
  /** Cost in US dollars of one run before it fails with BUDGET_EXCEEDED. */
  maxCostUsdPerRun?: number;
  /** Input + output tokens per day (in `usageTimeZone`); a new run is refused once the owner reached it. */
  maxTokensPerDay?: number;
  /** Cost in US dollars per day (in `usageTimeZone`); a new run is refused once the owner reached it. */
  maxCostUsdPerDay?: number;
}

/** The usage of one run: the sum of its stored `usage` events. */
export interface RunUsageTotals {
  inputTokens: number;
  outputTokens: number;
  costUsd: number;
}

/** What `onRunFinished` gets, once per run. */
export interface RunFinishedReport {
  ownerId: string;
  /** The run's record as stored when it ended. */
  run: RunRecord;
  usage: RunUsageTotals;
  status: 'completed' | 'failed' | 'cancelled';
}

/** A host hook that threw: passed to `onHookError`. */
export interface HostHookErrorContext {
  hook: 'onRunFinished';
  runId: string;
  ownerId: string;
}

/**
 * Options of `createBuilder` for a hosting app: refuse runs, cap owners, meter and bill.
 * See docs/host-hooks.md.
 */
export interface HostHookOptions {
  /**
   * Asked before a generation or an edit creates any record (not when a run is resumed). Return
   * nothing to allow it, or `{ refuse }` to refuse it: the handle's `result` rejects with that
   * code and no project or run is stored. A throwing hook refuses the run with its error.
   */
  // biome-ignore lint/suspicious/noConfusingVoidType: a hook that returns nothing (sync or async) allows the run; `undefined` would reject `async () => {}`.
  beforeRun?: (request: BeforeRunRequest) => void | RunRefusal | Promise<void | RunRefusal>;
  /** Limits per owner: one value for every owner, or a function of the owner id (sync or async). */
  ownerLimits?: OwnerLimits | ((ownerId: string) => OwnerLimits | Promise<OwnerLimits>);
  /**
   * Whether each model call adds its tokens and cost to the owner's usage of the day in storage
   * (`storage.addOwnerUsage`, one write per call), what daily limits are checked against. Default:
   * when `ownerLimits` may set a daily limit — a function (it may, for some owner), or an object with
   * `maxTokensPerDay` or `maxCostUsdPerDay`. `true` keeps it without limits (a dashboard reading
   * `storage.getOwnerUsage`); `false` never writes it. With a queue, the worker records it: give the
   * worker the same `ownerLimits` (or this option) as the builder that checks the limits.
   */
  recordOwnerUsage?: boolean;
  /** IANA time zone whose midnight starts a new usage day. Default `UTC`. */
  usageTimeZone?: string;
  /** The clock of daily usage (inject one in tests). Default `() => new Date()`. */
  now?: () => Date;
  /**
   * Called once per run when it ends (completed, failed or cancelled), with the sum of its
   * stored usage events, after its terminal event is stored. At most once per run, in any
   * process: the end is claimed in storage before the call (see docs/host-hooks.md). Awaited
   * before the handle's `result` settles; what it throws goes to `onHookError`, never to the run.
   */
  onRunFinished?: (report: RunFinishedReport) => void | Promise<void>;
  /** Gets what a host hook threw after the run it concerns ended. Default: `console.error`. */
  onHookError?: (error: unknown, context: HostHookErrorContext) => void;
}

/** The host hooks of one builder, as the run machinery uses them. */
export interface HostHooks {
  /**
   * Admits a generation or an edit: asks `beforeRun`, checks the owner's daily limits, then takes
   * one of the owner's run slots for `runId` (until `release`). Returns the run's budgets with
   * the owner's per-run caps applied; throws the refusal.
   */
  admit(runId: string, request: BeforeRunRequest, budgets: RunBudgets): Promise<RunBudgets>;
  /** Refuses (`QUOTA_EXCEEDED`) when the owner is at a daily limit: what work other than runs (agent executions and generations) asks before it starts. */
  checkDailyUsage(ownerId: string): Promise<void>;
  /** Counts a resumed run in its owner's slots without refusing it (it was admitted when it started). */
  hold(runId: string, ownerId: string): void;
  /** Gives the run's slot back (any number of times). */
  release(runId: string): void;
  /**
   * What adds one model call's usage to the owner's usage of today (in `usageTimeZone`): undefined
   * when nothing reads it (see `recordOwnerUsage`).
   */
  meter(ownerId: string): ((usage: RunUsageTotals) => Promise<void>) | undefined;
  /**
   * Claims the run's end for `onRunFinished` (call it before the terminal event is stored, with
   * the seq that event will get) and returns the call to make once it is (later calls do nothing): undefined when no hook is set or
   * the end was claimed before.
   */
  claimFinish(run: Pick<RunRecord, 'id' | 'ownerId'>, status: RunFinishedReport['status'], seq: number): Promise<(() => Promise<void>) | undefined>;
}

/** Retry-After of a run refused for concurrency: runs take minutes, so come back soon but not at once. */
const concurrencyRetryAfterSeconds = 10;

/**
 * The host hooks of a builder's options. Validates the time zone at once (INVALID_INPUT).
 *
 * @example
 * const hooks = createHostHooks({ storage, ownerLimits: { maxConcurrentRuns: 2 } });
 */
export function createHostHooks(options: HostHookOptions & { storage: StorageAdapter }): HostHooks {
  const timeZone = options.usageTimeZone ?? 'UTC';
  assertTimeZone(timeZone);
  const now = options.now ?? (() => new Date());
  const { storage } = options;
  const recordsUsage = options.recordOwnerUsage ?? mayLimitDaily(options.ownerLimits);
  /** ownerId → run ids holding a slot in this builder. */
  const running = new Map<string, Set<string>>();
  const ownerOf = new Map<string, string>();
  const reportError =
    options.onHookError ?? ((error: unknown, context: HostHookErrorContext) => console.error(`[buildwright] ${context.hook} failed for run ${context.runId} (owner ${context.ownerId}):`, error));
  const limitsOf = async (ownerId: string): Promise<OwnerLimits> => {
    const { ownerLimits } = options;
    return (typeof ownerLimits === 'function' ? await ownerLimits(ownerId) : ownerLimits) ?? {};
  };
  const hold = (runId: string, ownerId: string) => {
    const held = running.get(ownerId) ?? new Set<string>();
    held.add(runId);
    running.set(ownerId, held);
    ownerOf.set(runId, ownerId);
  };

  return {
    async admit(runId, request, budgets) {
      const decision = await Promise.resolve()
        .then(() => options.beforeRun?.(request))
        .catch((error: unknown) => Promise.reject(hookFailure(error)));
      if (decision && typeof decision === 'object' && 'refuse' in decision) throw refusalError(decision, request.ownerId);
      const limits = await limitsOf(request.ownerId).catch((error: unknown) => Promise.reject(hookFailure(error)));
      await checkDailyLimits(storage, request.ownerId, limits, now(), timeZone);
      // No await from the count to the hold: two admissions cannot both take the last slot.
      const held = running.get(request.ownerId)?.size ?? 0;
      if (limits.maxConcurrentRuns !== undefined && held >= limits.maxConcurrentRuns) {
        throw new BuildwrightError({
          code: 'QUOTA_EXCEEDED',
          retryable: true,
          message: `This account already has ${held} runs in progress, its limit (ownerLimits.maxConcurrentRuns = ${limits.maxConcurrentRuns}). Wait for one to finish or cancel one, then try again.`,
          details: { limit: 'maxConcurrentRuns', max: limits.maxConcurrentRuns, running: held, retryAfterSeconds: concurrencyRetryAfterSeconds },
        });
      }
      hold(runId, request.ownerId);
      return {
        ...budgets,
        ...(limits.maxTokensPerRun === undefined ? {} : { maxTokens: Math.min(budgets.maxTokens, limits.maxTokensPerRun) }),
        ...(limits.maxCostUsdPerRun === undefined ? {} : { maxCostUsd: Math.min(budgets.maxCostUsd ?? Number.POSITIVE_INFINITY, limits.maxCostUsdPerRun) }),
      };
    },
    async checkDailyUsage(ownerId) {
      const limits = await limitsOf(ownerId).catch((error: unknown) => Promise.reject(hookFailure(error)));
      await checkDailyLimits(storage, ownerId, limits, now(), timeZone);
    },
    hold,
    release(runId) {
      const ownerId = ownerOf.get(runId);
      if (ownerId === undefined) return;
      ownerOf.delete(runId);
      const held = running.get(ownerId);
      held?.delete(runId);
      if (held?.size === 0) running.delete(ownerId);
    },
    meter(ownerId) {
      if (!recordsUsage) return undefined;
      return (usage) => storage.addOwnerUsage({ ownerId, day: usageDay(now(), timeZone), ...usage });
    },
    async claimFinish(run, status, seq) {
      const hook = options.onRunFinished;
      if (!hook) return undefined;
      const context = { hook: 'onRunFinished' as const, runId: run.id, ownerId: run.ownerId };
      try {
        if (!(await storage.claimRunFinished({ runId: run.id, seq }))) return undefined;
      } catch (error) {
        reportError(error, context);
        return undefined;
      }
      let reported = false;
      return async () => {
        if (reported) return;
        reported = true;
        try {
          const [record, events] = await Promise.all([storage.getRun({ ownerId: run.ownerId, runId: run.id }), storage.readEvents({ ownerId: run.ownerId, runId: run.id })]);
          if (!record) throw new BuildwrightError({ code: 'RUN_NOT_FOUND', message: `Run ${run.id} is gone from storage; it cannot be reported to onRunFinished.` });
          const usage: RunUsageTotals = { inputTokens: 0, outputTokens: 0, costUsd: 0 };
          for (const event of events) {
            if (event.type !== 'usage') continue;
            usage.inputTokens += event.inputTokens;
            usage.outputTokens += event.outputTokens;
            usage.costUsd += event.costUsd;
          }
          await hook({ ownerId: run.ownerId, run: record, usage, status });
        } catch (error) {
          reportError(error, context);
        }
      };
    },
  };
}

function refusalError(decision: RunRefusal, ownerId: string): BuildwrightError {
  const { code, message, retryAfterSeconds } = decision.refuse;
  if (code !== 'QUOTA_EXCEEDED' && code !== 'PAYMENT_REQUIRED') {
    return new BuildwrightError({
      code: 'INTERNAL',
      docsPage: 'host-hooks.md#beforerun',
      message: `beforeRun refused a run with the unknown code "${String(code)}"; refuse with QUOTA_EXCEEDED or PAYMENT_REQUIRED.`,
    });
  }
  const retryAfter = typeof retryAfterSeconds === 'number' && Number.isFinite(retryAfterSeconds) && retryAfterSeconds >= 0 ? Math.ceil(retryAfterSeconds) : undefined;
  return new BuildwrightError({
    code,
    message: typeof message === 'string' && message.trim() ? message : `The run was refused for this account (${code}).`,
    retryable: retryAfter !== undefined,
    details: { ownerId, refusedBy: 'beforeRun', ...(retryAfter === undefined ? {} : { retryAfterSeconds: retryAfter }) },
  });
}

/** True when `ownerLimits` may set a daily limit: a function (for some owner, some day), or an object with one. */
function mayLimitDaily(ownerLimits: HostHookOptions['ownerLimits']): boolean {
  if (typeof ownerLimits === 'function') return true;
  return ownerLimits?.maxTokensPerDay !== undefined || ownerLimits?.maxCostUsdPerDay !== undefined;
}

/** Refuses with QUOTA_EXCEEDED when the owner reached a daily limit; retry after the day's end. */
async function checkDailyLimits(storage: StorageAdapter, ownerId: string, limits: OwnerLimits, at: Date, timeZone: string): Promise<void> {
  const { maxTokensPerDay, maxCostUsdPerDay } = limits;
  if (maxTokensPerDay === undefined && maxCostUsdPerDay === undefined) return;
  const day = usageDay(at, timeZone);
  const used = await storage.getOwnerUsage({ ownerId, day });
  const tokens = used.inputTokens + used.outputTokens;
  const over =
    maxTokensPerDay !== undefined && tokens >= maxTokensPerDay
      ? { limit: 'maxTokensPerDay', what: `${tokens} of ${maxTokensPerDay} tokens`, used: tokens, max: maxTokensPerDay }
      : maxCostUsdPerDay !== undefined && used.costUsd >= maxCostUsdPerDay
        ? { limit: 'maxCostUsdPerDay', what: `$${used.costUsd.toFixed(2)} of $${maxCostUsdPerDay}`, used: used.costUsd, max: maxCostUsdPerDay }
        : undefined;
  if (!over) return;
  const resetsAt = nextDayStart(at, timeZone);
  const retryAfterSeconds = Math.max(1, Math.ceil((resetsAt.getTime() - at.getTime()) / 1000));
  throw new BuildwrightError({
    code: 'QUOTA_EXCEEDED',
    retryable: true,
    message: `This account used ${over.what} it may use per day (ownerLimits.${over.limit}). The quota resets at midnight ${timeZone} (${resetsAt.toISOString()}, in ${retryAfterSeconds} s); try again then, or ask for a higher limit.`,
    details: { limit: over.limit, used: over.used, max: over.max, day, resetsAt: resetsAt.toISOString(), retryAfterSeconds },
  });
}

/** Wraps what `beforeRun` or `ownerLimits` threw: the run is refused with it (fail closed). */
function hookFailure(error: unknown): BuildwrightError {
  return toBuildwrightError(error, { code: 'INTERNAL', message: 'A host hook (beforeRun or ownerLimits) failed, so the run was not started.' });
}
