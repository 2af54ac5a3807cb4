import { describe, expect, it } from 'vitest';
import { createBuilder } from '../builder/create-builder.js';
import { eventSchema, type BuildwrightEvent, type EventOf } from '../events/events.js';
import type { Transcript } from '../protocol/transcript.js';
import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { memoryStorage } from '../testing/doubles/memory-storage.js';
import { scriptedLlm } from '../testing/doubles/scripted-llm.js';

const app = 'import { greet } from \'./greet.js\';\ndocument.body.textContent = greet("world");\n'.repeat(20);
const write = (path: string, content: string) => ({ name: 'write_file', arguments: { path, content } });
const script = (...writes: ReturnType<typeof write>[]): Transcript => ({
  format: 'buildwright.transcript/v1',
  turns: [
    { node: 'plan', toolCalls: [{ name: 'submit_plan', arguments: { title: 'App', summary: 'An app', steps: [{ id: 'files', title: 'Files', files: ['src/main.js'] }] } }] },
    { node: 'build', toolCalls: writes },
    { node: 'build', toolCalls: [{ name: 'finish', arguments: { summary: 'done' } }] },
  ],
});

async function run(transcript: Transcript) {
  const storage = memoryStorage();
  const builder = createBuilder({ llm: scriptedLlm({ transcript, argumentChunks: 7 }), sandbox: memorySandbox(), storage });
  const handle = builder.generate({ prompt: 'a greeting', kind: 'web' });
  const events: BuildwrightEvent[] = [];
  for await (const event of handle) events.push(event);
  await handle.result;
  return { events, stored: await storage.readEvents({ ownerId: 'local', runId: handle.runId }) };
}

const streamed = (events: BuildwrightEvent[], path: string) => events.filter((event): event is EventOf<'file.streaming'> => event.type === 'file.streaming' && event.path === path);

describe('file streaming in a run', () => {
  it('default: a write_file streamed in pieces gives file.streaming deltas that join to the content of file.written, stored like every event', async () => {
    const { events, stored } = await run(script(write('src/main.js', app)));
    const deltas = streamed(events, 'src/main.js');
    expect(deltas.length).toBeGreaterThan(0);
    expect(deltas.map((event) => event.delta).join('')).toBe(app);
    const written = events.find((event) => event.type === 'file.written');
    expect(written).toMatchObject({ type: 'file.written', path: 'src/main.js', content: app });
    expect(events.indexOf(written!)).toBeGreaterThan(events.indexOf(deltas.at(-1)!));
    for (const event of events) expect(eventSchema.safeParse(event).success).toBe(true);
    expect(stored).toEqual(events);
  });

  it('error: refused writes (a path outside the project, a protected path) stream nothing', async () => {
    const { events } = await run(script(write('../outside.js', 'evil()'), write('.git/hooks/pre-commit', 'evil()'), write('src/main.js', 'ok();\n')));
    const previews = events.filter((event) => event.type === 'file.streaming');
    expect(previews.every((event) => event.type === 'file.streaming' && event.path === 'src/main.js')).toBe(true);
    expect(previews.map((event) => (event.type === 'file.streaming' ? event.delta : '')).join('')).toBe('ok();\n');
    expect(events.filter((event) => event.type === 'notice.posted' && event.message.startsWith('Refused write_file'))).toHaveLength(2);
  });

  it('behavior: a write refused only once complete (past the file size limit) is discarded', async () => {
    const storage = memoryStorage();
    const transcript = script(write('src/big.js', 'x'.repeat(300)), write('src/main.js', 'ok();\n'));
    const builder = createBuilder({ llm: scriptedLlm({ transcript, argumentChunks: 50 }), sandbox: memorySandbox(), storage, limits: { maxFileBytes: 200 } });
    const handle = builder.generate({ prompt: 'a greeting', kind: 'web' });
    const events: BuildwrightEvent[] = [];
    for await (const event of handle) events.push(event);
    const big = streamed(events, 'src/big.js');
    expect(big.at(-1)).toMatchObject({ discarded: true });
    expect(events.some((event) => event.type === 'file.written' && event.path === 'src/big.js')).toBe(false);
  });
});
