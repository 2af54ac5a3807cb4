import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryRoot, runTool } from './run-tool.js';

// Every package and every example compiles as its own project. Packages compile from sources; examples
// compile as a user's project does, against the packages' published types in dist/ (`npm test` builds them
// first). The root tsconfig.json (`npm run typecheck`) additionally checks tests and bench in one program.
const projects = ['packages', 'examples'].flatMap((folder) =>
  readdirSync(join(repositoryRoot, folder), { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(repositoryRoot, folder, entry.name, 'tsconfig.json')))
    .map((entry) => `${folder}/${entry.name}`),
);

it('default: every package and example has a tsconfig.json', () => {
  const folders = ['packages', 'examples'].flatMap((folder) =>
    readdirSync(join(repositoryRoot, folder), { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(repositoryRoot, folder, entry.name, 'package.json')))
      .map((entry) => `${folder}/${entry.name}`),
  );
  expect(projects).toEqual(folders);
});

// Two compilers at a time: each takes most of a core and several hundred MB.
let running = 0;
const waiting: (() => void)[] = [];
async function inSlot<T>(task: () => Promise<T>): Promise<T> {
  if (running >= 2) await new Promise<void>((resolve) => waiting.push(resolve));
  running += 1;
  try {
    return await task();
  } finally {
    running -= 1;
    waiting.shift()?.();
  }
}

describe.concurrent('tsc --noEmit -p', { timeout: 600_000 }, () => {
  it.each(projects)('default: %s compiles', async (project) => {
    const { exitCode, output } = await inSlot(() => runTool('tsc', ['--noEmit', '--pretty', 'false', '-p', project]));
    expect(exitCode, `tsc -p ${project} failed:\n${output}`).toBe(0);
  });
});
