import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { ChainAdapter, LlmAdapter, ProjectKind, SandboxAdapter, StorageAdapter, Transcript } from '@buildwright/core';
import type { CliFlags } from './parse-args.js';
import { startupTiming } from './startup-timing.js';
import { UsageError } from './usage-error.js';

// Every adapter subpath and vendor SDK is imported here, on demand, so `buildwright --help`
// (and commands that need no model) load none of them.

/** The model, and how to name it to people. */
export interface ResolvedLlm {
  llm: LlmAdapter;
  /** e.g. `openai gpt-4.1-mini`, `recorded transcript examples/transcripts/counter-app.json`. */
  label: string;
}

/** Default model of `openai:` when the flag gives none and `BUILDWRIGHT_MODEL` is unset. */
export const defaultOpenaiModel = 'gpt-4.1-mini';

/**
 * The model from `--llm` (or the environment). Checks what can be checked before anything is
 * written: the transcript file exists and is a valid transcript; the key a provider needs is set.
 *
 * @example
 * const { llm, label } = await llmFromFlags({ llm: 'script:examples/transcripts/counter-app.json', json: false, exit: false, serve: false });
 */
export async function llmFromFlags(flags: CliFlags, env: NodeJS.ProcessEnv = process.env): Promise<ResolvedLlm> {
  const choice = flags.llm ?? defaultLlmChoice(env);
  const [provider, ...restParts] = choice.split(':');
  const rest = restParts.join(':');
  if (provider === 'script') {
    const transcript = await readTranscript(rest);
    const { scriptedLlm } = await import('@buildwright/adapters/scripted');
    const { pacedLlm } = await import('@buildwright/core');
    // Each run replays the transcript from its start: serve and worker execute many runs with one model.
    return { llm: pacedLlm(scriptedLlm({ transcript, perRun: true }), flags.replayDelayMs ?? 0), label: `recorded transcript ${rest} (scripted model: no AI model is called)` };
  }
  if (flags.replayDelayMs !== undefined) throw new UsageError('--replay-delay applies only to a recorded transcript (--llm script:<file>).');
  if (provider === 'openai') {
    if (!env.OPENAI_API_KEY && !env.OPENAI_BASE_URL) {
      throw new UsageError('--llm openai:<model> needs OPENAI_API_KEY (or OPENAI_BASE_URL for a local OpenAI-compatible server such as Ollama).');
    }
    const { openaiLlm } = await loadSubpath(() => import('@buildwright/adapters/openai'), 'openai');
    return { llm: openaiLlm({ model: rest }), label: `openai ${rest}${env.OPENAI_BASE_URL ? ` at ${env.OPENAI_BASE_URL}` : ''}` };
  }
  if (provider === 'langchain-anthropic') {
    if (!env.ANTHROPIC_API_KEY) throw new UsageError('--llm langchain-anthropic:<model> needs ANTHROPIC_API_KEY.');
    const [{ langchainLlm }, anthropic] = await Promise.all([
      loadSubpath(() => import('@buildwright/adapters/langchain'), 'langchain'),
      import('@langchain/anthropic').catch(() => {
        throw new UsageError('--llm langchain-anthropic:<model> needs the @langchain/anthropic package: npm install @langchain/anthropic');
      }),
    ]);
    return { llm: langchainLlm(new anthropic.ChatAnthropic({ model: rest })), label: `anthropic ${rest} (LangChain)` };
  }
  throw new UsageError(`--llm "${choice}" is not one of openai:<model>, langchain-anthropic:<model>, script:<transcript.json>.`);
}

function defaultLlmChoice(env: NodeJS.ProcessEnv): string {
  if (env.OPENAI_API_KEY || env.OPENAI_BASE_URL) return `openai:${env.BUILDWRIGHT_MODEL || defaultOpenaiModel}`;
  throw new UsageError(
    'No model configured: set OPENAI_API_KEY (or OPENAI_BASE_URL), or pass --llm openai:<model> | langchain-anthropic:<model> | script:<transcript.json>. Try the offline demo: buildwright demo',
  );
}

/**
 * Reads and validates a transcript file; a missing or invalid one is a usage error.
 *
 * @example
 * const transcript = await readTranscript('examples/transcripts/counter-app.json');
 */
