import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Transcript } from '@buildwright/core';

/** The component tests the tests step writes for the todo app, one per acceptance criterion (test use only). */
export const todoComponentTests = `import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import App from '../../src/App';

afterEach(cleanup);

function add(text: string) {
  fireEvent.change(screen.getByLabelText('New todo'), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'Add' }));
}

describe('todo app', () => {
  it('a todo typed and added appears in the list', () => {
    render(<App />);
    add('Buy milk');
    expect(screen.getAllByRole('listitem').map((item) => item.querySelector('span')?.textContent)).toEqual(['Buy milk']);
  });

  it('a deleted todo leaves the list and the others stay', () => {
    render(<App />);
    add('Buy milk');
    add('Walk the dog');
    fireEvent.click(screen.getByRole('button', { name: 'Delete Buy milk' }));
    expect(screen.getAllByRole('listitem').map((item) => item.querySelector('span')?.textContent)).toEqual(['Walk the dog']);
  });
});
`;

/**
 * The todo app with a broken delete handler (fixtures/todo-delete-broken.json) whose tests step
 * also writes `tests/unit/app.test.tsx`, and whose fix turn first tries to weaken that test (test
 * use only).
 */
export function todoWithComponentTests(): Transcript {
  const path = fileURLToPath(new URL('../fixtures/todo-delete-broken.json', import.meta.url));
  const transcript = JSON.parse(readFileSync(path, 'utf8')) as Transcript;
  const tests = transcript.turns.find((turn) => turn.node === 'tests')!;
  tests.toolCalls!.splice(1, 0, { name: 'write_file', arguments: { path: 'tests/unit/app.test.tsx', content: todoComponentTests } });
  const fix = transcript.turns.find((turn) => turn.node === 'fix')!;
  fix.toolCalls!.unshift({ name: 'edit_file', arguments: { path: 'tests/unit/app.test.tsx', edits: [{ search: "toEqual(['Walk the dog'])", replace: 'toHaveLength(1)' }] } });
  return transcript;
}
