import { join } from 'node:path';
import type { VercelDeployOptions } from '@buildwright/adapters/vercel';
import type { Builder, DeployAdapter, DeploymentRecord } from '@buildwright/core';
import { sandboxFromFlags } from '../adapters-from-flags.js';
import { flush, print, type Command, type CommandContext } from '../cli-io.js';
import { waitForStop } from '../interrupts.js';
import { openExistingStorage } from '../open-storage.js';
import type { CliFlags } from '../parse-args.js';
import { UsageError } from '../usage-error.js';

/** Where deployments live by default: beside the default data directory. */
const defaultDeployDirectory = '.buildwright/deployments';

/**
 * `buildwright deploy <project> [version] [--target static|node|vercel] [--dir D] [--port P] [--serve]`:
 * builds the version (the current one by default) in the project's sandbox and publishes it
 * (`static` for web and DApp projects, `node` for APIs, `vercel` for web and DApp projects on
 * Vercel with `VERCEL_TOKEN`); prints its URL and the project's alias.
 * The SDK's server serves static and node deployments while a process runs it: `--serve` keeps
 * this one serving until Ctrl-C (deployments stay on disk in `--dir` and are served again by the
 * next one). Vercel serves its deployments itself.
 *
 * @example
 * buildwright deploy 3f2a9c1e-0d4b-4a8e-9a61-7c2f0e5b1d22 --serve
 */
export const deployCommand: Command = async (context) => {
  const { flags, positionals } = context.args;
  const number = positionals[1] === undefined ? undefined : Number(positionals[1]);
  return withDeployBuilder(context, async (builder) => {
    const deployment = await builder.deploy(positionals[0]!, {
      ownerId: flags.owner ?? 'local',
      ...(number === undefined ? {} : { version: number }),
      ...(flags.target === undefined ? {} : { target: flags.target }),
      onEvent: (event) => {
        if (!flags.json && event.type === 'deploy.started') {
          context.stdout.write(`Deploying version ${event.versionNumber} to ${event.target}...\n`);
          for (const warning of event.warnings) context.stdout.write(`warning: ${warning}\n`);
        }
      },
    });
    print(context, deployment, `Deployed version ${deployment.versionNumber} (${deployment.id})\n  url    ${deployment.url}\n  alias  ${deployment.aliasUrl ?? '(none)'}`);
    if (flags.target === 'vercel') return 0;
    await keepServing(context, flags);
    return 0;
  });
};

/** `buildwright deployments <project>`: a project's deployments, newest first. */
export const deploymentsCommand: Command = async (context) => {
  const { flags, positionals } = context.args;
  return withDeployBuilder(context, async (builder) => {
    const deployments = await builder.listDeployments(positionals[0]!, { ownerId: flags.owner ?? 'local' });
    print(context, deployments, deployments.length ? deployments.map(describe).join('\n') : 'No deployments yet: buildwright deploy <project>.');
    await keepServing(context, flags);
    return 0;
  });
};

/** `buildwright undeploy <deployment>`: stops a deployment; its URL then answers 404. */
export const undeployCommand: Command = async (context) => {
  const { flags, positionals } = context.args;
  return withDeployBuilder(context, async (builder) => {
    const stopped = await builder.undeploy(positionals[0]!, { ownerId: flags.owner ?? 'local' });
    print(context, stopped, `Stopped ${stopped.id} (version ${stopped.versionNumber}).`);
    return 0;
  });
};

function describe(deployment: DeploymentRecord): string {
  const where = deployment.status === 'failed' ? `${deployment.error?.code}: ${deployment.error?.message}` : (deployment.url ?? '');
  return `${deployment.id}  v${deployment.versionNumber}  ${deployment.target}  ${deployment.status}${deployment.aliasUrl ? ' (alias)' : ''}  ${where}`;
}

