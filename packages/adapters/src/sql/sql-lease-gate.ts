import type { RunLease } from '@buildwright/core';

/** The parts that make one SQL statement a write fenced by a run's lease (see {@link leaseGate}). */
export interface LeaseGate {
  /** Goes before the statement: `WITH lease AS (...) `, or nothing without a lease. */
  with: string;
  /** A condition of the statement's `WHERE`: true only while the lease is the run's current one (`true` without a lease). */
  holds: string;
  /** The statement's parameters, then the lease's (numbered after them). */
  params: unknown[];
}

/**
 * Fences a write in the write's own statement, one round trip: the `lease` CTE reads the run's
 * lease row `FOR SHARE` and the statement writes only `WHERE` that row holds `lease`'s epoch,
 * unreleased. The row lock lasts until the statement commits, so a claim (an UPDATE of that row)
 * waits for it; a write that meets a claim under way waits for it, reads the row again and, its
 * epoch gone, writes nothing. So no write of an older epoch commits after a newer claim. A write
 * that wrote no row tells the caller the lease is lost (when nothing else can explain it).
 *
 * @example
 * const gate = leaseGate(options?.lease, [runId, status]);
 * const updated = await db.query(`${gate.with}UPDATE buildwright_runs SET status = $2 WHERE id = $1 AND ${gate.holds} RETURNING id`, gate.params);
 */
export function leaseGate(lease: RunLease | undefined, params: unknown[]): LeaseGate {
  if (!lease) return { with: '', holds: 'true', params };
  const runId = params.length + 1;
  return {
    with: `WITH lease AS (SELECT 1 FROM buildwright_run_leases WHERE run_id = $${runId} AND epoch = $${runId + 1} AND NOT released FOR SHARE) `,
    holds: 'EXISTS (SELECT 1 FROM lease)',
    params: [...params, lease.runId, lease.epoch],
  };
}
