import { z } from 'zod';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseChains, type ChainsConfig } from './chains.js';
import { defaultPlans, type PlanLimits, type PlanName } from './plans.js';

/** Everything the API and the worker read from the environment (see README "Configuration"). */
export interface ServerConfig {
  port: number;
  host: string;
  /** Where links handed out (checkout return, trigger URLs, previews) point. */
  publicUrl: string;
  databaseUrl: string;
  redisUrl: string;
  /** Start of every Redis key and queue of this deployment (rate limits, BullMQ, event bus). */
  prefix: string;
  /** HS256 key of the access tokens (≥ 32 characters). */
  jwtSecret: string;
  /** Key of the encrypted webhook secrets and of the trigger URL signatures (≥ 32 characters). */
  appSecret: string;
  accessTokenTtlSeconds: number;
  refreshTokenTtlSeconds: number;
  plans: Record<PlanName, PlanLimits>;
  rateLimits: { ipPerMinute: number; userPerMinute: number; loginPerMinute: number };
  /** Take the client address from X-Forwarded-For (behind a reverse proxy you run). */
  trustProxy: boolean;
  /** `script:<transcript.json>` (offline, the default; relative to examples/hosted-server) or `openai:<model>` (OPENAI_API_KEY / OPENAI_BASE_URL). */
  llm: string;
  licence: { privateKeyPem?: string; publicKeyPem?: string };
  stripe: { secretKey?: string; webhookSecret?: string; prices: Partial<Record<PlanName, string>>; apiBase?: string };
  webhooks: { allowPrivateUrls: boolean; attempts: number; backoffMs: number; timeoutMs: number };
  /** Bearer token /metrics requires; open when unset (development). */
  metricsToken?: string;
  logLevel: string;
  workerConcurrency: number;
  /** Port of the worker's /metrics and /health. */
  workerPort: number;
  /**
   * A worker's run lease and BullMQ job lock (ms): a worker that dies hands its run to another one
   * about this long (plus `stalledIntervalMs`) after its last renewal.
   */
  runLeaseMs: number;
  /** How often workers look for runs whose worker died (BullMQ's stalled-jobs check, ms). */
  stalledIntervalMs: number;
  /** Each model call waits this long first (`pacedLlm`): a demo or a test can watch a run live. */
  modelDelayMs: number;
  /**
   * The dashboard's built files (`web/dist`, made by `npm run web:build`), served under `/app/` by the
   * API; none: the API serves no pages (development serves them from Vite).
   */
  webDir?: string;
  /** The chains DApp runs can deploy to (`CHAINS`) and the one a generation that names none gets (`DEFAULT_CHAIN`). */
  chains: ChainsConfig;
  /**
   * The workers' sandbox: `memory` (files only, no checks: web and API apps from the scripted model)
   * or `local` (the SDK's local sandbox under `sandboxRoot` with `dappChecks()`: compiled, deployed
   * and browser-checked DApps, and checked web apps).
   */
  workerSandbox: 'memory' | 'local';
  sandboxRoot: string;
  /**
   * Templates each worker keeps a spare sandbox of (`WORKER_SPARE_TEMPLATES`, comma-separated, with
   * `WORKER_SANDBOX=local`): a new project of one finds its dependencies restored and its check
   * worker warm (docs/create-builder.md#spare-sandboxes). Default none.
   */
  spareTemplates: string[];
}

const secret = (name: string) =>
  z.string({ error: `${name} is required: a random string of at least 32 characters (openssl rand -hex 32).` }).min(32, `${name} must be at least 32 characters (openssl rand -hex 32).`);
const count = z.coerce.number().int().nonnegative();
const flag = z.enum(['true', 'false', '1', '0']).transform((value) => value === 'true' || value === '1');

const environmentSchema = z.object({
  PORT: count.default(3000),
  HOST: z.string().default('0.0.0.0'),
  PUBLIC_URL: z.url().optional(),
  DATABASE_URL: z.string().default('postgres://postgres@127.0.0.1:5432/hosted_server'),
  REDIS_URL: z.string().default('redis://127.0.0.1:6379'),
  PREFIX: z
    .string()
    .regex(/^[a-z][a-z0-9_]{0,19}$/, 'PREFIX: lowercase letters, digits and _, at most 20, starting with a letter')
    .default('hs'),
  JWT_SECRET: secret('JWT_SECRET'),
  APP_SECRET: secret('APP_SECRET'),
  ACCESS_TOKEN_TTL_SECONDS: count.default(900),
  REFRESH_TOKEN_TTL_SECONDS: count.default(30 * 86_400),
  RATE_LIMIT_IP_PER_MINUTE: count.default(100),
  RATE_LIMIT_USER_PER_MINUTE: count.default(300),
  RATE_LIMIT_LOGIN_PER_MINUTE: count.default(10),
  TRUST_PROXY: flag.default(false),
  LLM: z.string().default('script:transcripts/counter-page.json'),
  LICENCE_PRIVATE_KEY: z.string().optional(),
  LICENCE_PUBLIC_KEY: z.string().optional(),
  STRIPE_SECRET_KEY: z.string().optional(),
  STRIPE_WEBHOOK_SECRET: z.string().optional(),
  STRIPE_PRICE_PRO: z.string().optional(),
  STRIPE_PRICE_TEAM: z.string().optional(),
  STRIPE_API_BASE: z.url().optional(),
  WEBHOOK_ALLOW_PRIVATE_URLS: flag.default(false),
  WEBHOOK_ATTEMPTS: count.default(6),
  WEBHOOK_BACKOFF_MS: count.default(2_000),
  METRICS_TOKEN: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WORKER_CONCURRENCY: count.default(2),
  WORKER_PORT: count.default(3001),
  RUN_LEASE_MS: count.default(30_000),
  STALLED_INTERVAL_MS: count.default(30_000),
  MODEL_DELAY_MS: count.default(0),
  WEB_DIR: z.string().optional(),
  CHAINS: z.string().optional(),
  WORKER_SANDBOX: z.enum(['memory', 'local']).default('memory'),
  SANDBOX_ROOT: z.string().default('.buildwright/sandboxes'),
  WORKER_SPARE_TEMPLATES: z.string().default(''),
  DEFAULT_CHAIN: z.string().optional(),
  WORKER_CHAIN: z.string().optional(),
  DEPLOYER_PRIVATE_KEY: z.string().optional(),
  ...Object.fromEntries(Object.keys(defaultPlans).flatMap((plan) => [`PLAN_${plan.toUpperCase()}_GENERATIONS`, `PLAN_${plan.toUpperCase()}_TOKENS`].map((name) => [name, count.optional()]))),
});

