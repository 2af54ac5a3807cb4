import type { CommandName } from './parse-args.js';

const adapterFlags = `Adapters:
  --llm <model>        openai:<model>               any OpenAI-compatible endpoint (OPENAI_API_KEY, OPENAI_BASE_URL)
                       langchain-anthropic:<model>  Anthropic through LangChain (ANTHROPIC_API_KEY)
                       script:<transcript.json>     replay a recorded transcript (no model is called)
                       default: openai:$BUILDWRIGHT_MODEL (gpt-4.1-mini) when OPENAI_API_KEY or OPENAI_BASE_URL is set
  --sandbox <where>    local (default: every command in bubblewrap, which must be installed)
                       local:none (no OS isolation: model-written code reaches your files and network) | e2b (E2B_API_KEY)
  --chain <chain>      local (in-process EVM, default for --kind dapp) | <rpc-url> (BUILDWRIGHT_DEPLOYER_PRIVATE_KEY)
  --max-fix-attempts <n>  fix attempts before the run fails (default 3)
  --type-errors <how>  blocking (default: a type error fails the checks and goes to the fix step) |
                       advisory (type errors are posted as a notice; the app is verified by its build and browser)
  --checks <depth>     smoke (default: imports, install, validate, build, browser) |
                       full (also security: secrets scan, security lint, npm audit; beside the browser check)
  --requirements       a requirements analyst before the plan: user stories with acceptance criteria,
                       entities, pages and the template, with reasons (requirements.created)
  --tests              web runs: the model writes end-to-end tests of the request after build (frozen for the
                       fix loop), run in Chromium as the e2e check
  --replay-delay <ms>  wait before each scripted model turn (script: models only)`;

const commonFlags = `Common:
  --storage <where>    pglite:<dir> (default pglite:.buildwright/data) | postgres:<url>
  --owner <id>         owner of the projects (default local)
  --json               print every event as one JSON line (NDJSON) on stdout and nothing else
  -h, --help           this help`;

const serverFlags = `On a running server (the run executes there; this process loads no engine and opens no store):
  --server <url>       the address of a running buildwright serve (http://127.0.0.1:3000): the run
                       uses its model, storage, sandbox and checks (the adapter flags above are refused)
  --owner <id>         sent in the owner header; default: the server's own default owner
  --owner-header <h>   that header, when serve was given another (default x-buildwright-owner)`;

const scaleFlags = `Scale out:
  --queue <redis-url>  runs go on a BullMQ queue in Redis (serve enqueues, worker executes)
  --event-bus <bus>    redis://… (pub/sub) | postgres (LISTEN/NOTIFY on the --storage database):
                       live events and cancel across processes
  --prefix <name>      start of the queue's Redis keys and the bus's channels, one per deployment
                       (default: bull for the queue, buildwright for the bus)`;

const main = `buildwright — generate, check and version apps from a prompt

Usage:
  buildwright demo                               offline demo: a recorded transcript, real checks in Chromium
  buildwright generate "<prompt>" [--kind web|dapp|api]
  buildwright edit <project> "<prompt>"
  buildwright edit <project> "<prompt>" --server http://127.0.0.1:3000
                                                 the run executes on a running buildwright serve (also generate)
  buildwright resume <run>                       continue a cancelled or crashed run
  buildwright approve <run> [--steps 1,3]        build the plan of a run started with --approve-plan (--reject drops it)
  buildwright list                               projects
  buildwright show <project>                     a project, its versions and runs
  buildwright versions <project>
  buildwright diff <project> <from> [to]         unified diff between two versions (to: current)
  buildwright restore <project> <version>        new version equal to an old one
  buildwright export <project> [version] [--out app.zip | --dir path]
  buildwright save <project> <dir> [-m "<message>"] [--base n] [--check]
                                                 store a directory edited by hand as the next version
  buildwright projects list [--query text] | rename <project> "<name>" | delete <project>
  buildwright templates [search "<query>"]      the templates, or those most similar to a query
  buildwright preview <project> [version]        serve the app and print its URL (Ctrl-C stops)
  buildwright git push|pull <project> [--remote <url>] [--branch main]
                                                 versions → commits, remote commits → a version
  buildwright serve [--port 3000] [--queue redis://…] [--event-bus redis://…|postgres]
                                                 the HTTP API (no real auth: development or behind your auth proxy)
  buildwright worker --queue redis://… --storage postgres://… [--concurrency n]
                                                 execute the runs serve --queue enqueues
  buildwright mcp                                Buildwright as an MCP server on stdio (Claude Desktop, Cursor, VS Code)
  buildwright deploy <project> [--version N] [--target static|node|vercel] [--serve]
                                                 publish a version at a stable URL (deployments <project>, undeploy <id>)
  buildwright agent generate|edit|create|list|show|update|publish|versions|diff|restore|execute|executions|stats|export|delete
                                                 AI agents: define, version, execute, measure (buildwright agent --help)

${adapterFlags}

${commonFlags}
  -v, --version        print the version

Exit codes: 0 completed, 1 run failed, 2 bad usage, 130 interrupted (Ctrl-C cancels the run cleanly).
Docs: docs/cli.md`;

