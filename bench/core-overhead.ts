// Engine overhead on memory adapters: a scripted 50-file generation.
// Prints wall time, time spent outside the adapters per node, and event throughput through .on().
// Targets (issue 2): overhead under 50 ms per node; over 50,000 events/s.
// Run: pnpm exec tsx bench/core-overhead.ts
import { createBuilder, type LlmAdapter, type SandboxAdapter, type StorageAdapter, type Transcript } from '@buildwright/core';
import { memorySandbox, memoryStorage } from '@buildwright/adapters/memory';
import { scriptedLlm } from '@buildwright/adapters/scripted';
import { RunEvents } from '../packages/core/src/run/run-events.js';

const fileCount = 50;
const files = Object.fromEntries(
  Array.from({ length: fileCount }, (_, index) => [
    `src/components/Component${index}.tsx`,
    `export function Component${index}() {\n  return <div className="p-2">Component ${index}</div>;\n}\n`.repeat(20),
  ]),
);
const transcript: Transcript = {
  format: 'buildwright.transcript/v1',
  turns: [
    {
      node: 'plan',
      toolCalls: [
        {
          name: 'submit_plan',
          arguments: {
            title: 'Fifty files',
            summary: 'bench',
            steps: [
              { id: 'a', title: 'first half', files: [] },
              { id: 'b', title: 'second half', files: [] },
            ],
          },
        },
      ],
    },
    {
      node: 'build',
      toolCalls: [
        ...Object.entries(files)
          .slice(0, 25)
          .map(([path, content]) => ({ name: 'write_file', arguments: { path, content } })),
        { name: 'finish', arguments: { summary: 'half' } },
      ],
    },
    {
      node: 'build',
      toolCalls: [
        ...Object.entries(files)
          .slice(25)
          .map(([path, content]) => ({ name: 'write_file', arguments: { path, content } })),
        { name: 'finish', arguments: { summary: 'all' } },
      ],
    },
  ],
};

/** Wraps every async method of an adapter so the time spent inside it is counted. */
function timed<T extends object>(adapter: T, clock: { ms: number }): T {
  return new Proxy(adapter, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        const started = performance.now();
        const result = value.apply(target, args);
        if (result && typeof (result as Promise<unknown>).then === 'function') {
          return (result as Promise<unknown>).finally(() => (clock.ms += performance.now() - started));
        }
        clock.ms += performance.now() - started;
        return result;
      };
    },
  });
}

function timedLlm(llm: LlmAdapter, clock: { ms: number }): LlmAdapter {
  return {
    ...llm,
    async *stream(request) {
      let started = performance.now();
      for await (const part of llm.stream(request)) {
        clock.ms += performance.now() - started;
        yield part;
        started = performance.now();
      }
      clock.ms += performance.now() - started;
    },
  };
}

async function generationOverhead() {
  const rounds = 5;
  const results: { wall: number; outside: number; nodes: number; events: number }[] = [];
  for (let round = 0; round < rounds; round++) {
    const clock = { ms: 0 };
    const sandboxClock = { ms: 0 };
    const builder = createBuilder({
      llm: timedLlm(scriptedLlm({ transcript }), clock),
      sandbox: timed<SandboxAdapter>(memorySandbox(), sandboxClock),
      storage: timed<StorageAdapter>(memoryStorage(), clock),
    });
    let events = 0;
    const started = performance.now();
    const run = builder.generate({ prompt: 'fifty components' });
    run.on('event', () => events++);
    await run.result;
    const wall = performance.now() - started;
    const nodes = 3; // plan, build, finalize
    results.push({ wall, outside: wall - clock.ms - sandboxClock.ms, nodes, events });
  }
  const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const wall = median(results.map((result) => result.wall));
  const outside = median(results.map((result) => result.outside));
  console.log(`50-file scripted generation (median of ${rounds}): wall ${wall.toFixed(1)} ms, ${results[0]!.events} events`);
  console.log(`engine time outside adapters: ${outside.toFixed(1)} ms total, ${(outside / results[0]!.nodes).toFixed(1)} ms per node (target < 50 ms)`);
}

async function eventThroughput() {
  const storage = memoryStorage();
  const project = await storage.createProject({ ownerId: 'bench', name: 'bench', kind: 'web' });
  const run = await storage.createRun({ ownerId: 'bench', projectId: project.id, mode: 'generate', prompt: 'bench', budgets: { maxFixAttempts: 3, maxTokens: 1, maxWallTimeMs: 1 } });
  const events = new RunEvents(storage, run.id, project.id);
  let received = 0;
  events.bus.on('llm.delta', () => received++);
  const count = 100_000;
  const started = performance.now();
  const pending: Promise<void>[] = [];
  for (let index = 0; index < count; index++) pending.push(events.emit({ type: 'llm.delta', node: 'build', text: 'abcde' }));
  await Promise.all(pending);
  const seconds = (performance.now() - started) / 1000;
  console.log(`events stored then delivered through .on(): ${Math.round(received / seconds).toLocaleString('en-US')} events/s over ${count.toLocaleString('en-US')} (target > 50,000)`);
}

await generationOverhead();
await eventThroughput();
