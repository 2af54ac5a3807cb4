import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { repositoryRoot, runTool } from './run-tool.js';

// Every package and every example compiles as its own project. Packages compile from sources; examples
// compile as a user's project does, against the packages' published types in dist/ (`npm test` builds them
// first). The root tsconfig.json (`npm run typecheck`) additionally checks tests and bench in one program.
//
// One child process (typecheck-projects.test-support.ts, through tsx) checks them all, one after another, with
// TypeScript's API: each project exactly as `tsc --noEmit --pretty false -p <project>` does (the same program;
// config, syntactic, options, global, semantic and declaration diagnostics; tsc's order, format and exit
// status). It answers with a JSON object project → { exitCode, output }, and each project's test asserts its
// own entry. The projects share the parsed SourceFiles (lib.d.ts, @types/node and the other declaration files,
// core's sources that adapters, cli and react compile again through `paths`) through one ts.DocumentRegistry,
// where a tsc process per project loaded TypeScript and parsed them each time; the type check itself is still
// done in every project, as tsc does (most of the CPU left). The child is awaited, never run in this worker:
// a worker blocked for 60 s misses vitest's RPC timeout.
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

type Results = Record<string, { exitCode: number; output: string }>;
let checking: Promise<Results> | undefined;
/** Every project's result, from one run of the child process started by the first test that asks. */
function results(): Promise<Results> {
  checking ??= runTool('tsx', ['tests/habits/typecheck-projects.test-support.ts', ...projects]).then(({ exitCode, stdout, output }) => {
    if (exitCode !== 0) throw new Error(`typecheck-projects.test-support.ts exited with ${exitCode}:\n${output}`);
    return JSON.parse(stdout) as Results;
  });
  return checking;
}

describe.concurrent('tsc --noEmit -p', { timeout: 600_000 }, () => {
  it.each(projects)('default: %s compiles', async (project) => {
    const result = (await results())[project];
    expect(result, `no result for ${project}`).toBeDefined();
    expect(result?.exitCode, `tsc -p ${project} failed:\n${result?.output.trimEnd()}`).toBe(0);
  });
});
