// Engine overhead on memory adapters: scripted generations and edits of 50, 100 and 1,000 files.
// Prints wall time and the time spent outside the adapters (engine time) per node of a generation
// and per step (model call) of an edit, with each size's ratio to the 50-file case, and event
// throughput through .on(). Beside them, the floor measured in the same run: what a step cannot
// skip, alone on the same files (its two writes and its request message, picked from the per-file
// index), and what the pick cost before the index (a re-scan of every file). Figures are medians;
// the load average is printed with them.
// Targets (issues 2 and 14): under 50 ms per node at 50 files; at 1,000 files ≤ 100 ms per step;
// over 50,000 events/s.
// Run: pnpm exec tsx bench/core-overhead.ts
import { createBuilder, type LlmAdapter, type RunHandle, type SandboxAdapter, type StorageAdapter, type Transcript } from '@buildwright/core';
import { memorySandbox, memoryStorage } from '@buildwright/adapters/memory';
import { scriptedLlm } from '@buildwright/adapters/scripted';
import { relevantFiles } from '@buildwright/core';
import { requestMessage } from '../packages/core/src/graph/prompts.js';
import { Workspace } from '../packages/core/src/protocol/workspace.js';
import { RunEvents } from '../packages/core/src/run/run-events.js';
import { loadAverage } from './load-average.js';

const sizes = [50, 100, 1000];
const rounds = 5;
const vocabulary =
  'account avatar banner basket button card cart chart checkout counter dashboard dialog drawer filter footer form header invoice label layout list login menu modal navbar order page panel price profile rating search settings sidebar slider spinner table tabs theme toast toggle tooltip upload user wallet'.split(
    ' ',
  );

/** A deterministic project of `count` files (≈1.5 KB each) whose words overlap like an app's. */
function projectFiles(count: number): Record<string, string> {
  let seed = 1;
  const next = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31), seed);
  const pick = () => vocabulary[next() % vocabulary.length]!;
  return Object.fromEntries(
    Array.from({ length: count }, (_, index) => {
      const name = `${pick()}-${pick()}-${index}`;
      const lines = Array.from({ length: 20 }, () => `  const ${pick()}${index} = use${pick()}('${pick()} ${pick()} ${pick()}'); // ${pick()}\n`);
      return [`src/features/${pick()}/${name}.tsx`, `export function Component${index}() {\n${lines.join('')}  return null;\n}\n`];
    }),
  );
}

function generationTranscript(files: Record<string, string>): Transcript {
  const entries = Object.entries(files);
  const half = Math.ceil(entries.length / 2);
  const writes = (part: [string, string][]) => part.map(([path, content]) => ({ name: 'write_file', arguments: { path, content } }));
  const steps = [
    { id: 'a', title: 'first half', files: [] },
    { id: 'b', title: 'second half', files: [] },
  ];
  return {
    format: 'buildwright.transcript/v1',
    turns: [
      { node: 'plan', toolCalls: [{ name: 'submit_plan', arguments: { title: `${entries.length} files`, summary: 'bench', steps } }] },
      { node: 'build', toolCalls: [...writes(entries.slice(0, half)), { name: 'finish', arguments: { summary: 'half' } }] },
      { node: 'build', toolCalls: [...writes(entries.slice(half)), { name: 'finish', arguments: { summary: 'all' } }] },
    ],
  };
}

/** Plan steps of the short and the long edit: the difference of their engine times is what a step adds. */
const editSteps = { short: 4, long: 16 };

/** An edit in `stepCount` plan steps, each changing one existing file and writing a new one. */
function editTranscript(files: Record<string, string>, stepCount: number): Transcript {
  const paths = Object.keys(files);
  const steps = Array.from({ length: stepCount }, (_, index) => ({ id: `s${index}`, title: `step ${index}`, files: [paths[(index * 7) % paths.length]!] }));
  return {
    format: 'buildwright.transcript/v1',
    turns: [
      { node: 'plan', toolCalls: [{ name: 'submit_plan', arguments: { title: 'Edit', summary: 'bench', steps } }] },
      ...steps.map((step, index) => ({
        node: 'build',
        toolCalls: [
          { name: 'edit_file', arguments: { path: step.files[0]!, edits: [{ search: 'return null;', replace: 'return <div />;' }] } },
          { name: 'write_file', arguments: { path: `src/added/file-${index}.tsx`, content: `export const added${index} = 'checkout basket toast';\n` } },
          { name: 'finish', arguments: { summary: step.title } },
        ],
      })),
    ],
  };
}

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

