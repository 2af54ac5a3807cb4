import { parseArgs } from 'node:util';
import { UsageError } from './usage-error.js';

/** Every command of the CLI. */
export const commandNames = [
  'generate',
  'edit',
  'list',
  'show',
  'versions',
  'diff',
  'restore',
  'export',
  'save',
  'projects',
  'preview',
  'resume',
  'approve',
  'demo',
  'serve',
  'worker',
  'mcp',
  'git',
  'deploy',
  'deployments',
  'undeploy',
  'agent',
  'templates',
  'help',
] as const;
export type CommandName = (typeof commandNames)[number];

/** Flags after parsing and checking. */
export interface CliFlags {
  llm?: string;
  sandbox?: 'local' | 'local:none' | 'e2b';
  storage?: string;
  chain?: string;
  kind?: 'web' | 'dapp' | 'api';
  template?: string;
  name?: string;
  json: boolean;
  owner?: string;
  out?: string;
  dir?: string;
  exit: boolean;
  serve: boolean;
  port?: number;
  maxFixAttempts?: number;
  replayDelayMs?: number;
  /** `redis://…`: runs go on a BullMQ queue (serve enqueues, worker consumes). */
  queue?: string;
  /** `redis://…` or `postgres` (LISTEN/NOTIFY on the --storage database). */
  eventBus?: string;
  /** Start of the queue's Redis keys and the event bus's channels. */
  prefix?: string;
  /** Request header naming the owner (serve; generate and edit with --server send --owner in it). */
  ownerHeader?: string;
  /** generate / edit: the run executes on this running `buildwright serve` (its base URL), followed over its HTTP API. */
  server?: string;
  concurrency?: number;
  /** serve / worker: templates to keep a spare sandbox of, checks warm (createBuilder's `spareSandboxes`). */
  spare?: string[];
  /** Git remote URL (git push|pull). */
  remote?: string;
  /** Git branch (git push|pull). */
  branch?: string;
  /** Deploy target name (deploy). */
  target?: string;
  /** Message of the version `save` stores. */
  message?: string;
  /** The version `save`'s directory was made from (default: the current one). */
  base?: number;
  /** `save`: also run the checks on the saved version (a check run). */
  check?: boolean;
  /** `projects list`: search names and prompts. */
  query?: string;
  /** `projects list`: projects per page. */
  limit?: number;
  /** generate / edit: stop after the plan until it is approved. */
  approvePlan?: boolean;
  /** approve: the plan's steps to keep, by number (1-based), in this order. */
  steps?: number[];
  /** approve: reject the plan (the run ends as cancelled). */
  reject?: boolean;
  /** Type errors fail the validate check (`blocking`, default) or are posted as a notice (`advisory`). */
  typeErrors?: 'blocking' | 'advisory';
  /** Which checks run after build: `smoke` (default: imports, install, validate, build, browser) or `full` (also security). */
  checks?: 'smoke' | 'full';
  /** A requirements analyst before the plan (`createBuilder({ requirements: true })`). */
  requirements?: boolean;
  /** Web runs: the model writes end-to-end tests right after build (frozen for the fix loop) and the e2e check runs them. */
  tests?: boolean;
  /** agent stats: first day (YYYY-MM-DD, UTC). */
  from?: string;
  /** agent stats: last day (YYYY-MM-DD, UTC). */
  to?: string;
}

/** A parsed command line. */
export interface CliArgs {
  /** `undefined` when no command was given (`buildwright --help`, `buildwright --version`). */
  command: CommandName | undefined;
  positionals: string[];
  flags: CliFlags;
  help: boolean;
  version: boolean;
}

