import type { RunHandle } from '../run/run-handle.js';
import type { OwnerCaps } from './owner-caps.js';

/**
 * Starts a run in one of the owner's run slots (given back when the run ends) and resolves once
 * it has started: its first event is stored, so its record exists. A run refused before that (a
 * host hook, a bad template, a missing project) rejects with why, and its slot is given back.
 *
 * @example
 * const run = await startInSlot(runSlots, ownerId, () => builder.generate({ prompt, kind: 'web' }, { ownerId }));
 */
export async function startInSlot(slots: OwnerCaps, ownerId: string, start: () => RunHandle): Promise<RunHandle> {
  const release = slots.acquire(ownerId);
  let run: RunHandle;
  try {
    run = start();
  } catch (error) {
    release();
    throw error;
  }
  void run.result.then(release, release);
  await started(run);
  return run;
}

function started(run: RunHandle): Promise<void> {
  return new Promise((resolve, reject) => {
    const off = run.on('event', () => {
      off();
      resolve();
    });
    run.result.then(
      () => {
        off();
        resolve();
      },
      (error: unknown) => {
        off();
        reject(error);
      },
    );
  });
}