export async function readTranscript(path: string): Promise<Transcript> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new UsageError(`Cannot read the transcript ${path}: ${reason}.`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new UsageError(`The transcript ${path} is not valid JSON: ${(error as Error).message}.`);
  }
  const { parseTranscript } = await import('@buildwright/core');
  try {
    return parseTranscript(value, path);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/**
 * The sandbox from `--sandbox` (default `local`: `.buildwright/sandboxes` under the current directory,
 * commands in bubblewrap; `local:none` runs them without OS isolation, only when asked for by name).
 *
 * @example
 * const sandbox = await sandboxFromFlags({ sandbox: 'local', json: false, exit: false, serve: false });
 */
export async function sandboxFromFlags(flags: CliFlags, env: NodeJS.ProcessEnv = process.env): Promise<SandboxAdapter> {
  if (flags.sandbox === 'e2b') {
    if (!env.E2B_API_KEY) throw new UsageError('--sandbox e2b needs E2B_API_KEY (your key from e2b.dev).');
    const { e2bSandbox } = await loadSubpath(() => import('@buildwright/adapters/e2b'), 'e2b');
    return e2bSandbox();
  }
  const { localSandbox } = await import('@buildwright/adapters/local');
  return localSandbox(flags.sandbox === 'local:none' ? { isolation: 'none' } : {});
}

/** Default `--storage`. */
export const defaultStorage = 'pglite:.buildwright/data';

/** Storage, or `undefined` when a read-only command finds no embedded database yet. */
export interface ResolvedStorage {
  storage: StorageAdapter;
  label: string;
}

/**
 * The storage from `--storage` (default `pglite:.buildwright/data`). A Postgres URL is connected
 * to at once with a 5 s timeout, so an unreachable server is a usage error before anything runs;
 * later, a lost connection is retried for `BUILDWRIGHT_STORAGE_RETRY_MS` (default 30 000 ms)
 * before the run stops with `STORAGE_UNAVAILABLE`.
 * With `readOnly`, a PGlite directory that does not exist is not created: the result is `undefined`.
 *
 * @example
 * const resolved = await storageFromFlags({ storage: 'postgres://postgres@127.0.0.1:5432/test', json: false, exit: false, serve: false });
 */
export async function storageFromFlags(flags: CliFlags, options: { readOnly?: boolean; early?: EarlyPglite; env?: NodeJS.ProcessEnv } = {}): Promise<ResolvedStorage | undefined> {
  const value = flags.storage ?? defaultStorage;
  if (value.startsWith('pglite:')) {
    const dataDir = resolve(value.slice('pglite:'.length));
    if (options.early?.dataDir === dataDir) return { storage: await options.early.storage, label: `pglite ${value.slice('pglite:'.length)}` };
    if (options.readOnly && !existsSync(dataDir)) return undefined;
    // pgliteStorage creates the directory (and .buildwright/) on first use, when it locks it.
    const { pgliteStorage } = await import('@buildwright/adapters/pglite');
    return { storage: pgliteStorage({ dataDir }), label: `pglite ${value.slice('pglite:'.length)}` };
  }
  const url = /^postgres(ql)?:\/\//.test(value) ? value : value.replace(/^postgres:/, '');
  const retryForMs = storageRetryMs(options.env ?? process.env);
  const pool = await connectPostgres(url);
  const { postgresStorage } = await import('@buildwright/adapters/postgres');
  const storage = postgresStorage({ pool, ...(retryForMs === undefined ? {} : { retryForMs }) });
  return {
    storage: {
      ...storage,
      async close() {
        await storage.close();
        await pool.end();
      },
    },
    label: `postgres ${redact(url)}`,
  };
}

/** An embedded database being opened while the rest of the CLI loads. */
export interface EarlyPglite {
  dataDir: string;
  /** The storage, opening (and locking its directory) in the background. */
  storage: Promise<StorageAdapter>;
  /** Closes it when the command ends before using it (bad input). */
  discard(): Promise<void>;
}

/**
 * Starts opening an existing PGlite data directory at once, so its start (about a second:
 * WebAssembly and the database files) overlaps with loading the engine instead of following it.
 * Only for a directory that exists: a new one is created after the input is checked. It goes
 * through `pgliteStorage`, so the directory is locked like any other open.
 *
 * @example
 * const early = openPgliteEarly(flags);
 * const storage = await storageFromFlags(flags, { early });
 */
export function openPgliteEarly(flags: CliFlags): EarlyPglite | undefined {
  const value = flags.storage ?? defaultStorage;
  if (!value.startsWith('pglite:')) return undefined;
  const dataDir = resolve(value.slice('pglite:'.length));
  if (!existsSync(join(dataDir, 'PG_VERSION'))) return undefined;
  const startedAt = performance.now();
  const storage = import('@buildwright/adapters/pglite').then(({ pgliteStorage }) => {
    const opened = pgliteStorage({ dataDir });
    // Failures (STORAGE_LOCKED included) surface when the storage is first used.
    opened.migrate().then(
      () => startupTiming()?.storeOpened(startedAt),
      () => {},
    );
    return opened;
  });
  return {
    dataDir,
    storage,
    discard: async () => {
      await storage.then((opened) => opened.close()).catch(() => {});
    },
  };
}

/** `BUILDWRIGHT_STORAGE_RETRY_MS`: how long Postgres calls retry a lost connection (unset: the adapter's default). */
function storageRetryMs(env: NodeJS.ProcessEnv): number | undefined {
  const value = env.BUILDWRIGHT_STORAGE_RETRY_MS;
  if (value === undefined || value === '') return undefined;
  const ms = Number(value);
  if (!Number.isSafeInteger(ms) || ms < 0) throw new UsageError(`BUILDWRIGHT_STORAGE_RETRY_MS must be a whole number of milliseconds ≥ 0 (got "${value}").`);
  return ms;
}

async function connectPostgres(url: string): Promise<import('pg').Pool> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new UsageError(`--storage postgres:<url> needs a URL like postgres://user:password@host:5432/database (got "${redact(url)}").`);
  }
  if (!/^postgres(ql)?:$/.test(parsed.protocol)) throw new UsageError(`--storage postgres:<url> needs a postgres:// URL (got "${redact(url)}").`);
  const pg = await import('pg').catch(() => {
    throw new UsageError('--storage postgres:<url> needs the pg package: npm install pg');
  });
  const pool = new pg.default.Pool({ connectionString: url, connectionTimeoutMillis: 5_000, max: 10 });
  pool.on('error', () => {});
  try {
    await pool.query('select 1');
  } catch (error) {
    await pool.end().catch(() => {});
    const reason = (error as Error).message || (error as NodeJS.ErrnoException).code || 'no answer';
    throw new UsageError(`Cannot connect to Postgres at ${redact(url)}: ${reason}. Check the URL and that the server is running.`);
  }
  return pool;
}