const options = {
  llm: { type: 'string' },
  sandbox: { type: 'string' },
  storage: { type: 'string' },
  chain: { type: 'string' },
  kind: { type: 'string' },
  template: { type: 'string' },
  name: { type: 'string' },
  json: { type: 'boolean' },
  owner: { type: 'string' },
  out: { type: 'string' },
  dir: { type: 'string' },
  exit: { type: 'boolean' },
  serve: { type: 'boolean' },
  port: { type: 'string' },
  'max-fix-attempts': { type: 'string' },
  'replay-delay': { type: 'string' },
  queue: { type: 'string' },
  'event-bus': { type: 'string' },
  prefix: { type: 'string' },
  'owner-header': { type: 'string' },
  server: { type: 'string' },
  concurrency: { type: 'string' },
  spare: { type: 'string' },
  remote: { type: 'string' },
  branch: { type: 'string' },
  target: { type: 'string' },
  message: { type: 'string', short: 'm' },
  base: { type: 'string' },
  check: { type: 'boolean' },
  query: { type: 'string' },
  limit: { type: 'string' },
  'approve-plan': { type: 'boolean' },
  steps: { type: 'string' },
  reject: { type: 'boolean' },
  from: { type: 'string' },
  to: { type: 'string' },
  'type-errors': { type: 'string' },
  checks: { type: 'string' },
  requirements: { type: 'boolean' },
  tests: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

type FlagName = keyof typeof options;

const everywhere: FlagName[] = ['help', 'json', 'owner', 'storage'];
const runFlags: FlagName[] = ['llm', 'sandbox', 'chain', 'max-fix-attempts', 'replay-delay', 'type-errors', 'checks', 'requirements', 'tests'];
/** Flags of generate and edit that run them on a `buildwright serve` instead of in this process. */
const serverFlags: FlagName[] = ['server', 'owner-header'];
/** Flags that set up this process's engine: with --server the server's own adapters and checks run the run. */
const engineFlags: FlagName[] = [...runFlags, 'storage'];

/** The header a request names its owner in, unless serve's `--owner-header` says another. */
export const defaultOwnerHeader = 'x-buildwright-owner';

/** Flags each command accepts, and its positional arguments (`?` marks an optional one). */
export const commandSpecs: Record<CommandName, { args: string[]; flags: FlagName[] }> = {
  generate: { args: ['prompt'], flags: [...runFlags, 'kind', 'template', 'name', 'approve-plan', ...serverFlags] },
  edit: { args: ['project', 'prompt'], flags: [...runFlags, 'approve-plan', ...serverFlags] },
  resume: { args: ['run'], flags: runFlags },
  approve: { args: ['run'], flags: [...runFlags, 'steps', 'reject'] },
  demo: { args: [], flags: ['exit', 'serve', 'replay-delay', 'sandbox'] },
  serve: { args: [], flags: [...runFlags, 'port', 'queue', 'event-bus', 'prefix', 'owner-header', 'spare'] },
  worker: { args: [], flags: [...runFlags, 'queue', 'event-bus', 'prefix', 'concurrency', 'spare'] },
  mcp: { args: [], flags: runFlags },
  list: { args: [], flags: [] },
  show: { args: ['project'], flags: [] },
  versions: { args: ['project'], flags: [] },
  diff: { args: ['project', 'from', 'to?'], flags: [] },
  restore: { args: ['project', 'version'], flags: [] },
  export: { args: ['project', 'version?'], flags: ['out', 'dir'] },
  save: { args: ['project', 'dir'], flags: ['message', 'base', 'check', 'sandbox', 'checks', 'type-errors', 'tests'] },
  projects: { args: ['action', 'project?', 'name?'], flags: ['query', 'limit'] },
  preview: { args: ['project', 'version?'], flags: ['sandbox', 'port', 'exit'] },
  git: { args: ['action', 'project'], flags: ['remote', 'branch'] },
  deploy: { args: ['project', 'version?'], flags: ['target', 'dir', 'port', 'serve', 'sandbox'] },
  deployments: { args: ['project'], flags: ['dir', 'port', 'serve', 'sandbox'] },
  undeploy: { args: ['deployment'], flags: ['dir', 'port', 'sandbox'] },
  agent: { args: ['action', 'agent?', 'argument?', 'argument?'], flags: ['llm', 'replay-delay', 'limit', 'from', 'to', 'out'] },
  templates: { args: ['action?', 'query?'], flags: ['kind', 'limit', 'dir'] },
  help: { args: ['command?'], flags: [] },
};

/**
 * Parses `process.argv.slice(2)` strictly (node:util parseArgs): unknown flags, flags a command
 * does not take, missing or extra arguments and malformed values are a {@link UsageError}.
 * Checks only the shape of the input; files and servers are checked later, before anything is written.
 *
 * @example
 * parseCliArgs(['generate', 'a pomodoro timer', '--kind', 'web', '--json']);
 * // { command: 'generate', positionals: ['a pomodoro timer'], flags: { kind: 'web', json: true, ... }, ... }
 */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed: ReturnType<typeof parseArgs<{ args: string[]; options: typeof options; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgs({ args: [...argv], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(describeParseError(error as Error & { code?: string }));
  }
  const { values } = parsed;
  const [first, ...rest] = parsed.positionals;
  let command: CommandName | undefined;
  if (first !== undefined) {
    if (!(commandNames as readonly string[]).includes(first)) {
      throw new UsageError(`Unknown command "${first}". Commands: ${commandNames.join(', ')}. Run buildwright --help.`);
    }
    command = first as CommandName;
  }
  const help = values.help === true;
  // `deploy <project> --version N`: the version to deploy (parsed as the flag then a positional), not the CLI's version.
  const versionArgument = first === 'deploy' && values.version === true;
  const version = values.version === true && !versionArgument;
  const given = (Object.keys(values) as FlagName[]).filter((name) => values[name] !== undefined && !(versionArgument && name === 'version'));

  if (command === undefined) {
    const stray = given.filter((name) => name !== 'help' && name !== 'version');
    if (stray.length && !help) throw new UsageError(`--${stray[0]} needs a command, e.g. buildwright generate "a todo app" --${stray[0]} ... Run buildwright --help.`);
    return { command, positionals: [], flags: { json: false, exit: false, serve: false }, help, version };
  }

  const spec = commandSpecs[command];
  const allowed = new Set<FlagName>([...everywhere, ...spec.flags]);
  for (const name of given) {
    if (!allowed.has(name)) throw new UsageError(`${command} does not take --${name}. Run buildwright ${command} --help.`);
  }
  if (!help) checkPositionals(command, spec.args, rest);
  if (command === 'generate' || command === 'edit') checkServerFlags(command, given);

  const flags: CliFlags = { json: values.json === true, exit: values.exit === true, serve: values.serve === true };
  if (values.llm !== undefined) flags.llm = checkLlm(values.llm);
  if (values.sandbox !== undefined) flags.sandbox = oneOf('--sandbox', values.sandbox, ['local', 'local:none', 'e2b'] as const);
  if (values.storage !== undefined) flags.storage = checkStorage(values.storage);
  if (values.chain !== undefined) flags.chain = checkChain(values.chain);
  if (values.kind !== undefined) flags.kind = oneOf('--kind', values.kind, ['web', 'dapp', 'api'] as const);
  if (values.template !== undefined) flags.template = nonEmpty('--template', values.template);
  if (values.name !== undefined) flags.name = nonEmpty('--name', values.name);
  if (values.owner !== undefined) flags.owner = nonEmpty('--owner', values.owner);
  if (values.out !== undefined) flags.out = nonEmpty('--out', values.out);
  if (values.dir !== undefined) flags.dir = nonEmpty('--dir', values.dir);
  if (flags.out !== undefined && flags.dir !== undefined) throw new UsageError('Give either --out <file.zip> or --dir <path>, not both.');
  if (flags.exit && flags.serve) throw new UsageError('Give either --exit or --serve, not both.');
  // serve may take any free port (--port 0) and prints it.
  if (values.port !== undefined) flags.port = integer('--port', values.port, command === 'serve' ? 0 : 1, 65_535);
  if (values['max-fix-attempts'] !== undefined) flags.maxFixAttempts = integer('--max-fix-attempts', values['max-fix-attempts'], 0, 20);
  if (values['replay-delay'] !== undefined) flags.replayDelayMs = integer('--replay-delay', values['replay-delay'], 0, 600_000);
  if (values.queue !== undefined) flags.queue = checkRedis('--queue', values.queue);
  if (values['event-bus'] !== undefined) flags.eventBus = values['event-bus'] === 'postgres' ? 'postgres' : checkRedis('--event-bus', values['event-bus'], ' or "postgres"');
  if (values.prefix !== undefined && !/^[a-z][a-z0-9_]{0,19}$/.test(values.prefix)) {
    throw new UsageError(`--prefix "${truncate(values.prefix)}" must be 1 to 20 lowercase letters, digits or _, starting with a letter (it names Redis keys and Postgres channels).`);
  }
  if (values.prefix !== undefined) flags.prefix = values.prefix;
  if (values['owner-header'] !== undefined && !/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(values['owner-header'])) {
    throw new UsageError(`--owner-header "${truncate(values['owner-header'])}" is not an HTTP header name.`);
  }
  if (values['owner-header'] !== undefined) flags.ownerHeader = values['owner-header'].toLowerCase();
  if (values.server !== undefined) flags.server = checkServer(values.server);
  if (values.message !== undefined) flags.message = nonEmpty('--message', values.message);
  if (values.base !== undefined) flags.base = integer('--base', values.base, 1, 2_147_483_647);
  if (values.check === true) flags.check = true;
  if (values.query !== undefined) flags.query = values.query;
  if (values.limit !== undefined) flags.limit = integer('--limit', values.limit, 1, command === 'agent' ? 500 : 100);
  if (values['type-errors'] !== undefined) flags.typeErrors = oneOf('--type-errors', values['type-errors'], ['blocking', 'advisory'] as const);
  if (values.checks !== undefined) flags.checks = oneOf('--checks', values.checks, ['smoke', 'full'] as const);
  if (values.tests === true) flags.tests = true;
  if (values.from !== undefined) flags.from = isoDay('--from', values.from);
  if (values.to !== undefined) flags.to = isoDay('--to', values.to);
  if (values['approve-plan'] === true) flags.approvePlan = true;
  if (values.requirements === true) flags.requirements = true;
  if (values.reject === true) flags.reject = true;
  if (values.steps !== undefined) flags.steps = stepNumbers(values.steps);
  if (flags.reject && flags.steps) throw new UsageError('Give either --steps (approve these steps) or --reject, not both.');
  if (values.concurrency !== undefined) flags.concurrency = integer('--concurrency', values.concurrency, 1, 64);
  if (values.spare !== undefined) {
    const names = values.spare.split(',').map((name) => name.trim());
    if (names.some((name) => !/^[a-z0-9][a-z0-9-]*$/.test(name))) throw new UsageError(`--spare "${truncate(values.spare)}" is not a comma-separated list of template names (react-vite,hono-api).`);
    flags.spare = names;
  }
  if (values.remote !== undefined && !/^https?:\/\/\S+$/.test(values.remote))
    throw new UsageError(`--remote "${truncate(values.remote)}" is not an http(s) Git URL (https://github.com/owner/repo.git).`);
  if (values.remote !== undefined) flags.remote = values.remote;
  if (values.branch !== undefined) flags.branch = nonEmpty('--branch', values.branch);
  if (values.target !== undefined) flags.target = nonEmpty('--target', values.target);
  return { command, positionals: rest, flags, help, version };
}

/** generate / edit: `--server` runs on the server's engine, so this process's engine flags do not apply; `--owner-header` goes with `--server`. */
function checkServerFlags(command: CommandName, given: FlagName[]): void {
  if (!given.includes('server')) {
    if (given.includes('owner-header')) throw new UsageError(`--owner-header goes with --server: the header ${command} sends --owner in to a buildwright serve.`);
    return;
  }
  const local = given.find((name) => engineFlags.includes(name));
  if (local !== undefined) {
    throw new UsageError(`--${local} sets up the engine of this process; with --server the run uses the server's: give --${local} to buildwright serve, or drop --server to run here.`);
  }
}

/** `--server`: the base URL of a running `buildwright serve`, without a trailing slash. */
function checkServer(value: string): string {
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.search || url.hash) {
    throw new UsageError(`--server "${truncate(value)}" is not the http(s) address of a buildwright serve (e.g. http://127.0.0.1:3000).`);
  }
  return value.replace(/\/+$/, '');
}

function isoDay(flag: string, value: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value))) return value;
  throw new UsageError(`${flag} "${truncate(value)}" is not a day: write it as YYYY-MM-DD (UTC).`);
}