const perCommand: Record<Exclude<CommandName, 'help'>, string> = {
  generate: `buildwright generate "<prompt>" [--kind web|dapp|api] [--template <name>] [--name <project name>] [--approve-plan] [--server <url>]

Creates a project and runs plan → build → checks ⟲ fix until the app is verified in Chromium,
then stores version 1. Use "-" as the prompt to read it from stdin. With --server the run executes
on a running buildwright serve (see buildwright edit --help).
--approve-plan stops after the plan: on a terminal it asks (Enter builds, step numbers keep those
steps, n drops it); elsewhere the run waits for: buildwright approve <run> [--steps 1,3] | --reject.

Example:
  OPENAI_API_KEY=sk-... buildwright generate "a pomodoro timer with a task list"
  buildwright generate "a habit tracker" --llm script:examples/transcripts/counter-app.json --json
  buildwright generate "a habit tracker" --server http://127.0.0.1:3000

${adapterFlags}

${serverFlags}

${commonFlags}`,
  edit: `buildwright edit <project> "<prompt>" [--approve-plan] [--server <url>]

Changes a project: the model sees the file tree and the relevant files, the checks run again,
and a new version is stored.

With --server the edit runs on a running buildwright serve, which keeps the project's sandbox,
warm checks and browser between edits: the quick way to iterate. Same output and exit codes;
Ctrl-C cancels the run on the server; a server that does not answer is SERVER_UNAVAILABLE (exit 2).

Example:
  buildwright edit 3f2a9c1e-... "add a dark mode toggle"
  buildwright serve --port 3000 &                     # once, on the project's --storage
  buildwright edit 3f2a9c1e-... "add a dark mode toggle" --server http://127.0.0.1:3000

${adapterFlags}

${serverFlags}

${commonFlags}`,
  approve: `buildwright approve <run> [--steps 1,3] [--reject]

Builds the plan of a run started with --approve-plan that waits for approval, and follows the run
to its end: all its steps, or only the steps numbered in --steps (in that order). --reject drops
the plan: the run ends as cancelled. Give the same --llm, --sandbox and --storage as the run had.

Example:
  buildwright generate "a habit tracker" --approve-plan --llm script:examples/transcripts/counter-app.json
  buildwright approve 9c1d7e2a-... --steps 1 --llm script:examples/transcripts/counter-app.json

${adapterFlags}

${commonFlags}`,
  resume: `buildwright resume <run>

Continues a run that was cancelled (Ctrl-C) or cut off by a crash, from its last completed step.
Give the same --llm, --sandbox and --storage as the run had.

${adapterFlags}

${commonFlags}`,
  demo: `buildwright demo [--exit | --serve]

Runs a real generation on the embedded defaults: the scripted model replaying the bundled
transcript of a habit tracker (examples/transcripts/counter-app.json), the local sandbox,
PGlite in .buildwright/data, and the real checks (imports, install, tsc, eslint, vite build,
Chromium). The first build fails a type check and the fix loop repairs it. At the end the app
is served at the printed URL until Ctrl-C (when stdout is a terminal; --serve forces it,
--exit prints and exits).

${commonFlags}`,
  list: `buildwright list

Lists the owner's projects: id, kind, current version, name.

${commonFlags}`,
  show: `buildwright show <project>

Shows a project with its versions and runs (status, error, cost).

${commonFlags}`,
  versions: `buildwright versions <project>

Lists the versions of a project, oldest first.

${commonFlags}`,
  diff: `buildwright diff <project> <from> [to]

Prints per-file unified diffs from version <from> to version [to] (default: the current one).

${commonFlags}`,
  git: `buildwright git push|pull <project> [--remote <url>] [--branch main]

push: commits each version not pushed yet (its message, the time it was made) and moves the remote
branch; running it again pushes nothing. pull: the remote's new commits become a version; with
versions not pushed as well, the two sides are merged, or GIT_CONFLICT names the files and nothing
is stored. --remote is needed the first time (it is stored with the project). Credentials come
from BUILDWRIGHT_GIT_TOKEN or GITHUB_TOKEN; the author from BUILDWRIGHT_GIT_AUTHOR ("Name <email>").

${commonFlags}`,
  restore: `buildwright restore <project> <version>

Stores a new version whose files equal those of <version>. History is never rewritten.

${commonFlags}`,
  export: `buildwright export <project> [version] [--out app.zip | --dir path]

Writes a version (default: the current one) as a ZIP file (default name <project>-v<n>.zip) or
as files into an empty or new directory. Reads storage only: no sandbox needed.

${commonFlags}`,
  save: `buildwright save <project> <dir> [--message "<message>"] [--base n] [--check]

Stores the files of <dir> (edited by hand, e.g. after export --dir) as the project's next version.
Only the changes against the base version (default: the current one) are stored: changed and new
files, and files the directory no longer has. node_modules/, dist/ and dot-directories are skipped.
When a run stored a version since the base, nothing is stored: export the current version, apply
your changes to it and save again.

--check also runs the project kind's checks on the saved version in the sandbox (--sandbox,
--checks, --type-errors, --tests as for edit), shown as a run's checks: no model is called, no
other version is stored, and a failed check is reported (exit code 1), not fixed. Refused while a
run of the project is in progress (PROJECT_BUSY, nothing stored).

Example:
  buildwright save 3f2a9c1e-... ./habit-tracker -m "Bigger title" --check

${commonFlags}`,
  projects: `buildwright projects list [--query text] [--limit n]
buildwright projects rename <project> "<name>"
buildwright projects delete <project>

list: the projects newest first (--query searches names and prompts). rename: a new name.
delete: the project with its runs, events and versions, and its sandbox's files (the local
sandbox's directory); refused while one of its runs is in progress (cancel it first).

${commonFlags}`,
  templates: `buildwright templates [--kind web|dapp|api] [--dir folder]
buildwright templates search "<query>" [--limit n] [--kind web|dapp|api] [--dir folder]

Without search: the templates a generation can start from (name, kinds, description). With
search: those most similar to the query, best first, with their cosine scores (the offline lexical
embedder). --dir adds the folder templates of a folder (template.json + files/, docs/templates.md).

Example:
  buildwright templates search "an nft minting page" --json

${commonFlags}`,
  serve: `buildwright serve [--port 3000] [--storage …] [--queue redis://…] [--event-bus redis://…|postgres]
                  [--owner-header x-buildwright-owner] [--owner local] [--spare react-vite,…]

Serves the HTTP API (docs/http.md: POST /runs, GET /runs/:id/events, ...) for projects of every
kind, on --storage, and MCP's Streamable HTTP endpoint at /mcp (docs/mcp-server.md). Without --queue the runs execute in this process; with --queue they are
enqueued for buildwright worker processes (then no --llm is needed here).

NO REAL AUTHENTICATION: the owner of a request is its --owner-header header (default
x-buildwright-owner), else --owner (default local). Anyone who reaches the port acts as any owner.
Use serve for development, or behind a proxy of yours that authenticates and sets that header.

Ctrl-C or SIGTERM stops: the server closes, runs executing here are cancelled (buildwright resume
continues them), the adapters close. --port 0 takes a free port (printed).

Example:
  buildwright serve --llm script:examples/transcripts/counter-app.json --sandbox local:none
  buildwright serve --storage postgres://postgres@127.0.0.1:5432/app --queue redis://127.0.0.1:6379 --event-bus redis://127.0.0.1:6379

  --port <n>           port to listen on (default 3000)
  --owner-header <h>   request header naming the owner (default x-buildwright-owner)
  --spare <templates>  keep a sandbox of each template ready, its checks warm, for the next new
                       project of it (docs/create-builder.md#spare-sandboxes; with --queue, give it
                       to buildwright worker)

${scaleFlags}

${adapterFlags}

${commonFlags}`,
  deploy: `buildwright deploy <project> [version | --version N] [--target static|node|vercel] [--dir path] [--port n] [--serve]

Builds the version (the current one by default) in the project's sandbox and publishes it: web and
DApp projects to the static target (one URL per deployment, http://<name>-v<N>-<id>.localhost:<port>/,
and the project's alias that moves to the newest), api projects to the node target (a supervised
server in a sandbox, on port + 100). Deployments stay on disk in --dir (default
.buildwright/deployments); the URLs answer while a process serves them: --serve keeps this one
serving until Ctrl-C. --target vercel publishes a web or DApp version on Vercel instead (needs
VERCEL_TOKEN; VERCEL_TEAM_ID for a team's projects; VERCEL_API_URL for another API address).
See docs/deploy.md and docs/deploy-vercel.md.

  --target <name>      static (web, DApp), node (api) or vercel (web, DApp; VERCEL_TOKEN);
                       default: the local one of the project's kind
  --dir <path>         where deployments live (default .buildwright/deployments)
  --port <n>           port of the static server (default 4400; node: port + 100)
  --serve              keep serving after the deploy

${commonFlags}`,
  deployments: `buildwright deployments <project> [--dir path] [--port n] [--serve]

Lists a project's deployments, newest first: id, version, target, status, URL (alias marked).
--serve serves every deployment on disk until Ctrl-C.

${commonFlags}`,
  agent: `buildwright agent <action> …

AI agents of the owner (docs/agents.md): a definition (JSON, format buildwright.agent/v1) with
instructions, a model name, HTTP tools, input/output schemas, limits and evals; immutable versions;
executions stored with latency, tokens and cost.

  agent generate <prompt>                   the model writes the definition and evals; published once they pass
  agent edit <agent> <prompt>               change it the same way (the next version once the evals pass)
  agent create <definition.json>            a new agent whose draft is the file
  agent list                                the owner's agents
  agent show <agent>                        the draft and how many versions
  agent update <agent> <definition.json>    replace the draft
  agent publish <agent>                     the draft becomes the next version (execute runs it)
  agent versions <agent>
  agent diff <agent> <from> [to]            field changes between versions (to: the draft)
  agent restore <agent> <version>           copy a version into the draft
  agent execute <agent> <input> [version]   run it once with --llm (input: JSON, or plain text)
  agent executions <agent> [--limit n]      newest first
  agent stats <agent> [--from day] [--to day]
  agent export <agent> [version|draft] [--out file.agent.mts | file.json]
                                            the definition (stdout), or a TypeScript module that runs it
  agent delete <agent>                      with its versions and executions

Example:
  buildwright agent create triage.agent.json
  buildwright agent publish 4f1c…
  buildwright agent execute 4f1c… '"ann@example.com: the site is down"' --llm openai:gpt-4.1-mini

  --llm <model>        the model execute uses for the definition's model name (as for generate);
                       generate and edit: the model that writes the agent, runs it and judges its evals
  --limit <n>          executions to list (default 50, at most 500)
  --from, --to <day>   stats from / to this day (YYYY-MM-DD, UTC)
  --out <file>         export: .mts (or .ts) writes the runnable ES module, .json the definition

${commonFlags}`,
  undeploy: `buildwright undeploy <deployment> [--dir path]

Stops a deployment: its URL answers 404 and the project's alias moves back to the newest one left.

${commonFlags}`,
  worker: `buildwright worker --queue redis://… --storage postgres://… [--concurrency n] [--event-bus …]

Executes the runs that buildwright serve --queue (or createBuilder({ queue })) enqueues, n at a
time (default 1), with the model, sandbox and checks of every kind. Start as many as you need, on
any machine that reaches Redis and Postgres. --storage must be the Postgres database of the serve
process (a PGlite directory is opened by one process at a time). A run of a worker that died is
resumed from its checkpoint by another worker.

Ctrl-C or SIGTERM stops gracefully: each run goes on to its next checkpoint, then goes back on the
queue for another worker. A second Ctrl-C exits at once (the run is resumed after its lease ends).

Example:
  buildwright worker --queue redis://127.0.0.1:6379 --storage postgres://postgres@127.0.0.1:5432/app \\
    --event-bus redis://127.0.0.1:6379 --concurrency 2 --llm openai:gpt-4.1-mini

  --concurrency <n>    runs executed at once (default 1)
  --spare <templates>  keep a sandbox of each template ready, its checks warm, for the next new
                       project of it (docs/create-builder.md#spare-sandboxes)

${scaleFlags}

${adapterFlags}

${commonFlags}`,
  mcp: `buildwright mcp [--llm …] [--sandbox …] [--storage …] [--owner local]

Serves Buildwright as an MCP server on stdio, for MCP clients that start it as a command:
tools generate_app, edit_app, get_run_status (with progress notifications), list_projects,
list_versions, restore_version, get_preview_url and export_zip, and every file of a project's
current version as the resource buildwright://project/<id>/<path>. Projects of every kind; every
tool works on the projects of --owner. stdout carries only the protocol; logs go to stderr.
It stops when the client closes stdin, or on Ctrl-C / SIGTERM (runs executing here are cancelled:
buildwright resume continues them). Client config files: docs/mcp-server.md.

Example (an MCP client's config):
  { "mcpServers": { "buildwright": { "command": "npx", "args": ["-y", "@buildwright/cli", "mcp", "--llm", "openai:gpt-4.1-mini"] } } }

${adapterFlags}

${commonFlags}`,
  preview: `buildwright preview <project> [version] [--port <n>] [--sandbox local|e2b] [--exit]

Writes the version's files into the project's sandbox, installs dependencies (from the shared
cache when it can), builds the app and serves it with vite preview. Prints the URL and keeps
serving until Ctrl-C (--exit: print and stop, for scripts).

${commonFlags}`,
};

/**
 * The help text of the CLI, or of one command.
 *
 * @example
 * process.stdout.write(helpText('generate'));
 */
export function helpText(command?: CommandName): string {
  return `${command === undefined || command === 'help' ? main : perCommand[command]}\n`;
}