/** The URL without its password. */
function redact(url: string): string {
  return url.replace(/(\/\/[^:/@]+):[^@/]*@/, '$1:***@');
}

/**
 * The chain for a dapp run: `--chain local` (default) or an RPC URL, whose chain id is asked
 * at once (an unreachable RPC is a usage error). Web and API runs get none.
 *
 * @example
 * const chain = await chainFromFlags({ chain: 'local', json: false, exit: false, serve: false }, 'dapp');
 */
export async function chainFromFlags(flags: CliFlags, kind: ProjectKind | undefined): Promise<ChainAdapter | undefined> {
  if (flags.chain === undefined && kind !== 'dapp') return undefined;
  const viem = await loadSubpath(() => import('@buildwright/adapters/viem'), 'viem');
  if (flags.chain === undefined || flags.chain === 'local') return viem.localChain();
  const rpcUrl = flags.chain;
  const chainId = await askChainId(rpcUrl);
  const builtin = Object.entries(viem.builtinTestnets).find(([, chain]) => chain.id === chainId)?.[0] as keyof typeof viem.builtinTestnets | undefined;
  return viem.viemChain({ rpcUrl, chain: builtin ?? { id: chainId } });
}

async function askChainId(rpcUrl: string): Promise<number> {
  try {
    const response = await fetch(rpcUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ jsonrpc: '2.0', id: 1, method: 'eth_chainId', params: [] }),
      signal: AbortSignal.timeout(5_000),
    });
    const body = (await response.json()) as { result?: string };
    const id = Number.parseInt(body.result ?? '', 16);
    if (!Number.isSafeInteger(id)) throw new Error(`eth_chainId answered ${JSON.stringify(body).slice(0, 100)}`);
    return id;
  } catch (error) {
    throw new UsageError(`Cannot reach the JSON-RPC endpoint ${rpcUrl}: ${(error as Error).message}. Check --chain.`);
  }
}

async function loadSubpath<T>(load: () => Promise<T>, name: string): Promise<T> {
  try {
    return await load();
  } catch (error) {
    throw new UsageError(`The ${name} adapter could not be loaded (${(error as Error).message.split('\n')[0]}). Reinstall @buildwright/adapters or pick another adapter.`);
  }
}