async function keepServing(context: CommandContext, flags: CliFlags): Promise<void> {
  await flush(context.stdout);
  if (!flags.serve) {
    if (!flags.json) context.stdout.write('The URLs answer while a process serves them: run with --serve (deployments stay on disk).\n');
    return;
  }
  if (!flags.json) context.stdout.write('Serving deployments; Ctrl-C stops.\n');
  await waitForStop();
}

/**
 * A builder for deploys: stored projects, the project's sandbox (builds run there), the static and
 * node targets, and the vercel target when `VERCEL_TOKEN` is set; the model is never called.
 */
async function withDeployBuilder(context: CommandContext, work: (builder: Builder) => Promise<number>): Promise<number> {
  const { flags } = context.args;
  const vercelOptions = vercelFromEnv(context.env, flags.target === 'vercel');
  const { storage } = await openExistingStorage(flags);
  const dir = flags.dir ?? defaultDeployDirectory;
  const [{ createBuilder }, { staticDeploy, nodeDeploy }, { scriptedLlm }, sandbox] = await Promise.all([
    import('@buildwright/core'),
    import('@buildwright/adapters/deploy'),
    import('@buildwright/adapters/scripted'),
    sandboxFromFlags(flags, context.env),
  ]);
  const port = flags.port ?? 4400;
  const targets: Record<string, DeployAdapter> = {
    static: staticDeploy({ dir: join(dir, 'static'), port }),
    node: nodeDeploy({ sandbox, dir: join(dir, 'node'), port: port + 100 }),
  };
  if (vercelOptions) {
    // After static and node: a deploy without --target picks the local target of the project's kind.
    const { vercelDeploy } = await loadVercel();
    targets.vercel = vercelDeploy(vercelOptions);
  }
  if (flags.target !== undefined && !(flags.target in targets)) {
    await storage.close();
    throw new UsageError(`--target ${flags.target} is not a deploy target of the CLI; use static (web, DApp), node (api) or vercel (web, DApp; needs VERCEL_TOKEN).`);
  }
  const builder = createBuilder({ llm: scriptedLlm({ transcript: { format: 'buildwright.transcript/v1', turns: [] } }), sandbox, storage, deploy: targets });
  try {
    // A restarted CLI serves what is on disk (a deploy to Vercel needs no local server).
    if (flags.target !== 'vercel') await (targets.static as ReturnType<typeof staticDeploy>).serve();
    return await work(builder);
  } finally {
    await builder.close();
  }
}

/**
 * The Vercel target's options from the environment: `VERCEL_TOKEN`, optional `VERCEL_TEAM_ID`,
 * and `VERCEL_API_URL` (another API address, e.g. a local stand-in). Without a token there is
 * no vercel target; `required` (`--target vercel`) makes that a usage error.
 */
function vercelFromEnv(env: NodeJS.ProcessEnv, required: boolean): VercelDeployOptions | undefined {
  const token = env.VERCEL_TOKEN?.trim();
  if (!token) {
    if (required) throw new UsageError("--target vercel needs VERCEL_TOKEN (an access token from vercel.com/account/tokens; VERCEL_TEAM_ID for a team's projects).");
    return undefined;
  }
  const baseUrl = env.VERCEL_API_URL?.trim();
  if (baseUrl && !/^https?:\/\//.test(baseUrl)) throw new UsageError(`VERCEL_API_URL "${baseUrl}" is not an http(s) URL.`);
  const teamId = env.VERCEL_TEAM_ID?.trim();
  return { token, ...(teamId ? { teamId } : {}), ...(baseUrl ? { baseUrl } : {}) };
}

async function loadVercel(): Promise<typeof import('@buildwright/adapters/vercel')> {
  try {
    return await import('@buildwright/adapters/vercel');
  } catch (error) {
    throw new UsageError(`The vercel deploy target could not be loaded (${(error as Error).message.split('\n')[0]}). Reinstall @buildwright/adapters and @vercel/sdk.`);
  }
}
