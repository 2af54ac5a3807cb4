import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Prometheus metrics of one process (the API and each worker expose their own `/metrics`). */
export interface Metrics {
  registry: Registry;
  httpRequests: Counter<'method' | 'route' | 'status'>;
  httpDuration: Histogram<'method' | 'route'>;
  runsStarted: Counter<'kind'>;
  runsFinished: Counter<'status'>;
  runDuration: Histogram<'status'>;
  checkFailures: Counter<'check'>;
  tokens: Counter<'direction'>;
  costUsd: Counter;
  webhookDeliveries: Counter<'outcome'>;
}

/**
 * A registry with the process defaults (CPU, memory, event loop) and the service's metrics.
 * `queueDepth` is asked at each scrape (BullMQ's job counts by state).
 *
 * @example
 * const metrics = createMetrics({ queueDepth: () => runQueueCounts() });
 */
export function createMetrics(options: { queueDepth?: () => Promise<Record<string, number>> } = {}): Metrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  if (options.queueDepth) {
    const depth = options.queueDepth;
    new Gauge({
      name: 'buildwright_queue_jobs',
      help: 'Jobs of the run queue by state (waiting, active, delayed, failed).',
      labelNames: ['state'],
      registers,
      async collect() {
        for (const [state, count] of Object.entries(await depth())) this.set({ state }, count);
      },
    });
  }
  return {
    registry,
    httpRequests: new Counter({ name: 'http_requests_total', help: 'HTTP requests answered.', labelNames: ['method', 'route', 'status'], registers }),
    httpDuration: new Histogram({ name: 'http_request_duration_seconds', help: 'Time to the response headers.', labelNames: ['method', 'route'], registers }),
    runsStarted: new Counter({ name: 'buildwright_runs_started_total', help: 'Runs admitted and enqueued by this API.', labelNames: ['kind'], registers }),
    runsFinished: new Counter({ name: 'buildwright_runs_finished_total', help: 'Runs this worker ended, by status.', labelNames: ['status'], registers }),
    runDuration: new Histogram({
      name: 'buildwright_run_duration_seconds',
      help: 'From the run being stored to its end.',
      labelNames: ['status'],
      buckets: [1, 5, 15, 30, 60, 120, 300, 600, 900],
      registers,
    }),
    checkFailures: new Counter({ name: 'buildwright_check_failures_total', help: 'Failed checks (each attempt) in ended runs.', labelNames: ['check'], registers }),
    tokens: new Counter({ name: 'buildwright_tokens_total', help: 'Model tokens of ended runs.', labelNames: ['direction'], registers }),
    costUsd: new Counter({ name: 'buildwright_cost_usd_total', help: 'Model cost of ended runs, US dollars.', registers }),
    webhookDeliveries: new Counter({ name: 'webhook_delivery_attempts_total', help: 'Outbound webhook delivery attempts by outcome.', labelNames: ['outcome'], registers }),
  };
}
