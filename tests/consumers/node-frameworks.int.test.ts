import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appFiles, generateOverHttp } from '../../packages/core/src/http/http.test-support.js';
import { installConsumer, installedVersion, runIn, type ConsumerProject } from './consumer-project.js';
import { printTimings, recordTiming } from './consumer-timings.js';
import { scriptedBuilderFiles, startServer } from './scripted-server.js';

// Each server prints `listening <port>` once it listens on a port the OS picked. The mounting
// snippets are the ones docs/http.md shows.
const listening = (address: string) => `() => console.log(\`listening \${${address}}\`)`;

const servers = {
  'node-http': {
    dependencies: {},
    server: `import { createServer } from 'node:http';
import { toNodeListener } from '@buildwright/core/node-http';
import { handler } from './builder.mjs';

const server = createServer(toNodeListener(handler));
server.listen(0, '127.0.0.1', ${listening('server.address().port')});
`,
  },
  express5: {
    dependencies: { express: '^5' },
    server: `import express from 'express';
import { toNodeListener } from '@buildwright/core/node-http';
import { handler } from './builder.mjs';

const app = express();
app.use(express.json());
app.use('/api/builder', toNodeListener(handler));
const server = app.listen(0, '127.0.0.1', ${listening('server.address().port')});
`,
  },
  fastify5: {
    dependencies: { fastify: '^5' },
    server: `import Fastify from 'fastify';
import { toWebRequest } from '@buildwright/core/node-http';
import { handler } from './builder.mjs';

const fastify = Fastify();
fastify.all('/api/builder/*', async (request, reply) => {
  const response = await handler(toWebRequest(request.raw, reply.raw, request.body));
  return reply.status(response.status).headers(Object.fromEntries(response.headers)).send(response.body);
});
await fastify.listen({ port: 0, host: '127.0.0.1' });
(${listening('fastify.server.address().port')})();
`,
  },
  hono4: {
    dependencies: { hono: '^4', '@hono/node-server': '^1' },
    server: `import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { handler } from './builder.mjs';

const app = new Hono();
app.all('/api/builder/*', (c) => handler(c.req.raw));
serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info) => console.log(\`listening \${info.port}\`));
`,
  },
} as const;

type Framework = keyof typeof servers;
const projects = {} as Record<Framework | 'node-script', ConsumerProject>;

beforeAll(async () => {
  // npm installs wait on the network and the disk more than on the CPU: all at once.
  await Promise.all([
    ...Object.entries(servers).map(async ([name, { dependencies, server }]) => {
      projects[name as Framework] = await installConsumer({ name, packages: ['core', 'adapters'], dependencies, files: { ...scriptedBuilderFiles, 'server.mjs': server } });
    }),
    installConsumer({ name: 'node-script', packages: ['core', 'adapters'], files: { ...scriptedBuilderFiles, 'generate.mjs': nodeScript } }).then((project) => (projects['node-script'] = project)),
  ]);
}, 300_000);

afterAll(printTimings);

/** A script that generates in-process, prints what it wrote and exits when the builder is closed. */
const nodeScript = `import { builder } from './builder.mjs';

const run = builder.generate({ prompt: 'a counter page', kind: 'web' });
const written = [];
run.on('file.written', ({ path }) => written.push(path));
const { version, files } = await run.result;
await builder.close();
console.log(JSON.stringify({ version: version.number, written, files }));
`;

describe('a plain Node script on the packed packages', () => {
  it('default: generates with the scripted model, prints the version and exits once the builder is closed', async () => {
    const project = projects['node-script'];
    const output = JSON.parse(await runIn(project, 'generation', process.execPath, ['generate.mjs'])) as { version: number; written: string[]; files: Record<string, string> };
    expect(output).toEqual({ version: 1, written: ['index.html', 'style.css', 'app.js'], files: appFiles });
    expect(project.installed('@buildwright')).toEqual(['adapters', 'client', 'core']);
  });
});

describe.each(Object.keys(servers) as Framework[])('the handler mounted in %s (packed packages, a server process)', (framework) => {
  it('default: a run created over HTTP streams to run.completed and stores version 1 with the files', async () => {
    const project = projects[framework];
    const started = performance.now();
    const server = await startServer(project, process.execPath, ['server.mjs']);
    try {
      const generation = await generateOverHttp(`${server.origin}/api/builder`);
      expect(generation).toMatchObject({ status: 'completed', files: appFiles, versions: [1] });
    } finally {
      await server.stop();
      recordTiming(framework, 'server + generation', performance.now() - started);
    }
    // The pinned major is the one installed: `^5` installs 5.x.
    for (const [name, range] of Object.entries<string>(servers[framework].dependencies)) expect(`${name}@${installedVersion(project, name).split('.')[0]}`).toBe(`${name}@${range.slice(1)}`);
  });
});
