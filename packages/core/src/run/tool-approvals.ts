import { BuildwrightError } from '@buildwright/client';
import type { ToolApprovalAnswer } from '../graph/external-tools/tool-consent.js';
import type { StorageAdapter, ToolDecision } from '../spec/storage.js';
import { storagePollMs } from './follow-cancel-requests.js';

/**
 * Waiters of this process by `${runId}\n${id}`: a decision made here wakes its waiter at once; one
 * made in another process is found by the waiter's storage poll. Module-wide, so the builders and
 * workers of one process wake each other's runs.
 */
const waiters = new Map<string, () => void>();

const key = (runId: string, id: string) => `${runId}\n${id}`;

/** Wakes the run waiting for this approval in this process, if any (it then reads the decision from storage). */
export function wakeToolApproval(runId: string, id: string): void {
  waiters.get(key(runId, id))?.();
}

/**
 * Waits until the stored approval is decided, reading storage when woken and every
 * {@link storagePollMs}. After `timeoutMs` without a decision it is denied (stored, so a late
 * decision is refused). Rejects with the abort reason when the run is cancelled.
 *
 * @example
 * const answer = await waitForToolApproval({ storage, ownerId, runId, id, timeoutMs: 600_000, signal });
 */
export function waitForToolApproval(input: { storage: StorageAdapter; ownerId: string; runId: string; id: string; timeoutMs: number; signal: AbortSignal }): Promise<ToolApprovalAnswer> {
  const { storage, ownerId, runId, id, signal } = input;
  return new Promise<ToolApprovalAnswer>((resolve, reject) => {
    let settled = false;
    let reading = false;
    let again = false;
    const finish = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearInterval(poll);
      clearTimeout(deadline);
      signal.removeEventListener('abort', onAbort);
      if (waiters.get(key(runId, id)) === read) waiters.delete(key(runId, id));
      outcome();
    };
    const read = () => {
      if (settled) return;
      if (reading) return void (again = true);
      reading = true;
      storage
        .getToolApproval({ runId, id })
        .then((approval) => {
          if (approval && approval.status !== 'pending') finish(() => resolve({ decision: approval.status as ToolDecision, remember: approval.remember, by: 'user' }));
        })
        .catch(() => undefined)
        .finally(() => {
          reading = false;
          if (again) {
            again = false;
            read();
          }
        });
    };
    const onAbort = () => finish(() => reject(BuildwrightError.isInstance(signal.reason) ? signal.reason : new BuildwrightError({ code: 'RUN_CANCELLED', message: 'The run was cancelled.' })));
    const poll = setInterval(read, storagePollMs);
    poll.unref?.();
    const deadline = setTimeout(() => {
      storage
        .decideToolApproval({ ownerId, runId, id, decision: 'deny', remember: false })
        .then((denied) => {
          if (denied) finish(() => resolve({ decision: 'deny', remember: false, by: 'timeout' }));
          else read();
        })
        .catch(() => finish(() => resolve({ decision: 'deny', remember: false, by: 'timeout' })));
    }, input.timeoutMs);
    deadline.unref?.();
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    waiters.set(key(runId, id), read);
    read();
  });
}
