import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { EventInput } from '../events/events.js';
import { Workspace } from './workspace.js';
import { fuzzParameters } from '../testing/fuzz-test-support.js';
import { utf8ByteLength } from './utf8-byte-length.js';
import { applyEdits, type FileEdit } from './apply-edits.js';
import { packageJsonDependencyProblems } from './dependency-specs.js';
import { executeToolCall } from './execute-tool-call.js';
import { pathNameProblem, type FileLimits } from './file-rules.js';
import { buildToolNames } from './file-tools.js';
import { pathText } from './path-test-support.js';
import { projectPath } from './project-path.js';
import { protectedPathReason } from './protected-paths.js';

// Model-based: a random sequence of tool calls, as a careless or hostile model sends them, run
// against a real Workspace. After every call the project must still be one the rules allow, a
// refused call must change nothing, and an accepted one must do exactly what it says.

const limits: FileLimits = { maxFileBytes: 60, maxProjectBytes: 150, maxFiles: 5 };

/** Few names, so calls meet: same file, other letter case, file against folder, hostile spellings. */
const path = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom('a.txt', 'A.txt', 'src/a.ts', 'src/A.ts', 'SRC/b.ts', 'src', 'a.txt/b', './src//a.ts', 'src\\b.ts', 'package.json', 'web/Package.json') },
  { weight: 2, arbitrary: pathText },
);
const specs = fc.dictionary(fc.constantFrom('react', 'zod', 'Bad', 'evil'), fc.constantFrom('^1.0.0', '18.3.1', 'latest', 'file:../x', 'github:x/y', 'npm:preact@^10'), { maxKeys: 3 });
const content = fc.oneof(
  fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', 'é', '😀'), maxLength: 70 }),
  specs.map((dependencies) => JSON.stringify({ name: 'app', dependencies })),
);
const text = fc.string({ unit: fc.constantFrom('a', 'b', ' ', '\n', '"'), maxLength: 6 });

const toolCall = fc.oneof(
  fc.record({ name: fc.constant('write_file'), arguments: fc.record({ path, content }) }),
  fc.record({ name: fc.constant('edit_file'), arguments: fc.record({ path, edits: fc.array(fc.record({ search: text, replace: text }), { minLength: 1, maxLength: 2 }) }) }),
  fc.record({ name: fc.constant('delete_file'), arguments: fc.record({ path }) }),
  fc.record({
    name: fc.constant('rename_file'),
    arguments: fc.oneof(
      fc.record({ from: path, to: path }),
      path.map((same) => ({ from: same, to: same })),
    ),
  }),
  fc.record({ name: fc.constant('add_dependencies'), arguments: fc.record({ dependencies: specs, dev: fc.boolean() }) }),
  fc.record({ name: fc.constantFrom('write_file', 'rm_rf', 'finish'), arguments: fc.oneof(fc.constant(undefined), fc.jsonValue({ maxDepth: 2 })) }),
);
const calls = fc.array(toolCall, { maxLength: 12 });

const normalized = (raw: unknown) => {
  try {
    return projectPath(raw as string);
  } catch {
    return undefined;
  }
};

/** What every state of the project must satisfy, whatever the model sent. */
function expectAllowedProject(workspace: Workspace): void {
  const files = workspace.snapshot();
  const paths = Object.keys(files);
  for (const file of paths) {
    expect(projectPath(file), file).toBe(file);
    expect(pathNameProblem(file), file).toBeUndefined();
    expect(protectedPathReason(file), file).toBeUndefined();
    expect(
      paths.some((other) => other.startsWith(`${file}/`)),
      `${file} is a file and a folder`,
    ).toBe(false);
    expect(utf8ByteLength(files[file]!), file).toBeLessThanOrEqual(limits.maxFileBytes);
    if (file.split('/').at(-1)!.toLowerCase() === 'package.json') expect(packageJsonDependencyProblems(files[file]!), file).toEqual([]);
  }
  expect(new Set(paths.map((file) => file.toLowerCase())).size, 'two paths differ only in letter case').toBe(paths.length);
  expect(paths.length).toBeLessThanOrEqual(limits.maxFiles);
  const total = Object.values(files).reduce((sum, body) => sum + utf8ByteLength(body), 0);
  expect(total).toBeLessThanOrEqual(limits.maxProjectBytes);
  expect([workspace.fileCount, workspace.totalBytes]).toEqual([paths.length, total]);
}

describe('executeToolCall (properties)', () => {
  it('property: any sequence of calls keeps the project within the rules; refusals change nothing; accepted calls do what they say', async () => {
    await fc.assert(
      fc.asyncProperty(calls, async (sequence) => {
        const workspace = new Workspace();
        for (const [index, call] of sequence.entries()) {
          const before = workspace.snapshot();
          const events: EventInput[] = [];
          const outcome = await executeToolCall(
            { id: `call-${index}`, name: call.name, arguments: call.arguments, argumentsText: JSON.stringify(call.arguments) ?? '' },
            { workspace, emit: async (event) => void events.push(event), allowed: buildToolNames, fileLimits: limits },
          );
          expectAllowedProject(workspace);
          if (outcome.isError) {
            expect(workspace.snapshot(), outcome.content).toEqual(before);
            expect(events.filter((event) => event.type !== 'notice.posted' && event.type !== 'file.edit_failed')).toEqual([]);
            continue;
          }
          const args = call.arguments as { path: string; content: string; edits: FileEdit[]; from: string; to: string };
          switch (call.name) {
            case 'write_file': {
              const at = normalized(args.path)!;
              expect(workspace.read(at)).toBe(args.content);
              expect(events).toEqual([{ type: 'file.written', path: at, bytes: utf8ByteLength(args.content), content: args.content }]);
              break;
            }
            case 'edit_file': {
              const at = normalized(args.path)!;
              expect(applyEdits(before[at]!, args.edits)).toEqual({ ok: true, content: workspace.read(at) });
              break;
            }
            case 'delete_file':
              expect(workspace.has(normalized(args.path)!)).toBe(false);
              expect(Object.keys(workspace.snapshot())).toHaveLength(Object.keys(before).length - 1);
              break;
            case 'rename_file': {
              const [from, to] = [normalized(args.from)!, normalized(args.to)!];
              expect(workspace.read(to), `rename ${from} → ${to}`).toBe(before[from]);
              if (from !== to) expect(workspace.has(from)).toBe(false);
              expect(Object.keys(workspace.snapshot()).length).toBe(Object.keys(before).length - (Object.hasOwn(before, to) && from !== to ? 1 : 0));
              break;
            }
          }
        }
      }),
      fuzzParameters(300),
    );
  });
});
