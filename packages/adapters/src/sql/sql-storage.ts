import { randomUUID } from 'node:crypto';
import { BuildwrightError, idTaken, projectNotFound, runLeaseLost, runNotFound, terminalEventTypes, versionOfAnotherProject } from '@buildwright/core';
import type { RunLease, RunWriteOptions, StorageAdapter, VectorSearchMode, VectorStorage, VersionRecord } from '@buildwright/core';
import { migrateDatabase } from './migrate.js';
import { blobKey, insertBlobs, selectBlobs } from './sql-blobs.js';
import { withTransaction, type SqlClient, type SqlDatabase } from './sql-database.js';
import { sqlState, toStorageError } from './sql-errors.js';
import { leaseGate, type LeaseGate } from './sql-lease-gate.js';
import { markCommitUnknown } from './connection-errors.js';
import { retryConnection, type RepeatPolicy } from './sql-retry.js';
import { decideToolApproval, insertToolApproval, selectToolApproval, selectToolConsents, selectToolPin, upsertToolConsent, upsertToolPin } from './sql-tool-consent.js';
import { deleteRunCancelRequest, insertRunCancelRequest, selectRunCancelRequest } from './sql-run-cancel.js';
import {
  checkpointColumns,
  checkpointWriteColumns,
  contractColumns,
  messageColumns,
  projectColumns,
  runColumns,
  toCheckpoint,
  toCheckpointWrite,
  toContract,
  toMessage,
  toProject,
  toRun,
  toUsage,
  toVersion,
  usageColumns,
  versionColumns,
} from './sql-rows.js';
import { jsonParameter } from './sql-values.js';
import { deleteProjectRows, selectProjectPage, updateProjectName } from './sql-projects.js';
import { insertVersion, selectVersionFiles } from './sql-versions.js';
import { recordGitSyncIn, selectGitCommits, selectGitLink, upsertGitLink } from './sql-git-sync.js';
import { sqlDeployments } from './sql-deployments.js';
import { sqlAgents } from './sql-agents.js';
import { resolveVectorMode, sqlVectors, type SqlVectorMode } from './sql-vectors.js';
import { defaultVectorCacheBytes } from './sql-vector-cache.js';

/** Options of {@link sqlStorage}. */
export interface SqlStorageOptions {
  /** The database, or a function opening it on first use (so creating the storage does no I/O). */
  db: SqlDatabase | (() => Promise<SqlDatabase>);
  /** Provider name reported by the adapter, e.g. `pglite` or `postgres`. */
  provider: string;
  /** Releases the database on `close()`; omit when the caller owns the connection. */
  close?: (db: SqlDatabase) => Promise<void>;
  /**
   * For a database behind a network connection: how long (ms) a call keeps retrying, with
   * exponential backoff, while the connection is lost or refused before it throws
   * `STORAGE_UNAVAILABLE`. Omit for an in-process database (PGlite): errors are thrown at once.
   */
  retryForMs?: number;
  /**
   * How `storage.vectors` searches (see `SqlVectorMode`): `exact` (default) ranks by cosine in
   * process, `pgvector` in the database with the `vector` extension, `auto` uses pgvector when
   * the server has it and `exact` otherwise.
   */
  vectors?: SqlVectorMode;
  /**
   * Bound (bytes) of the process-local cache that serves `storage.vectors` searches: each searched
   * collection's vectors decoded as float32 (≈ rows × dimensions × 4 bytes, plus ≈ 100 a row), the
   * least recently searched leaving first, checked against the database by one revision read per
   * search. A collection over the bound is searched in the database every time. Default 64 MiB;
   * `0` turns the cache off.
   */
  vectorCacheBytes?: number;
}

/** A StorageAdapter over SQL, with a test hook. */
export interface SqlStorage extends StorageAdapter {
  readonly vectors: VectorStorage;
  /**
   * Number of distinct file contents stored (rows of `buildwright_file_blobs`).
   * @internal Test hook for the "unchanged content stored once" conformance case.
   */
  countBlobs(): Promise<number>;
}

const now = () => new Date().toISOString();

