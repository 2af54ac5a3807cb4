import type { RunFinishedReport, StorageAdapter } from '@buildwright/core';
import type { Logger } from 'pino';
import type { Metrics } from '../ops/metrics.js';
import { dispatchWebhookEvent } from '../webhooks/dispatch-webhook-event.js';
import type { WebhookPayload } from '../webhooks/webhook-events.js';
import type { WebhookQueue } from '../webhooks/webhook-queue.js';
import type { WebhookStore } from '../webhooks/webhook-store.js';

/**
 * The workers' `onRunFinished`: metrics of the run (status, duration, tokens, cost, failed
 * checks), a log line with its ids, and the outbound webhooks `run.completed` / `run.failed`
 * and `version.created`. The SDK calls it once per run across every worker, after the run's
 * terminal event is stored.
 *
 * @example
 * createWorker({ ...options, onRunFinished: onRunFinished({ storage, store, queue, metrics, logger }) });
 */
export function onRunFinished(dependencies: { storage: StorageAdapter; store: WebhookStore; queue: WebhookQueue; metrics: Metrics; logger: Logger }) {
  const { storage, metrics, logger } = dependencies;
  return async (report: RunFinishedReport): Promise<void> => {
    const { run, usage, status, ownerId } = report;
    const seconds = (Date.parse(run.updatedAt) - Date.parse(run.createdAt)) / 1000;
    metrics.runsFinished.inc({ status });
    metrics.runDuration.observe({ status }, Math.max(0, seconds));
    metrics.tokens.inc({ direction: 'input' }, usage.inputTokens);
    metrics.tokens.inc({ direction: 'output' }, usage.outputTokens);
    metrics.costUsd.inc(usage.costUsd);
    const events = await storage.readEvents({ ownerId, runId: run.id });
    for (const event of events) if (event.type === 'check.failed') metrics.checkFailures.inc({ check: event.check });
    logger.info({ runId: run.id, projectId: run.projectId, ownerId, status, tokens: usage.inputTokens + usage.outputTokens, costUsd: usage.costUsd }, `run ${status}`);

    const payloads: WebhookPayload[] = [];
    const at = new Date().toISOString();
    const base = { runId: run.id, projectId: run.projectId, mode: run.mode, usage };
    for (const event of events) {
      if (event.type === 'version.created') {
        payloads.push({
          id: `version.created:${run.projectId}:${event.number}`,
          type: 'version.created',
          createdAt: event.at,
          data: { ...base, version: event.number, fileCount: event.fileCount, message: event.message },
        });
      }
      if (event.type === 'run.completed')
        payloads.push({ id: `run.completed:${run.id}`, type: 'run.completed', createdAt: at, data: { ...base, version: event.versionNumber, summary: event.summary } });
      if (event.type === 'run.failed')
        payloads.push({ id: `run.failed:${run.id}`, type: 'run.failed', createdAt: at, data: { ...base, error: { code: event.code, message: event.message }, check: event.check } });
    }
    for (const payload of payloads) await dispatchWebhookEvent({ store: dependencies.store, queue: dependencies.queue }, ownerId, payload);
  };
}