interface Round {
  wall: number;
  engine: number;
  events: number;
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Runs `start` `rounds` times on fresh memory adapters and returns the median wall and engine times. */
async function measure(transcript: Transcript, start: (builder: ReturnType<typeof createBuilder>, storage: StorageAdapter) => Promise<RunHandle>): Promise<Round> {
  const results: Round[] = [];
  for (let round = 0; round < rounds; round++) {
    const clock = { ms: 0 };
    const sandboxClock = { ms: 0 };
    const storage = memoryStorage();
    const builder = createBuilder({
      llm: timedLlm(scriptedLlm({ transcript }), clock),
      sandbox: timed<SandboxAdapter>(memorySandbox(), sandboxClock),
      storage: timed<StorageAdapter>(storage, clock),
    });
    let events = 0;
    const started = performance.now();
    const run = await start(builder, storage);
    run.on('event', () => events++);
    await run.result;
    const wall = performance.now() - started;
    results.push({ wall, engine: wall - clock.ms - sandboxClock.ms, events });
  }
  return { wall: median(results.map((result) => result.wall)), engine: median(results.map((result) => result.engine)), events: results[0]!.events };
}

const generationNodes = 3; // plan, build, finalize

async function generationOverhead(fileCount: number): Promise<Round> {
  const files = projectFiles(fileCount);
  return measure(generationTranscript(files), async (builder) => builder.generate({ prompt: 'a dashboard with checkout, cart and profile pages' }));
}

async function editOverhead(fileCount: number, stepCount: number): Promise<Round> {
  const files = projectFiles(fileCount);
  return measure(editTranscript(files, stepCount), async (builder, storage) => {
    const project = await storage.createProject({ ownerId: 'local', name: 'bench', kind: 'web' });
    await storage.createVersion({ ownerId: 'local', projectId: project.id, runId: null, message: 'v1', files });
    return builder.edit(project.id, { prompt: editPrompt });
  });
}

const editPrompt = 'make the checkout basket button show a toast and fix the cart counter label in the navbar';

/**
 * The floor of one edit step, alone on the same files: the two writes a step of the edit makes and
 * its request message (file tree and picked files) from the per-file index; and the pick as a
 * re-scan of every file (what each step did before the index), for comparison.
 */
async function stepFloor(fileCount: number): Promise<{ floor: number; rescan: number }> {
  const files = projectFiles(fileCount);
  const paths = Object.keys(files);
  const workspace = new Workspace(files);
  requestMessage(editPrompt, workspace);
  const floor: number[] = [];
  const rescan: number[] = [];
  for (let step = 0; step < 4 * rounds; step++) {
    let started = performance.now();
    const path = paths[(step * 7) % paths.length]!;
    await workspace.write(path, workspace.read(path)!.replace('return null;', 'return <div />;'));
    await workspace.write(`src/added/file-${step}.tsx`, `export const added${step} = 'checkout basket toast';\n`);
    requestMessage(editPrompt, workspace);
    floor.push(performance.now() - started);
    started = performance.now();
    relevantFiles(workspace.snapshot(), editPrompt);
    rescan.push(performance.now() - started);
  }
  return { floor: median(floor), rescan: median(rescan) };
}

async function sizeOverhead() {
  console.log(`load average before: ${loadAverage()}`);
  const generation = new Map<number, number>();
  const edit = new Map<number, number>();
  const added = new Map<number, number>();
  const floors = new Map<number, number>();
  const ratio = (map: Map<number, number>, value: number) => (value / map.get(sizes[0]!)!).toFixed(2);
  for (const fileCount of sizes) {
    const generated = await generationOverhead(fileCount);
    const perNode = generated.engine / generationNodes;
    generation.set(fileCount, perNode);
    const short = await editOverhead(fileCount, editSteps.short);
    const long = await editOverhead(fileCount, editSteps.long);
    // Steps are the edit's model calls: the plan and each plan step. What one more step costs is
    // the long edit's engine time over the short one's, per extra step (the run's own start and
    // end, such as loading and storing the files, are in both).
    const perStep = short.engine / (editSteps.short + 1);
    const perAddedStep = (long.engine - short.engine) / (editSteps.long - editSteps.short);
    edit.set(fileCount, perStep);
    added.set(fileCount, perAddedStep);
    const { floor, rescan } = await stepFloor(fileCount);
    floors.set(fileCount, floor);
    console.log(
      `${String(fileCount).padStart(5)} files: generation engine ${generated.engine.toFixed(1)} ms (wall ${generated.wall.toFixed(1)}) = ${perNode.toFixed(1)} ms per node (×${ratio(generation, perNode)}) | ` +
        `edit of ${editSteps.short} steps: engine ${short.engine.toFixed(1)} ms (wall ${short.wall.toFixed(1)}) = ${perStep.toFixed(1)} ms per step (×${ratio(edit, perStep)}); ` +
        `each step more: ${perAddedStep.toFixed(1)} ms (×${ratio(added, perAddedStep)}) | ` +
        `floor per step ${floor.toFixed(2)} ms (a re-scan pick alone: ${rescan.toFixed(1)} ms)`,
    );
  }
  const worst = Math.max(generation.get(1000)!, edit.get(1000)!, added.get(1000)!);
  console.log(
    `median of ${rounds} each; engine time at 1,000 files: ${worst.toFixed(1)} ms per step at most (target ≤ 100 ms) ${worst <= 100 ? 'met' : 'NOT met'}, ` +
      `one step more ${added.get(1000)!.toFixed(1)} ms = ${(added.get(1000)! / floors.get(1000)!).toFixed(1)} × the floor's ${floors.get(1000)!.toFixed(2)} ms; ` +
      `50 files ${generation.get(50)!.toFixed(1)} ms per node (target < 50 ms) ${generation.get(50)! < 50 ? 'met' : 'NOT met'}`,
  );
  console.log(`load average after: ${loadAverage()}`);
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

await sizeOverhead();
await eventThroughput();