function checkRedis(flag: string, value: string, alternative = ''): string {
  if (/^rediss?:\/\/\S+$/.test(value)) return value;
  throw new UsageError(`${flag} "${truncate(value)}" is not a Redis address (redis://host:6379)${alternative}.`);
}

function checkPositionals(command: CommandName, names: string[], given: string[]): void {
  const required = names.filter((name) => !name.endsWith('?'));
  const usage = `buildwright ${command} ${names.map((name) => (name.endsWith('?') ? `[${name.slice(0, -1)}]` : `<${name}>`)).join(' ')}`.trim();
  if (given.length < required.length) {
    const missing = required[given.length]!;
    const hint = missing === 'prompt' ? ' (quote it: "a habit tracker with streaks")' : '';
    throw new UsageError(`${command} needs a ${missing}${hint}. Usage: ${usage}`);
  }
  if (given.length > names.length) {
    const extra = given[names.length]!;
    const hint = names.includes('prompt') ? ' Quote the prompt so it is one argument.' : '';
    throw new UsageError(`${command} got an unexpected argument "${truncate(extra)}".${hint} Usage: ${usage}`);
  }
  names.forEach((name, index) => {
    const value = given[index];
    if (value === undefined) return;
    if (['version', 'from', 'to?', 'version?'].includes(name)) integer(`<${name.replace('?', '')}>`, value, 1, Number.MAX_SAFE_INTEGER);
    if (name === 'action' && command === 'git' && value !== 'push' && value !== 'pull') throw new UsageError(`${command} takes push or pull, not "${truncate(value)}". Usage: ${usage}`);
    if (name === 'action' && command === 'projects' && !['list', 'rename', 'delete'].includes(value)) throw new UsageError(`Unknown projects action "${truncate(value)}": use list, rename or delete.`);
    if (name === 'command?' && !(commandNames as readonly string[]).includes(value)) throw new UsageError(`Unknown command "${value}". Commands: ${commandNames.join(', ')}.`);
  });
}

