import { describe, expect, it } from 'vitest';
import type { BuildwrightEvent, EventInput } from './event-types.js';
import { initialSnapshot, type BuilderSnapshot } from './client-state.js';
import { createRunView, foldEvent } from './fold-event.js';

const base = { runId: 'r1', projectId: 'p1', at: '2026-01-01T00:00:00.000Z' };
const start = (): BuilderSnapshot => ({
  ...initialSnapshot,
  files: { version: 1, contents: { 'src/old.ts': 'old' }, changes: {}, streaming: {} },
  run: createRunView({ id: 'r1', projectId: 'p1', mode: 'edit', prompt: 'a page', kind: 'web' }),
});
const fold = (inputs: EventInput[], from = start()) => inputs.reduce((snapshot, input, index) => foldEvent(snapshot, { ...base, seq: index + 1, ...input } as BuildwrightEvent), from);

describe('foldEvent: files', () => {
  it('default: file.streaming shows the draft filling in, then file.written puts the final content in place', () => {
    const streaming: EventInput[] = [
      { type: 'llm.delta', node: 'build', text: 'Writing ' },
      { type: 'file.streaming', path: 'src/App.tsx', offset: 0, delta: 'export const' },
      { type: 'llm.delta', node: 'build', text: 'the app.' },
      { type: 'file.streaming', path: 'src/App.tsx', offset: 12, delta: ' App = 1' },
    ];
    const partial = fold(streaming);
    expect(partial.files.streaming).toEqual({ 'src/App.tsx': 'export const App = 1' });
    expect(partial.files.contents).toEqual({ 'src/old.ts': 'old' });
    // A preview does not split the prose streaming around it.
    expect(partial.messages.filter((message) => message.kind === 'text').map((message) => message.content)).toEqual(['Writing the app.']);

    const done = fold([...streaming, { type: 'file.written', path: 'src/App.tsx', bytes: 22, content: 'export const App = 1;\n' }]);
    expect(done.files.streaming).toEqual({});
    expect(done.files.contents['src/App.tsx']).toBe('export const App = 1;\n');
    expect(done.files.changes['src/App.tsx']).toBe('written');
  });

  it('behavior: a file.written without content (a file over 256 KiB) marks the file to load; file.edited with content fills it', () => {
    const after = fold([
      { type: 'file.streaming', path: 'big.json', offset: 0, delta: '[1,' },
      { type: 'file.written', path: 'big.json', bytes: 300_000 },
      { type: 'file.edited', path: 'src/old.ts', edits: 1, content: 'new' },
    ]);
    expect(after.files.contents).toEqual({ 'big.json': null, 'src/old.ts': 'new' });
    expect(after.files.streaming).toEqual({});
  });

  it('behavior: a discarded draft disappears and the old content stays; a new draft of a path (offset 0) replaces the old one', () => {
    const after = fold([
      { type: 'file.streaming', path: 'src/old.ts', offset: 0, delta: 'refused soon' },
      { type: 'file.streaming', path: 'src/old.ts', offset: 12, delta: '', discarded: true },
      { type: 'file.streaming', path: 'src/new.ts', offset: 0, delta: 'first try' },
      { type: 'file.streaming', path: 'src/new.ts', offset: 0, delta: 'second' },
    ]);
    expect(after.files.contents).toEqual({ 'src/old.ts': 'old' });
    expect(after.files.streaming).toEqual({ 'src/new.ts': 'second' });
  });

  it('behavior: a delta that does not follow the draft is ignored; the end of the run drops every draft', () => {
    const gap = fold([
      { type: 'file.streaming', path: 'a.ts', offset: 0, delta: 'abc' },
      { type: 'file.streaming', path: 'a.ts', offset: 10, delta: 'xyz' },
    ]);
    expect(gap.files.streaming).toEqual({ 'a.ts': 'abc' });
    const failed = foldEvent(gap, { ...base, seq: 3, type: 'run.failed', code: 'LLM_UNAVAILABLE', message: 'cut', check: null });
    expect(failed.files.streaming).toEqual({});
  });
});
