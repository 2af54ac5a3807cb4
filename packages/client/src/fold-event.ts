import type { BuildwrightEvent } from './event-types.js';
import type { ProjectKind } from './records.js';
import { emptyUsage, type BuilderSnapshot, type ChatMessage, type CheckView, type FileChange, type RunView } from './client-state.js';
import { appendText, chatMessage } from './chat-message.js';
import { withChatStatus } from './chat-status.js';
import { syncActivity } from './run-activity.js';

/**
 * A fresh run view, before its first event arrives.
 *
 * @example
 * const run = createRunView({ id: runId, projectId, mode: 'generate', prompt: 'a todo app', kind: 'web' });
 */
export function createRunView(input: { id: string; projectId: string; mode: RunView['mode']; prompt: string; kind: ProjectKind | null }): RunView {
  return {
    ...input,
    status: 'starting',
    requirements: null,
    plan: null,
    checks: [],
    fixAttempts: [],
    usage: emptyUsage,
    notices: [],
    error: null,
    summary: null,
    versionNumber: null,
    apiContract: null,
    toolApprovals: [],
    lastSeq: 0,
  };
}

/** The id of the user message of a run (the same whether it came from the action or from `run.started`). */
export const promptMessageId = (runId: string) => `${runId}:prompt`;

/**
 * Folds one event of the current run into a snapshot. Pure: events of another run, or with a
 * seq already folded, return the same snapshot object, so a reconnecting stream that replays
 * events changes nothing. Untouched slices keep their identity.
 *
 * @example
 * let snapshot = initialSnapshot;
 * for (const event of events) snapshot = foldEvent(snapshot, event);
 */