function describeParseError(error: Error & { code?: string }): string {
  const option = /'(-{1,2}[^' ]+)/.exec(error.message)?.[1];
  switch (error.code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return `Unknown option ${option ?? ''}. Run buildwright --help for the options (a prompt that starts with "-" goes after --).`.replace('  ', ' ');
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      return /argument missing/.test(error.message) ? `${option ?? 'The option'} needs a value. Run buildwright --help.` : `${option ?? 'The option'} takes no value. Run buildwright --help.`;
    default:
      return `${error.message} Run buildwright --help.`;
  }
}

function checkLlm(value: string): string {
  if (/^(openai|langchain-anthropic):\S.*$/.test(value) || /^script:.+$/.test(value)) return value;
  throw new UsageError(`--llm "${value}" is not one of openai:<model>, langchain-anthropic:<model>, script:<transcript.json>.`);
}

function checkStorage(value: string): string {
  if (/^pglite:.+$/.test(value) || /^postgres(ql)?:.+$/.test(value)) return value;
  throw new UsageError(`--storage "${value}" is not one of pglite:<dir>, postgres:<url> (e.g. postgres://user@127.0.0.1:5432/db).`);
}

function checkChain(value: string): string {
  if (value === 'local' || /^https?:\/\/\S+$/.test(value)) return value;
  throw new UsageError(`--chain "${value}" is not "local" or an http(s) JSON-RPC URL.`);
}

function oneOf<T extends string>(flag: string, value: string, choices: readonly T[]): T {
  if ((choices as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`${flag} "${value}" is not one of ${choices.join(', ')}.`);
}

function nonEmpty(flag: string, value: string): string {
  if (value.trim() === '') throw new UsageError(`${flag} needs a non-empty value.`);
  return value;
}

function integer(name: string, value: string, min: number, max: number): number {
  const number = /^\d+$/.test(value) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < min || number > max) {
    const range = max === Number.MAX_SAFE_INTEGER ? `of at least ${min}` : `from ${min} to ${max}`;
    throw new UsageError(`${name} must be a whole number ${range} (got "${truncate(value)}").`);
  }
  return number;
}

function truncate(text: string): string {
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/** `--steps 1,3`: step numbers (1-based), each once. */
function stepNumbers(value: string): number[] {
  const numbers = value
    .split(/[\s,]+/)
    .filter(Boolean)
    .map((part) => integer('--steps', part, 1, 1_000));
  if (numbers.length === 0) throw new UsageError('--steps needs the numbers of the plan steps to keep, e.g. --steps 1,3.');
  if (new Set(numbers).size !== numbers.length) throw new UsageError(`--steps "${truncate(value)}" names a step twice.`);
  return numbers;
}
