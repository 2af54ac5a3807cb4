import { runCheckSpec } from '@buildwright/core/testing';
import { memorySandbox } from '../memory/index.js';
import { validateCheck } from './validate-check.js';

const project = { 'package.json': '{}', 'tsconfig.json': '{}', 'node_modules/.bin/tsc': '#!/bin/sh\n', 'src/App.tsx': 'export const task: string = 1;' };

// A stand-in tsc that answers as tsc does when a type comes from another module: with the
// absolute path of that module. The check must report project-relative paths only.
const sandbox = memorySandbox({
  handler: ({ command, root, files }) => {
    if (!command.startsWith('node_modules/.bin/tsc')) return { exitCode: 127, stderr: `unexpected command ${command}` };
    if (files.get('src/App.tsx')?.includes('string = 1')) {
      return { exitCode: 2, stdout: `src/App.tsx(3,7): error TS2322: Type 'import("${root}/src/types").Task' is not assignable to type 'string'.\n` };
    }
    return { exitCode: 0 };
  },
});

runCheckSpec(
  validateCheck({ lint: false }),
  [
    {
      name: 'a type error naming a type by its absolute import path',
      files: project,
      expect: 'failed',
      issues: [{ file: 'src/App.tsx', line: 3, column: 7, message: `Type 'import("src/types").Task' is not assignable to type 'string'. (TS2322)` }],
    },
    { name: 'a project that type-checks', files: { ...project, 'src/App.tsx': "export const task: string = 'one';" }, expect: 'passed' },
    { name: 'a project without tsconfig.json', files: { 'package.json': '{}', 'src/App.tsx': 'export {};' }, expect: 'skipped' },
  ],
  { sandbox },
);
