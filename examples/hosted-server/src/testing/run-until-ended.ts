import { call, waitFor } from './api-client.js';

/** Polls `GET /api/builder/runs/:id` until the run ended; returns the run record. */
export async function runUntilEnded(baseUrl: string, credential: string, runId: string, timeoutMs = 30_000): Promise<{ status: string; error: unknown; ownerId: string }> {
  const answer = await waitFor(
    () => call(baseUrl, 'GET', `/api/builder/runs/${runId}`, { credential }),
    (value) => value.status !== 200 || !['queued', 'running'].includes(value.body.run.status),
    timeoutMs,
  );
  if (answer.status !== 200) throw new Error(`GET /runs/${runId} answered ${answer.status}: ${JSON.stringify(answer.body)}`);
  return answer.body.run;
}