/**
 * Reads the configuration from `environment` (default `process.env`); a missing secret or a bad
 * value throws one error naming every variable to fix.
 *
 * @example
 * const config = loadConfig();
 */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): ServerConfig {
  const parsed = environmentSchema.safeParse(environment);
  const chains = parseChains(environment);
  const spareTemplates = (parsed.data?.WORKER_SPARE_TEMPLATES ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const spares =
    spareTemplates.length > 0 && parsed.data?.WORKER_SANDBOX !== 'local' ? ['WORKER_SPARE_TEMPLATES: spare sandboxes need WORKER_SANDBOX=local (the memory sandbox runs no checks to warm)'] : [];
  if (!parsed.success || !chains.config || spares.length > 0) {
    const problems = [...(parsed.error?.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`) ?? []), ...chains.problems, ...spares].map((problem) => `  ${problem}`).join('\n');
    throw new Error(`The hosted server's configuration is incomplete:\n${problems}\nSee examples/hosted-server/README.md, "Configuration".`);
  }
  const env = parsed.data as z.infer<typeof environmentSchema> & Record<string, number | undefined>;
  const plans = Object.fromEntries(
    Object.entries(defaultPlans).map(([name, limits]) => [
      name,
      { ...limits, generationsPerDay: env[`PLAN_${name.toUpperCase()}_GENERATIONS`] ?? limits.generationsPerDay, tokensPerDay: env[`PLAN_${name.toUpperCase()}_TOKENS`] ?? limits.tokensPerDay },
    ]),
  ) as Record<PlanName, PlanLimits>;
  const optional = <K extends string, V>(key: K, value: V | undefined) => (value === undefined ? {} : ({ [key]: value } as Record<K, V>));
  return {
    port: env.PORT,
    host: env.HOST,
    publicUrl: env.PUBLIC_URL ?? `http://127.0.0.1:${env.PORT}`,
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    prefix: env.PREFIX,
    jwtSecret: env.JWT_SECRET,
    appSecret: env.APP_SECRET,
    accessTokenTtlSeconds: env.ACCESS_TOKEN_TTL_SECONDS,
    refreshTokenTtlSeconds: env.REFRESH_TOKEN_TTL_SECONDS,
    plans,
    rateLimits: { ipPerMinute: env.RATE_LIMIT_IP_PER_MINUTE, userPerMinute: env.RATE_LIMIT_USER_PER_MINUTE, loginPerMinute: env.RATE_LIMIT_LOGIN_PER_MINUTE },
    trustProxy: env.TRUST_PROXY,
    llm: env.LLM,
    licence: { ...optional('privateKeyPem', env.LICENCE_PRIVATE_KEY), ...optional('publicKeyPem', env.LICENCE_PUBLIC_KEY) },
    stripe: {
      ...optional('secretKey', env.STRIPE_SECRET_KEY),
      ...optional('webhookSecret', env.STRIPE_WEBHOOK_SECRET),
      ...optional('apiBase', env.STRIPE_API_BASE),
      prices: { ...optional('pro', env.STRIPE_PRICE_PRO), ...optional('team', env.STRIPE_PRICE_TEAM) },
    },
    webhooks: { allowPrivateUrls: env.WEBHOOK_ALLOW_PRIVATE_URLS, attempts: Math.max(1, env.WEBHOOK_ATTEMPTS), backoffMs: env.WEBHOOK_BACKOFF_MS, timeoutMs: 10_000 },
    ...optional('metricsToken', env.METRICS_TOKEN),
    logLevel: env.LOG_LEVEL,
    workerConcurrency: Math.max(1, env.WORKER_CONCURRENCY),
    workerPort: env.WORKER_PORT,
    runLeaseMs: Math.max(1_000, env.RUN_LEASE_MS),
    stalledIntervalMs: Math.max(500, env.STALLED_INTERVAL_MS),
    modelDelayMs: env.MODEL_DELAY_MS,
    ...optional('webDir', env.WEB_DIR ?? builtDashboard()),
    chains: chains.config,
    workerSandbox: env.WORKER_SANDBOX,
    sandboxRoot: env.SANDBOX_ROOT,
    spareTemplates,
  };
}

/** `web/dist` of this example when the dashboard was built (`npm run web:build`), else none. */
function builtDashboard(): string | undefined {
  const dir = fileURLToPath(new URL('../../web/dist', import.meta.url));
  return existsSync(`${dir}/index.html`) ? dir : undefined;
}
