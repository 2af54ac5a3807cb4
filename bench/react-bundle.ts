// Two figures for the React side of Buildwright:
// 1. Bundle: gzip size of @buildwright/react + the client as a consumer's bundle includes them
//    (esbuild, minified, code-split, React external), for the whole package, <BuilderChat/> alone
//    and <ApiExplorer/> alone, and the lazy chunk a page loads only when it shows an OpenAPI spec.
// 2. SSE fan-out: 200 concurrent event-stream clients over real HTTP on one run; delay from the
//    moment an event is stored to the moment each client has parsed it (median and p99). The
//    clients run in a child process (their own event loop, like browsers elsewhere); times are
//    absolute (performance.timeOrigin + now) so both processes share one clock.
// Run: pnpm exec tsx bench/react-bundle.ts  [--clients 200] [--spacing-ms 20]
import { memorySandbox, memoryStorage } from '@buildwright/adapters/memory';
import { scriptedLlm } from '@buildwright/adapters/scripted';
import { createBuilder, type LlmAdapter, type StorageAdapter, type Transcript } from '@buildwright/core';
import { createBuilderHandler } from '@buildwright/core/http';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import { fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { cpus, loadavg } from 'node:os';
import { gzipSync } from 'node:zlib';
import { sendWebResponse, toWebRequest } from '../packages/core/src/http/node-listener.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const option = (name: string, fallback: number) => (process.argv.includes(name) ? Number(process.argv[process.argv.indexOf(name) + 1]) : fallback);
const clients = option('--clients', 200);
const spacingMs = option('--spacing-ms', 20);
const clock = () => performance.timeOrigin + performance.now();

if (process.argv.includes('--follow')) {
  await followAll(JSON.parse(process.argv[process.argv.indexOf('--follow') + 1]!) as { base: string; runId: string; clients: number });
  process.exit(0);
}

async function bundleSize(entry: string): Promise<{ raw: number; gzip: number; lazyRaw: number; lazyGzip: number; markdownGzip: number; editorGzip: number }> {
  // esbuild is a dev dependency of @buildwright/react.
  const esbuild = createRequire(`${root}packages/react/package.json`)('esbuild') as {
    build(options: object): Promise<{
      outputFiles: { path: string; contents: Uint8Array }[];
      metafile: { outputs: Record<string, { entryPoint?: string; inputs: Record<string, unknown>; imports: { path: string; kind: string; external?: boolean }[] }> };
    }>;
  };
  // Code-split as an app's bundler does: the page loads the entry and the chunks it imports; the
  // chunks behind dynamic imports only (the YAML parser of <ApiExplorer/>) load when used.
  const result = await esbuild.build({
    stdin: { contents: entry, resolveDir: root, loader: 'ts' },
    bundle: true,
    splitting: true,
    metafile: true,
    outdir: `${root}bench-out`,
    write: false,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    jsx: 'automatic',
    external: ['react', 'react-dom', 'react/jsx-runtime'],
    alias: { '@buildwright/react': `${root}packages/react/src/index.ts`, '@buildwright/client': `${root}packages/client/src/index.ts` },
    logLevel: 'error',
  });
  const outputs = result.metafile.outputs;
  const initial = new Set<string>();
  const visit = (path: string) => {
    if (initial.has(path)) return;
    initial.add(path);
    for (const imported of outputs[path]?.imports ?? []) if (imported.kind === 'import-statement' && !imported.external) visit(imported.path);
  };
  visit(Object.keys(outputs).find((path) => outputs[path]!.entryPoint !== undefined)!);
  const sizes = { raw: 0, gzip: 0, lazyRaw: 0, lazyGzip: 0, markdownGzip: 0, editorGzip: 0 };
  for (const file of result.outputFiles) {
    const gzip = gzipSync(file.contents, { level: 9 }).byteLength;
    const output = Object.keys(outputs).find((path) => file.path.endsWith(path.replace(/^.*bench-out/, 'bench-out')));
    const loadedFirst = output !== undefined && initial.has(output);
    // The markdown parser's chunk (marked) loads when the chat's first message renders; esbuild
    // emits it for every entry that reaches its module, used or not, so it is counted apart.
    const lazyInputs = loadedFirst ? [] : Object.keys(outputs[output ?? '']?.inputs ?? {});
    if (lazyInputs.some((input) => input.includes('node_modules/marked/'))) sizes.markdownGzip += gzip;
    // CodeMirror's chunk loads only when an editable <CodeView/> renders.
    else if (lazyInputs.some((input) => input.includes('/@codemirror/'))) sizes.editorGzip += gzip;
    else if (loadedFirst) Object.assign(sizes, { raw: sizes.raw + file.contents.byteLength, gzip: sizes.gzip + gzip });
    else Object.assign(sizes, { lazyRaw: sizes.lazyRaw + file.contents.byteLength, lazyGzip: sizes.lazyGzip + gzip });
  }
  return sizes;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} kB`;
const whole = await bundleSize(`export * from '@buildwright/react';`);
const chatOnly = await bundleSize(`export { BuilderChat } from '@buildwright/react';`);
const explorerOnly = await bundleSize(`export { ApiExplorer } from '@buildwright/react';`);
const clientOnly = await bundleSize(`export { createBuilderClient } from '@buildwright/client';`);
console.log('Bundle (esbuild, minified, code-split, React external)');
console.log(`  @buildwright/react (everything) + client:      ${kb(whole.raw)} raw, ${kb(whole.gzip)} gzip  (target < 40 kB gzip: ${whole.gzip < 40 * 1024 ? 'met' : 'MISSED'})`);
console.log(`    loaded when a spec is shown (YAML parser):    ${kb(whole.lazyRaw)} raw, ${kb(whole.lazyGzip)} gzip`);
console.log(`    loaded when a chat message renders (markdown): ${kb(whole.markdownGzip)} gzip`);
console.log(`    loaded by an editable <CodeView/> (CodeMirror): ${kb(whole.editorGzip)} gzip`);
console.log(`  <BuilderChat/> only:                            ${kb(chatOnly.raw)} raw, ${kb(chatOnly.gzip)} gzip (+ ${kb(chatOnly.markdownGzip)} gzip when a message renders)`);
console.log(`  <ApiExplorer/> only:                            ${kb(explorerOnly.raw)} raw, ${kb(explorerOnly.gzip)} gzip (+ ${kb(explorerOnly.lazyGzip)} gzip when a spec is shown)`);
console.log(`  createBuilderClient only:                       ${kb(clientOnly.raw)} raw, ${kb(clientOnly.gzip)} gzip`);

// --- SSE fan-out -----------------------------------------------------------------------------
/**
 * Client process: opens every stream with node:http (lighter than fetch, so the figure is the
 * server's delivery, not client parsing), says when all are connected, then reports
 * (seq, receipt time) pairs. Receipt is when the chunk holding the event's `id:` line arrives.
 */
async function followAll({ base, runId, clients }: { base: string; runId: string; clients: number }) {
  const { request, Agent } = await import('node:http');
  const agent = new Agent({ keepAlive: false, maxSockets: Infinity });
  let connected = 0;
  const receipts: number[] = [];
  const follow = () =>
    new Promise<number>((resolve, reject) => {
      const outgoing = request(`${base}/runs/${runId}/events`, { agent, headers: { accept: 'text/event-stream' } }, (incoming) => {
        incoming.setEncoding('utf8');
        let buffer = '';
        let count = 0;
        incoming.on('data', (chunk: string) => {
          const now = clock();
          buffer += chunk;
          const end = buffer.lastIndexOf('\n\n');
          if (end === -1) return;
          for (const match of buffer.slice(0, end).matchAll(/^id: (\d+)$/gm)) {
            receipts.push(Number(match[1]), now);
            if (count++ === 0 && ++connected === clients) process.send!({ type: 'connected' });
          }
          buffer = buffer.slice(end + 2);
        });
        incoming.on('end', () => resolve(count));
        incoming.on('error', reject);
      });
      outgoing.on('error', reject);
      outgoing.end();
    });
  const counts = await Promise.all(Array.from({ length: clients }, follow));
  await new Promise((resolve) => process.send!({ type: 'done', counts, receipts }, resolve));
}

const steps = 6;
const transcript: Transcript = {
  format: 'buildwright.transcript/v1',
  turns: [
    {
      node: 'plan',
      toolCalls: [
        {
          name: 'submit_plan',
          arguments: { title: 'Bench', summary: 'fan-out', steps: Array.from({ length: steps }, (_, index) => ({ id: `s${index}`, title: `Step ${index}`, files: [`f${index}.js`] })) },
        },
      ],
    },
    ...Array.from({ length: steps }, (_, index) => [
      {
        node: 'build',
        text: 'Writing one more file for the fan-out benchmark, word by word.',
        toolCalls: [{ name: 'write_file', arguments: { path: `f${index}.js`, content: `export const n = ${index};\n` } }],
      },
      { node: 'build', toolCalls: [{ name: 'finish', arguments: { summary: `step ${index}` } }] },
    ]).flat(),
  ],
};

let openGate!: () => void;
const gate = new Promise<void>((resolve) => (openGate = resolve));
const inner = scriptedLlm({ transcript });
// Waits until every client is connected, then streams prose word by word, `spacingMs` apart.
const llm: LlmAdapter = {
  ...inner,
  async *stream(request) {
    await gate;
    for await (const part of inner.stream(request)) {
      if (part.type !== 'text-delta') {
        yield part;
        continue;
      }
      for (const word of part.text.split(/(?<= )/)) {
        await new Promise((resolve) => setTimeout(resolve, spacingMs));
        yield { type: 'text-delta', text: word };
      }
    }
  },
};

const storedAt = new Map<number, number>();
const memory = memoryStorage();
const storage: StorageAdapter = {
  ...memory,
  async appendEvent(event) {
    await memory.appendEvent(event);
    storedAt.set(event.seq, clock());
  },
};
const builder = createBuilder({ llm, sandbox: memorySandbox(), storage });
const handler = createBuilderHandler(builder, { authorize: () => 'bench', heartbeatMs: 60_000 });
const server = createServer(async (incoming, outgoing) => sendWebResponse(outgoing, await handler(toWebRequest(incoming, outgoing))));
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
const created = (await (await fetch(`${base}/runs`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ prompt: 'fan-out' }) })).json()) as { runId: string };

const started = clock();
const child = fork(fileURLToPath(import.meta.url), ['--follow', JSON.stringify({ base, runId: created.runId, clients })], { execArgv: ['--import', 'tsx'] });
let measuredFrom = Infinity;
let connectMs = 0;
let cpuAtStart = process.cpuUsage();
const result = await new Promise<{ counts: number[]; receipts: number[] }>((resolve, reject) => {
  child.on('error', reject);
  child.on('exit', (code) => code !== 0 && reject(new Error(`the client process exited with ${code}`)));
  child.on('message', (message: { type: string; counts: number[]; receipts: number[] }) => {
    if (message.type === 'connected') {
      connectMs = clock() - started;
      measuredFrom = Math.max(...storedAt.keys());
      cpuAtStart = process.cpuUsage();
      openGate();
    } else resolve(message);
  });
});
const cpu = process.cpuUsage(cpuAtStart);
await builder.close();
server.close();

const delays: number[] = [];
for (let index = 0; index < result.receipts.length; index += 2) {
  const seq = result.receipts[index]!;
  if (seq > measuredFrom) delays.push(result.receipts[index + 1]! - storedAt.get(seq)!);
}
delays.sort((a, b) => a - b);
const percentile = (p: number) => delays[Math.min(delays.length - 1, Math.floor((p / 100) * delays.length))]!;
const total = Math.max(...storedAt.keys());
console.log(`\nSSE fan-out: ${clients} clients on one run over HTTP (node:http on 127.0.0.1, clients in a child process)`);
console.log(
  `  ${total} events per client, prose deltas ${spacingMs} ms apart; all connected in ${connectMs.toFixed(0)} ms; every client got every event: ${result.counts.every((count) => count === total)}`,
);
console.log(`  machine: ${cpus().length} cores, load average ${loadavg()[0]!.toFixed(1)} (other processes share the cores; the tail follows the load)`);
console.log(`  server CPU per live event (all ${clients} streams): ${((cpu.user + cpu.system) / 1000 / (Math.max(...storedAt.keys()) - measuredFrom)).toFixed(2)} ms`);
console.log(`  delay from event stored to client received, over ${delays.length} deliveries (${total - measuredFrom} live events x ${clients}):`);
console.log(
  `  median ${percentile(50).toFixed(2)} ms, p90 ${percentile(90).toFixed(2)} ms, p99 ${percentile(99).toFixed(2)} ms, max ${delays.at(-1)!.toFixed(2)} ms  (target p99 < 50 ms: ${percentile(99) < 50 ? 'met' : 'MISSED'})`,
);