export function foldEvent(snapshot: BuilderSnapshot, event: BuildwrightEvent): BuilderSnapshot {
  const current = snapshot.run;
  if (!current || event.runId !== current.id || event.seq <= current.lastSeq) return snapshot;
  let run: RunView = { ...current, lastSeq: event.seq, status: current.status === 'starting' ? 'running' : current.status };
  let next: BuilderSnapshot = snapshot;
  const endStreaming = () => {
    if (next.messages.some((message) => message.streaming)) next = { ...next, messages: next.messages.map((message) => (message.streaming ? { ...message, streaming: false } : message)) };
  };
  const addMessage = (message: ChatMessage) => {
    if (!next.messages.some((existing) => existing.id === message.id)) next = { ...next, messages: [...next.messages, message] };
  };
  /** `content`: the file's text when the event carried it; `null` marks it changed but not loaded. */
  const changeFile = (path: string, change: FileChange, content: string | null = null) => {
    const contents = { ...next.files.contents };
    if (change === 'deleted') delete contents[path];
    else if (change !== 'edit_failed') contents[path] = content;
    const changes = change === 'edit_failed' && next.files.changes[path] ? next.files.changes : { ...next.files.changes, [path]: change };
    next = { ...next, files: { ...next.files, contents: change === 'edit_failed' ? next.files.contents : sortKeys(contents), changes } };
    if (change !== 'edit_failed') setDraft(path, undefined);
  };
  const setDraft = (path: string, draft: string | undefined) => {
    if (draft === undefined && !Object.hasOwn(next.files.streaming, path)) return;
    const streaming = { ...next.files.streaming };
    if (draft === undefined) delete streaming[path];
    else streaming[path] = draft;
    next = { ...next, files: { ...next.files, streaming } };
  };
  /** A run that ended: its drafts and its live preview (the server stops) are gone. */
  const dropRunLeftovers = () => {
    if (Object.keys(next.files.streaming).length > 0) next = { ...next, files: { ...next.files, streaming: {} } };
    if (next.preview.live) next = { ...next, preview: { ...next.preview, live: null } };
  };
  const upsertCheck = (check: CheckView) => {
    const index = run.checks.findIndex((existing) => existing.name === check.name);
    run = { ...run, checks: index === -1 ? [...run.checks, check] : run.checks.map((existing, i) => (i === index ? check : existing)) };
  };
  const setStep = (stepId: string, status: 'running' | 'done') => {
    if (run.plan) run = { ...run, plan: { ...run.plan, steps: run.plan.steps.map((step) => (step.id === stepId ? { ...step, status } : step)) } };
  };

  // Prose of one model call arrives as consecutive deltas; anything else in between ends the message.
  // A file preview does not end the prose around it (tagged-text models interleave the two).
  if (event.type !== 'llm.delta' && event.type !== 'file.streaming') endStreaming();
  switch (event.type) {
    case 'run.started':
      run = { ...run, mode: event.mode, prompt: event.prompt, kind: event.kind };
      addMessage(chatMessage({ id: promptMessageId(event.runId), runId: event.runId, role: 'user', kind: 'prompt', content: event.prompt }));
      if (next.preview.status !== 'ready') next = { ...next, preview: { url: null, docsUrl: null, status: 'waiting', reason: null, live: null } };
      break;
    case 'tool.approval_requested':
      run = { ...run, toolApprovals: [...run.toolApprovals, { id: event.id, server: event.server, tool: event.tool, arguments: event.arguments, status: 'pending' }] };
      break;
    case 'tool.approval_decided':
      run = { ...run, toolApprovals: run.toolApprovals.map((approval) => (approval.id === event.id ? { ...approval, status: event.decision } : approval)) };
      break;
    case 'notice.posted':
      run = { ...run, notices: [...run.notices, { level: event.level, message: event.message }] };
      break;
    case 'requirements.created':
      run = { ...run, requirements: event.requirements };
      break;
    case 'plan.created':
      run = { ...run, plan: { title: event.plan.title, summary: event.plan.summary, steps: event.plan.steps.map((step) => ({ ...step, status: 'pending' })) } };
      break;
    case 'plan.awaiting_approval':
      run = { ...run, status: 'awaiting_approval' };
      break;
    case 'plan.approved':
      run = { ...run, status: 'running', plan: { title: event.plan.title, summary: event.plan.summary, steps: event.plan.steps.map((step) => ({ ...step, status: 'pending' })) } };
      break;
    case 'step.started':
      setStep(event.stepId, 'running');
      break;
    case 'step.completed':
      setStep(event.stepId, 'done');
      break;
    case 'llm.delta': {
      const last = next.messages.at(-1);
      if (last?.streaming && last.node === event.node) {
        next = { ...next, messages: [...next.messages.slice(0, -1), appendText(last, event.text)] };
      } else {
        endStreaming();
        addMessage(chatMessage({ id: `${event.runId}:${event.seq}`, runId: event.runId, role: 'assistant', kind: 'text', content: event.text, node: event.node, streaming: true }));
      }
      break;
    }
    case 'file.streaming': {
      const draft = next.files.streaming[event.path];
      if (event.discarded) setDraft(event.path, undefined);
      else if (event.offset === 0) setDraft(event.path, event.delta);
      // A delta that does not follow the draft (one was missed) is not guessed at.
      else if (draft?.length === event.offset) setDraft(event.path, draft + event.delta);
      break;
    }
    case 'file.written':
      changeFile(event.path, 'written', event.content ?? null);
      break;
    case 'file.edited':
      changeFile(event.path, 'edited', event.content ?? null);
      break;
    case 'file.deleted':
      changeFile(event.path, 'deleted');
      break;
    case 'file.edit_failed':
      changeFile(event.path, 'edit_failed');
      break;
    case 'check.started':
      upsertCheck({ name: event.check, status: 'running', report: null, durationMs: null });
      break;
    case 'check.passed':
      upsertCheck({ name: event.check, status: 'passed', report: null, durationMs: event.durationMs });
      break;
    case 'check.failed':
      upsertCheck({ name: event.check, status: 'failed', report: event.report, durationMs: event.durationMs });
      break;
    case 'check.skipped':
      upsertCheck({ name: event.check, status: 'skipped', report: event.reason, durationMs: null });
      break;
    case 'fix.started':
      run = { ...run, fixAttempts: [...run.fixAttempts, { attempt: event.attempt, check: event.check, report: event.report }] };
      break;
    case 'usage':
      run = {
        ...run,
        usage: {
          calls: run.usage.calls + 1,
          inputTokens: run.usage.inputTokens + event.inputTokens,
          outputTokens: run.usage.outputTokens + event.outputTokens,
          costUsd: run.usage.costUsd + event.costUsd,
          estimated: run.usage.estimated || event.estimated,
        },
      };
      break;
    case 'contract.deployed': {
      const contract = { name: event.name, address: event.address, chainId: event.chainId, network: event.network, txHash: event.txHash, explorerUrl: event.explorerUrl, abi: null };
      next = { ...next, contracts: [...next.contracts.filter((existing) => existing.address !== event.address), contract] };
      break;
    }
    case 'preview.ready':
      next = { ...next, preview: { url: event.url, docsUrl: event.docsUrl ?? null, status: 'ready', reason: null, live: null } };
      break;
    case 'preview.updated':
      next = { ...next, preview: { ...next.preview, live: { url: event.url, afterStep: event.afterStep } } };
      break;
    case 'api.contract_checked':
      run = { ...run, apiContract: { specPath: event.specPath, seed: event.seed, passed: event.passed, operations: event.operations } };
      break;
    case 'version.created':
      run = { ...run, versionNumber: event.number };
      break;
    case 'run.completed':
      endStreaming();
      dropRunLeftovers();
      run = { ...run, status: 'completed', summary: event.summary, versionNumber: event.versionNumber };
      addMessage(chatMessage({ id: `${event.runId}:summary`, runId: event.runId, role: 'assistant', kind: 'summary', content: event.summary }));
      if (next.preview.status === 'waiting') next = { ...next, preview: { url: null, docsUrl: null, status: 'none', reason: 'This run started no preview (no browser check ran).', live: null } };
      break;
    case 'run.failed':
      endStreaming();
      dropRunLeftovers();
      run = { ...run, status: 'failed', error: { code: event.code, message: event.message, check: event.check } };
      next = { ...next, error: { code: event.code, message: event.message, source: 'run' } };
      addMessage(
        chatMessage({
          id: `${event.runId}:failed`,
          runId: event.runId,
          role: 'assistant',
          kind: 'error',
          content: event.message,
          part: { type: 'error', code: event.code, message: event.message, check: event.check },
        }),
      );
      if (next.preview.status === 'waiting') next = { ...next, preview: { url: null, docsUrl: null, status: 'failed', reason: event.message, live: null } };
      break;
    case 'run.cancelled':
      endStreaming();
      dropRunLeftovers();
      run = { ...run, status: 'cancelled', error: { code: 'RUN_CANCELLED', message: event.reason, check: null } };
      addMessage(chatMessage({ id: `${event.runId}:cancelled`, runId: event.runId, role: 'assistant', kind: 'notice', content: event.reason }));
      if (next.preview.status === 'waiting') next = { ...next, preview: { url: null, docsUrl: null, status: 'none', reason: null, live: null } };
      break;
    default:
      break;
  }
  return withChatStatus(syncActivity({ ...next, run }, snapshot));
}

function sortKeys<T>(record: Record<string, T>): Record<string, T> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
