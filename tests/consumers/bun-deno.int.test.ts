import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appFiles, generateOverHttp } from '../../packages/core/src/http/http.test-support.js';
import { installConsumer, type ConsumerProject } from './consumer-project.js';
import { printTimings, recordTiming } from './consumer-timings.js';
import { scriptedBuilderFiles, startServer } from './scripted-server.js';

// Bun and Deno install from npm as packages whose optionalDependencies hold the binary for the
// platform; each serves the handler with its own server, as docs/http.md shows.
const runtimes = {
  bun: {
    binary: 'node_modules/bun/bin/bun.exe',
    args: ['server.mjs'],
    // Bun closes a connection idle for idleTimeout seconds (10 by default): above the handler's
    // 15 s heartbeat, or a quiet event stream is cut.
    server: `import { handler } from './builder.mjs';

const server = Bun.serve({ fetch: handler, port: 0, hostname: '127.0.0.1', idleTimeout: 30 });
console.log(\`listening \${server.port}\`);
`,
  },
  deno: {
    binary: 'node_modules/deno/deno',
    args: ['run', '--allow-all', 'server.mjs'],
    server: `import { handler } from './builder.mjs';

Deno.serve({ port: 0, hostname: '127.0.0.1', onListen: ({ port }) => console.log(\`listening \${port}\`) }, handler);
`,
  },
} as const;

type Runtime = keyof typeof runtimes;
const projects = {} as Record<Runtime, ConsumerProject>;

beforeAll(async () => {
  await Promise.all(
    (Object.keys(runtimes) as Runtime[]).map(async (runtime) => {
      projects[runtime] = await installConsumer({
        name: runtime,
        packages: ['core', 'adapters'],
        dependencies: { [runtime]: 'latest' },
        files: { ...scriptedBuilderFiles, 'server.mjs': runtimes[runtime].server },
      });
    }),
  );
}, 300_000);

afterAll(printTimings);

describe.each(Object.keys(runtimes) as Runtime[])('the handler served by %s (installed from npm)', (runtime) => {
  it('default: a run created over HTTP streams to run.completed and stores version 1 with the files', async (context) => {
    const project = projects[runtime];
    const { binary, args } = runtimes[runtime];
    const probe = spawnSync(project.path(binary), ['--version'], { encoding: 'utf8' });
    // The only reason to skip: the npm package gave no binary that runs on this machine.
    if (probe.status !== 0) context.skip(`the ${runtime} npm package installed no runnable binary here: ${probe.error?.message ?? probe.stderr}`);
    const started = performance.now();
    const server = await startServer(project, project.path(binary), args);
    try {
      const generation = await generateOverHttp(`${server.origin}/api/builder`);
      expect(generation).toMatchObject({ status: 'completed', files: appFiles, versions: [1] });
    } finally {
      await server.stop();
      recordTiming(`${runtime} ${probe.stdout.split('\n')[0]!.replace(runtime, '').trim()}`, 'server + generation', performance.now() - started);
    }
  });
});