/**
 * The one SQL implementation of the storage port, shared by PGlite and Postgres. Takes anything
 * with `query(text, params) → { rows }` (a `pg.Pool`, a `PGlite`); applies migrations on first
 * use. Prefer `pgliteStorage` or `postgresStorage`, which build it for you.
 *
 * @example
 * import pg from 'pg';
 * import { sqlStorage } from '@buildwright/adapters/sql';
 *
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 * const storage = sqlStorage({ db: pool, provider: 'postgres' });
 * const project = await storage.createProject({ ownerId: 'user-1', name: 'Todo', kind: 'web' });
 */
export function sqlStorage(options: SqlStorageOptions): SqlStorage {
  const { provider } = options;
  const vectorCacheBytes = options.vectorCacheBytes ?? defaultVectorCacheBytes;
  if (!Number.isFinite(vectorCacheBytes) || vectorCacheBytes < 0) {
    throw new BuildwrightError({
      code: 'INVALID_INPUT',
      message: `The ${provider} storage's vectorCacheBytes must be a number of bytes, 0 or more (0 turns the vector cache off), not ${String(options.vectorCacheBytes)}.`,
      details: { provider },
    });
  }
  let opened: Promise<SqlDatabase> | undefined;
  let migrated: Promise<unknown> | undefined;
  let closed = false;
  const closing = new AbortController();

  const open = (): Promise<SqlDatabase> => {
    if (closed) {
      return Promise.reject(new BuildwrightError({ code: 'STORAGE_ERROR', message: `This ${provider} storage is closed. Create a new storage to keep using the database.`, details: { provider } }));
    }
    opened ??= (typeof options.db === 'function' ? options.db() : Promise.resolve(options.db)).catch((error: unknown) => {
      opened = undefined;
      throw toStorageError(error, 'open', provider);
    });
    return opened;
  };
  const runMigrations = async (db: SqlDatabase) => {
    const running = migrateDatabase(db).catch((error: unknown) => {
      migrated = undefined;
      throw toStorageError(error, 'migrate', provider);
    });
    migrated = running;
    await running;
  };
  let vectorMode: Promise<VectorSearchMode> | undefined;
  /** The vector search mode, found once (`auto` looks for pgvector); a failed look is tried again next time. */
  const resolveVectors = (db: SqlDatabase) => {
    vectorMode ??= resolveVectorMode(db, options.vectors ?? 'exact', provider).catch((error: unknown) => {
      vectorMode = undefined;
      throw error;
    });
    return vectorMode;
  };
  const ready = async (): Promise<SqlDatabase> => {
    const db = await open();
    if (migrated === undefined) await runMigrations(db);
    else await migrated;
    return db;
  };
  /**
   * Runs one storage call on a migrated database, wrapping driver errors; with `retryForMs`, a
   * lost connection is retried as `repeat` allows (`fn` learns whether it is a retry).
   */
  const call = async <T>(action: string, fn: (db: SqlDatabase, retried: boolean) => Promise<T>, repeat: RepeatPolicy = 'safe'): Promise<T> => {
    const attempt = async (retried: boolean) => {
      const db = await ready();
      try {
        return await fn(db, retried);
      } catch (error) {
        throw toStorageError(error, action, provider);
      }
    };
    if (options.retryForMs === undefined) return attempt(false);
    return retryConnection(attempt, { action, provider, retryForMs: options.retryForMs, repeat, signal: closing.signal });
  };
  /** The row with this primary key, when a retried insert met it: its own insert committed before the answer was lost. */
  const ownRow = async (db: SqlDatabase, table: string, columns: string, id: string) => (await db.query(`SELECT ${columns} FROM ${table} WHERE id = $1`, [id])).rows[0];
  /**
   * Inserts a row of a project under a fresh `id`, fenced by the lease of `options` (`insert` is
   * `<gate.with>INSERT ... SELECT ... WHERE <gate.holds> ON CONFLICT (id) DO NOTHING RETURNING
   * <columns>`), and returns it; a retry finds the row its lost answer committed.
   */
  const insertProjectRow = async (
    db: SqlDatabase,
    retried: boolean,
    options: RunWriteOptions | undefined,
    row: { table: string; columns: string; what: string; id: string; projectId: string; insert: (gate: LeaseGate) => string; values: unknown[] },
  ) => {
    if (!(await ownsProject(db, row.projectId))) throw projectNotFound(row.projectId);
    const gate = leaseGate(options?.lease, row.values);
    const inserted = await db.query(row.insert(gate), gate.params);
    if (!inserted.rows[0] && options?.lease && !(await leaseIsCurrent(db, options.lease))) throw runLeaseLost(options.lease);
    const stored = inserted.rows[0] ?? (retried ? await ownRow(db, row.table, row.columns, row.id) : undefined);
    if (!stored) throw idTaken(row.what, row.id);
    return stored;
  };
  /** The rows of `table` of a project, in `order`, when the project is this owner's (none otherwise). */
  const projectRows = async (db: SqlDatabase, table: string, columns: string, order: string, { ownerId, projectId }: { ownerId: string; projectId: string }) => {
    const found = await db.query(
      `SELECT ${columns
        .split(', ')
        .map((column) => `t.${column}`)
        .join(', ')}
       FROM ${table} t JOIN buildwright_projects p ON p.id = t.project_id
       WHERE t.project_id = $1 AND p.owner_id = $2 ORDER BY t.${order}`,
      [projectId, ownerId],
    );
    return found.rows;
  };
  const ownsProject = async (db: SqlDatabase, projectId: string, ownerId?: string) => {
    const found = await db.query(
      ownerId === undefined ? 'SELECT 1 FROM buildwright_projects WHERE id = $1' : 'SELECT 1 FROM buildwright_projects WHERE id = $1 AND owner_id = $2',
      ownerId === undefined ? [projectId] : [projectId, ownerId],
    );
    return found.rows.length > 0;
  };
  const runExists = async (db: SqlClient, runId: string) => (await db.query('SELECT 1 FROM buildwright_runs WHERE id = $1', [runId])).rows.length > 0;
  /**
   * Refuses the write of a transaction unless `lease` is the run's current lease. `FOR SHARE` holds
   * the lease row until the transaction ends, so a claim (an UPDATE of that row) waits for it: no
   * write of an older epoch commits after a newer claim. A write of one statement is fenced in that
   * statement instead ({@link leaseGate}), one round trip rather than four.
   */
  const checkLease = async (tx: SqlClient, lease: RunLease) => {
    const found = await tx.query('SELECT 1 FROM buildwright_run_leases WHERE run_id = $1 AND epoch = $2 AND NOT released FOR SHARE', [lease.runId, lease.epoch]);
    if (found.rows.length === 0) throw runLeaseLost(lease);
  };
  /** True while `lease` is the run's current lease (once it is not, it never is again: epochs only go up). */
  const leaseIsCurrent = async (db: SqlClient, lease: RunLease) =>
    (await db.query('SELECT 1 FROM buildwright_run_leases WHERE run_id = $1 AND epoch = $2 AND NOT released', [lease.runId, lease.epoch])).rows.length > 0;
  /**
   * Runs one statement that must not apply twice: a lost connection after it was sent leaves its
   * outcome unknown, as a lost COMMIT does, so the call is not repeated (`'unless-committed'`).
   */
  const applyOnce = async (db: SqlClient, text: string, params: unknown[]) => {
    try {
      return await db.query(text, params);
    } catch (error) {
      markCommitUnknown(error);
      throw error;
    }
  };
  const toLease = (row: { run_id: string; worker_id: string; epoch: number; expires_at: Date | string }): RunLease => ({
    runId: row.run_id,
    workerId: row.worker_id,
    epoch: Number(row.epoch),
    expiresAt: new Date(row.expires_at).toISOString(),
  });

  return {
    specificationVersion: 'v1',
    provider,

    async migrate() {
      await runMigrations(await open());
    },
    async close() {
      if (closed) return;
      closed = true;
      closing.abort(new BuildwrightError({ code: 'STORAGE_ERROR', message: `This ${provider} storage was closed while a call waited for the database.`, details: { provider } }));
      const db = opened && (await opened.catch(() => undefined));
      opened = undefined;
      if (db && options.close) {
        await migrated?.catch(() => undefined);
        await options.close(db);
      }
    },

    createProject: ({ ownerId, name, kind, id, chain }) => {
      const projectId = id ?? randomUUID();
      return call('createProject', async (db, retried) => {
        const at = now();
        const inserted = await db.query(
          `INSERT INTO buildwright_projects (id, owner_id, name, kind, current_version, chain, created_at, updated_at)
           VALUES ($1, $2, $3, $4, NULL, $6, $5, $5) ON CONFLICT (id) DO NOTHING RETURNING ${projectColumns}`,
          [projectId, ownerId, name, kind, at, chain ?? null],
        );
        const stored = inserted.rows[0] ?? (retried ? await ownRow(db, 'buildwright_projects', projectColumns, projectId) : undefined);
        if (!stored || stored.owner_id !== ownerId || stored.name !== name || stored.kind !== kind) throw idTaken('project', projectId);
        return toProject(stored);
      });
    },
    getProject: ({ ownerId, projectId }) =>
      call('getProject', async (db) => {
        const row = (await db.query(`SELECT ${projectColumns} FROM buildwright_projects WHERE id = $1 AND owner_id = $2`, [projectId, ownerId])).rows[0];
        return row && toProject(row);
      }),
    listProjects: ({ ownerId }) =>
      call('listProjects', async (db) => (await db.query(`SELECT ${projectColumns} FROM buildwright_projects WHERE owner_id = $1 ORDER BY position`, [ownerId])).rows.map(toProject)),
    searchProjects: (input) => call('searchProjects', (db) => selectProjectPage(db, input)),
    renameProject: ({ ownerId, projectId, name }) => call('renameProject', (db) => updateProjectName(db, { ownerId, projectId, name, at: now() })),
    deleteProject: ({ ownerId, projectId }) => call('deleteProject', (db, retried) => deleteProjectRows(db, { ownerId, projectId, retried })),

    createRun: ({ ownerId, projectId, mode, prompt, budgets, id, status }) => {
      const runId = id ?? randomUUID();
      return call('createRun', async (db, retried) => {
        if (!(await ownsProject(db, projectId, ownerId))) throw projectNotFound(projectId);
        const at = now();
        const inserted = await db.query(
          `INSERT INTO buildwright_runs (id, project_id, owner_id, mode, prompt, status, budgets, cost_usd, error, created_at, updated_at)
           VALUES ($1, $2, $3, $4, $5, $8, $6::jsonb, 0, NULL, $7, $7) ON CONFLICT (id) DO NOTHING RETURNING ${runColumns}`,
          [runId, projectId, ownerId, mode, prompt, jsonParameter(budgets), at, status ?? 'running'],
        );
        const stored = inserted.rows[0] ?? (retried ? await ownRow(db, 'buildwright_runs', runColumns, runId) : undefined);
        if (!stored || stored.owner_id !== ownerId || stored.project_id !== projectId || stored.prompt !== prompt) throw idTaken('run', runId);
        return toRun(stored);
      });
    },
    getRun: ({ ownerId, runId }) =>
      call('getRun', async (db) => {
        const row = (await db.query(`SELECT ${runColumns} FROM buildwright_runs WHERE id = $1 AND owner_id = $2`, [runId, ownerId])).rows[0];
        return row && toRun(row);
      }),
    updateRun: ({ runId, status, error, costUsd }, options) =>
      call('updateRun', async (db) => {
        const gate = leaseGate(options?.lease, [runId, status ?? null, error !== undefined, error === undefined || error === null ? null : jsonParameter(error), costUsd ?? null, now()]);
        const updated = await db.query(
          `${gate.with}UPDATE buildwright_runs SET
             status = coalesce($2, status),
             error = CASE WHEN $3::boolean THEN $4::jsonb ELSE error END,
             cost_usd = coalesce($5::double precision, cost_usd),
             updated_at = $6
           WHERE id = $1 AND ${gate.holds} RETURNING id`,
          gate.params,
        );
        if (updated.rows.length > 0) return;
        if (options?.lease && (await runExists(db, runId))) throw runLeaseLost(options.lease);
        throw runNotFound(runId);
      }),
    transitionRun: ({ ownerId, runId, from, to }) =>
      call('transitionRun', async (db) => {
        const moved = await db.query('UPDATE buildwright_runs SET status = $4, updated_at = $5 WHERE id = $1 AND owner_id = $2 AND status = $3 RETURNING id', [runId, ownerId, from, to, now()]);
        return moved.rows.length > 0;
      }),
    listRuns: ({ ownerId, projectId }) =>
      call('listRuns', async (db) => (await db.query(`SELECT ${runColumns} FROM buildwright_runs WHERE project_id = $1 AND owner_id = $2 ORDER BY position`, [projectId, ownerId])).rows.map(toRun)),
    requestRunCancel: ({ ownerId, runId, reason }) => call('requestRunCancel', (db) => insertRunCancelRequest(db, { ownerId, runId, reason, at: now() })),
    getRunCancelRequest: ({ runId }) => call('getRunCancelRequest', (db) => selectRunCancelRequest(db, runId)),
    clearRunCancelRequest: ({ runId }) => call('clearRunCancelRequest', (db) => deleteRunCancelRequest(db, runId)),
    createToolApproval: (input) =>
      call('createToolApproval', async (db) => {
        try {
          await insertToolApproval(db, { ...input, at: now() });
        } catch (error) {
          if (sqlState(error) === '23503') throw runNotFound(input.runId);
          throw error;
        }
      }),
    decideToolApproval: (input) => call('decideToolApproval', (db) => decideToolApproval(db, { ...input, at: now() })),
    getToolApproval: (input) => call('getToolApproval', (db) => selectToolApproval(db, input)),
    listToolConsents: ({ projectId }) => call('listToolConsents', (db) => selectToolConsents(db, projectId)),
    saveToolConsent: (input) =>
      call('saveToolConsent', async (db) => {
        try {
          await upsertToolConsent(db, { ...input, at: now() });
        } catch (error) {
          if (sqlState(error) === '23503') throw projectNotFound(input.projectId);
          throw error;
        }
      }),
    getToolPin: (input) => call('getToolPin', (db) => selectToolPin(db, input)),
    saveToolPin: (input) =>
      call('saveToolPin', async (db) => {
        try {
          await upsertToolPin(db, { ...input, at: now() });
        } catch (error) {
          if (sqlState(error) === '23503') throw projectNotFound(input.projectId);
          throw error;
        }
      }),

    appendEvent: (event, options) =>
      call('appendEvent', async (db, retried) => {
        try {
          const gate = leaseGate(options?.lease, [event.runId, event.seq, event.type, jsonParameter(event)]);
          const inserted = await db.query(`${gate.with}INSERT INTO buildwright_events (run_id, seq, type, payload) SELECT $1, $2, $3, $4::jsonb WHERE ${gate.holds} RETURNING seq`, gate.params);
          if (inserted.rows.length === 0 && options?.lease) throw runLeaseLost(options.lease);
        } catch (error) {
          if (sqlState(error) === '23503') throw runNotFound(event.runId);
          if (sqlState(error) === '23505') {
            // A retry that finds the event it sent (same type and timestamp) stored: the first attempt committed.
            if (retried) {
              const stored = (await db.query('SELECT payload FROM buildwright_events WHERE run_id = $1 AND seq = $2', [event.runId, event.seq])).rows[0]?.payload;
              if (stored?.type === event.type && stored?.at === event.at) return;
            }
            throw new BuildwrightError({
              code: 'STORAGE_ERROR',
              message: `Run "${event.runId}" already has an event with seq ${event.seq}. Each event of a run needs the next seq; read the events after the last seq you know before appending.`,
              cause: error,
              details: { runId: event.runId, seq: event.seq, reason: 'duplicate_seq' },
            });
          }
          throw error;
        }
      }),
    readEvents: ({ ownerId, runId, afterSeq, limit }) =>
      call('readEvents', async (db) => {
        const found = await db.query(
          `SELECT e.payload FROM buildwright_events e JOIN buildwright_runs r ON r.id = e.run_id
           WHERE e.run_id = $1 AND r.owner_id = $2 AND e.seq > $3 ORDER BY e.seq LIMIT $4`,
          [runId, ownerId, afterSeq ?? 0, limit ?? null],
        );
        return found.rows.map((row) => row.payload);
      }),

    appendMessage: ({ projectId, runId, role, content }, options) => {
      const id = randomUUID();
      return call('appendMessage', async (db, retried) =>
        toMessage(
          await insertProjectRow(db, retried, options, {
            table: 'buildwright_messages',
            columns: messageColumns,
            what: 'message',
            id,
            projectId,
            insert: (gate) => `${gate.with}INSERT INTO buildwright_messages (id, project_id, run_id, role, content, created_at) SELECT $1, $2, $3, $4, $5, $6
                     WHERE ${gate.holds} ON CONFLICT (id) DO NOTHING RETURNING ${messageColumns}`,
            values: [id, projectId, runId, role, content, now()],
          }),
        ),
      );
    },
    listMessages: (input) => call('listMessages', async (db) => (await projectRows(db, 'buildwright_messages', messageColumns, 'position', input)).map(toMessage)),

    createVersion: (input, options) =>
      call(
        'createVersion',
        async (db) => {
          let version: VersionRecord | undefined;
          try {
            version = await withTransaction(db, async (tx) => {
              if (options?.lease) await checkLease(tx, options.lease);
              return insertVersion(tx, { ...input, at: now() });
            });
          } catch (error) {
            // The run's version was stored by a call the project row lock did not order with this one.
            if (input.runId === null || sqlState(error) !== '23505' || (error as { constraint?: unknown }).constraint !== 'buildwright_versions_run') throw error;
            const ofRun = (await db.query(`SELECT ${versionColumns} FROM buildwright_versions WHERE run_id = $1`, [input.runId])).rows[0];
            if (!ofRun || ofRun.project_id !== input.projectId) throw versionOfAnotherProject(input.runId);
            return toVersion(ofRun);
          }
          if (!version) throw projectNotFound(input.projectId);
          return version;
        },
        // A run's version is found again by its run id; a version of no run would be stored twice.
        input.runId === null ? 'unless-committed' : 'safe',
      ),
    listVersions: (input) => call('listVersions', async (db) => (await projectRows(db, 'buildwright_versions', versionColumns, 'number', input)).map(toVersion)),
    getVersionFiles: (input) => call('getVersionFiles', (db) => selectVersionFiles(db, input)),

    saveContract: (input, options) => {
      const id = randomUUID();
      return call('saveContract', async (db, retried) =>
        toContract(
          await insertProjectRow(db, retried, options, {
            table: 'buildwright_contracts',
            columns: contractColumns,
            what: 'contract',
            id,
            projectId: input.projectId,
            insert: (gate) => `${gate.with}INSERT INTO buildwright_contracts (id, project_id, run_id, name, address, chain_id, network, abi, source, tx_hash, explorer_url, status, created_at)
                     SELECT $1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9, $10, $11, $12, $13 WHERE ${gate.holds} ON CONFLICT (id) DO NOTHING RETURNING ${contractColumns}`,
            values: [
              id,
              input.projectId,
              input.runId,
              input.name,
              input.address,
              input.chainId,
              input.network,
              jsonParameter(input.abi),
              input.source,
              input.txHash,
              input.explorerUrl,
              input.status,
              now(),
            ],
          }),
        ),
      );
    },
    listContracts: (input) => call('listContracts', async (db) => (await projectRows(db, 'buildwright_contracts', contractColumns, 'position', input)).map(toContract)),
    ...sqlDeployments(call),
    ...sqlAgents(call),
    vectors: sqlVectors(call, resolveVectors, vectorCacheBytes),

    recordUsage: (input, options) =>
      call(
        'recordUsage',
        async (db) => {
          const gate = leaseGate(options?.lease, [input.runId, input.node, input.model, input.inputTokens, input.outputTokens, input.cachedInputTokens, input.costUsd, input.estimated]);
          let inserted: { rows: unknown[] };
          try {
            inserted = await applyOnce(db, `${gate.with}INSERT INTO buildwright_usage (${usageColumns}) SELECT $1, $2, $3, $4, $5, $6, $7, $8 WHERE ${gate.holds} RETURNING run_id`, gate.params);
          } catch (error) {
            if (sqlState(error) === '23503') throw runNotFound(input.runId);
            throw error;
          }
          if (inserted.rows.length === 0 && options?.lease) throw runLeaseLost(options.lease);
        },
        // A usage row has no key to recognize it by: repeated only when it provably did not commit.
        'unless-committed',
      ),
    listUsage: ({ ownerId, runId }) =>
      call('listUsage', async (db) => {
        const found = await db.query(
          `SELECT ${usageColumns
            .split(', ')
            .map((column) => `u.${column}`)
            .join(', ')}
           FROM buildwright_usage u JOIN buildwright_runs r ON r.id = u.run_id
           WHERE u.run_id = $1 AND r.owner_id = $2 ORDER BY u.position`,
          [runId, ownerId],
        );
        return found.rows.map(toUsage);
      }),

    addOwnerUsage: ({ ownerId, day, inputTokens, outputTokens, costUsd }) =>
      call(
        'addOwnerUsage',
        async (db) => {
          await applyOnce(
            db,
            `INSERT INTO buildwright_owner_usage (owner_id, day, input_tokens, output_tokens, cost_usd) VALUES ($1, $2, $3, $4, $5)
             ON CONFLICT (owner_id, day) DO UPDATE SET
               input_tokens = buildwright_owner_usage.input_tokens + excluded.input_tokens,
               output_tokens = buildwright_owner_usage.output_tokens + excluded.output_tokens,
               cost_usd = buildwright_owner_usage.cost_usd + excluded.cost_usd`,
            [ownerId, day, inputTokens, outputTokens, costUsd],
          );
        },
        // An addition has no key to recognize it by: repeated only when it provably did not commit.
        'unless-committed',
      ),
    getOwnerUsage: ({ ownerId, day }) =>
      call('getOwnerUsage', async (db) => {
        const row = (await db.query('SELECT input_tokens, output_tokens, cost_usd FROM buildwright_owner_usage WHERE owner_id = $1 AND day = $2', [ownerId, day])).rows[0];
        return { ownerId, day, inputTokens: Number(row?.input_tokens ?? 0), outputTokens: Number(row?.output_tokens ?? 0), costUsd: Number(row?.cost_usd ?? 0) };
      }),
    claimRunFinished: ({ runId, seq }) => {
      // The claim carries this call's own token, so a retry whose first attempt committed (its answer lost) still wins.
      const token = randomUUID();
      return call('claimRunFinished', async (db) => {
        const claimed = await db.query(
          `UPDATE buildwright_runs r SET finished_claim_seq = $2, finished_claim_token = $3
           WHERE r.id = $1 AND (
             r.finished_claim_seq IS NULL
             OR r.finished_claim_token = $3
             OR (r.finished_claim_seq < $2 AND NOT EXISTS (
               SELECT 1 FROM buildwright_events e WHERE e.run_id = r.id AND e.seq = r.finished_claim_seq AND e.type IN (SELECT jsonb_array_elements_text($4::jsonb))
             ))
           ) RETURNING r.id`,
          [runId, seq, token, JSON.stringify(terminalEventTypes)],
        );
        if (claimed.rows.length > 0) return true;
        if (!(await runExists(db, runId))) throw runNotFound(runId);
        return false;
      });
    },

    putBlobs: ({ contents }) =>
      call('putBlobs', async (db) => {
        const keys = contents.map(blobKey);
        await insertBlobs(db, new Map(keys.map((key, index) => [key, contents[index] as string])));
        return keys;
      }),
    getBlobs: ({ keys }) => call('getBlobs', (db) => selectBlobs(db, keys)),

    putCheckpoint: (input, options) =>
      call('putCheckpoint', async (db) => {
        const gate = leaseGate(options?.lease, [input.threadId, input.checkpointId, input.parentCheckpointId, input.checkpoint, input.metadata]);
        const stored = await db.query(
          `${gate.with}INSERT INTO buildwright_checkpoints (${checkpointColumns}) SELECT $1, $2, $3, $4, $5 WHERE ${gate.holds}
           ON CONFLICT (thread_id, checkpoint_id) DO UPDATE SET parent_checkpoint_id = excluded.parent_checkpoint_id, checkpoint = excluded.checkpoint, metadata = excluded.metadata
           RETURNING thread_id`,
          gate.params,
        );
        if (stored.rows.length === 0 && options?.lease) throw runLeaseLost(options.lease);
      }),
    getCheckpoint: ({ threadId, checkpointId }) =>
      call('getCheckpoint', async (db) => {
        const found =
          checkpointId === undefined
            ? await db.query(`SELECT ${checkpointColumns} FROM buildwright_checkpoints WHERE thread_id = $1 ORDER BY position DESC LIMIT 1`, [threadId])
            : await db.query(`SELECT ${checkpointColumns} FROM buildwright_checkpoints WHERE thread_id = $1 AND checkpoint_id = $2`, [threadId, checkpointId]);
        return found.rows[0] && toCheckpoint(found.rows[0]);
      }),
    listCheckpoints: ({ threadId, limit, before }) =>
      call('listCheckpoints', async (db) => {
        const found =
          before === undefined
            ? await db.query(`SELECT ${checkpointColumns} FROM buildwright_checkpoints WHERE thread_id = $1 ORDER BY position DESC LIMIT $2`, [threadId, limit ?? null])
            : await db.query(
                `SELECT ${checkpointColumns} FROM buildwright_checkpoints
                 WHERE thread_id = $1 AND position < (SELECT position FROM buildwright_checkpoints WHERE thread_id = $1 AND checkpoint_id = $3)
                 ORDER BY position DESC LIMIT $2`,
                [threadId, limit ?? null, before],
              );
        return found.rows.map(toCheckpoint);
      }),
    putCheckpointWrites: ({ writes }, options) =>
      call('putCheckpointWrites', async (db) => {
        if (writes.length === 0) return;
        // One row per key (the last write wins), so ON CONFLICT never meets the same row twice.
        const byKey = new Map(writes.map((write) => [JSON.stringify([write.threadId, write.checkpointId, write.taskId, write.index]), write]));
        const gate = leaseGate(options?.lease, [JSON.stringify([...byKey.values()])]);
        const stored = await db.query(
          `${gate.with}INSERT INTO buildwright_checkpoint_writes (${checkpointWriteColumns})
           SELECT item->>'threadId', item->>'checkpointId', item->>'taskId', (item->>'index')::integer, item->>'channel', item->>'value'
           FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS write(item, ordinality)
           WHERE ${gate.holds}
           ORDER BY write.ordinality
           ON CONFLICT (thread_id, checkpoint_id, task_id, idx) DO UPDATE SET channel = excluded.channel, value = excluded.value
           RETURNING idx`,
          gate.params,
        );
        if (stored.rows.length === 0 && options?.lease) throw runLeaseLost(options.lease);
      }),
    getCheckpointWrites: ({ threadId, checkpointId }) =>
      call('getCheckpointWrites', async (db) => {
        const found = await db.query(`SELECT ${checkpointWriteColumns} FROM buildwright_checkpoint_writes WHERE thread_id = $1 AND checkpoint_id = $2 ORDER BY position`, [threadId, checkpointId]);
        return found.rows.map(toCheckpointWrite);
      }),

    claimRun: ({ runId, workerId, leaseMs }) =>
      call(
        'claimRun',
        async (db) => {
          if (!(await runExists(db, runId))) throw runNotFound(runId);
          // One statement: a first claim inserts epoch 1; a later one takes the row only when its lease is released or expired (the database's clock).
          const claimed = await db.query(
            `INSERT INTO buildwright_run_leases AS lease (run_id, epoch, worker_id, expires_at, released)
             VALUES ($1, 1, $2, now() + make_interval(secs => $3::double precision / 1000), false)
             ON CONFLICT (run_id) DO UPDATE SET epoch = lease.epoch + 1, worker_id = excluded.worker_id, expires_at = excluded.expires_at, released = false
             WHERE lease.released OR lease.expires_at <= now()
             RETURNING run_id, worker_id, epoch, expires_at`,
            [runId, workerId, leaseMs],
          );
          return claimed.rows[0] && toLease(claimed.rows[0]);
        },
        // A retried claim whose lost answer committed would find its own live lease and give up: the run waits for it to expire.
        'unless-committed',
      ),
    renewRunLease: ({ lease, leaseMs }) =>
      call('renewRunLease', async (db) => {
        const renewed = await db.query(
          `UPDATE buildwright_run_leases SET expires_at = now() + make_interval(secs => $3::double precision / 1000)
           WHERE run_id = $1 AND epoch = $2 AND NOT released RETURNING run_id, worker_id, epoch, expires_at`,
          [lease.runId, lease.epoch, leaseMs],
        );
        if (!renewed.rows[0]) throw runLeaseLost(lease);
        return toLease(renewed.rows[0]);
      }),
    releaseRun: ({ lease }) =>
      call('releaseRun', async (db) => {
        await db.query('UPDATE buildwright_run_leases SET released = true WHERE run_id = $1 AND epoch = $2', [lease.runId, lease.epoch]);
      }),

    getGitLink: (input) => call('getGitLink', (db) => selectGitLink(db, input)),
    saveGitLink: (input) => call('saveGitLink', (db) => withTransaction(db, (tx) => upsertGitLink(tx, input, now()))),
    listGitCommits: (input) => call('listGitCommits', (db) => selectGitCommits(db, input)),
    // A version of no run is stored twice if repeated after it committed.
    recordGitSync: (input) => call('recordGitSync', (db) => withTransaction(db, (tx) => recordGitSyncIn(tx, input, now())), 'unless-committed'),
    countBlobs: () => call('countBlobs', async (db) => Number((await db.query('SELECT count(*) AS count FROM buildwright_file_blobs')).rows[0].count)),
  };
}
