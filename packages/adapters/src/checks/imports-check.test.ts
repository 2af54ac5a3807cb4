import type { CheckContext } from '@buildwright/core';
import { createCheckContext, runCheckSpec } from '@buildwright/core/testing';
import { describe, expect, it } from 'vitest';
import { memorySandbox } from '../memory/index.js';
import { importsCheck } from './imports-check.js';

const manifest = JSON.stringify({ dependencies: { react: '19.3.1', 'react-dom': '19.3.1', '@tanstack/react-query': '5.0.0' } });

async function contextFor(files: Record<string, string>, kind: CheckContext['kind'] = 'web', npmView?: (command: string) => { exitCode: number; stdout?: string; stderr?: string }) {
  const commands: string[] = [];
  const sandbox = await memorySandbox({
    handler: ({ command }) => {
      commands.push(command);
      return npmView?.(command) ?? { exitCode: 1, stderr: 'no handler' };
    },
  }).open({ projectId: 'imports' });
  const { context, events, files: all } = await createCheckContext({ sandbox, files: { 'package.json': manifest, ...files }, kind });
  return { context, events, commands, files: all };
}

// The check contract (project-relative issues with positions, well-formed events, aborts), on
// projects whose npm lookups all answer "not found".
runCheckSpec(
  importsCheck(),
  [
    {
      name: 'relative and package imports that resolve',
      files: { 'package.json': manifest, 'src/main.tsx': "import App from './App';\nimport { createRoot } from 'react-dom/client';\nexport { App, createRoot };", 'src/App.tsx': 'export default 1;' },
      expect: 'passed',
    },
    {
      name: 'an import of a missing file',
      files: { 'package.json': manifest, 'src/App.tsx': "\nimport a from './missing';\nexport default a;" },
      expect: 'failed',
      issues: [{ file: 'src/App.tsx', line: 2, column: 15 }],
    },
    {
      name: 'a package on neither package.json nor npm',
      files: { 'package.json': manifest, 'src/App.tsx': "import x from 'no-such-package-xyz';\nexport default x;" },
      expect: 'failed',
      issues: [{ file: 'src/App.tsx', line: 1 }],
    },
  ],
  { sandbox: memorySandbox({ handler: () => ({ exitCode: 1, stderr: 'npm error code E404\nnpm error 404 Not Found' }) }) },
);

describe('importsCheck', () => {
  it('default: resolves extensionless, index, .js-for-.ts, /-rooted, tsconfig paths, asset and query imports', async () => {
    const { context } = await contextFor({
      'tsconfig.json': '{ // comments are fine\n "compilerOptions": { "baseUrl": ".", "paths": { "@/*": ["src/*"] } } }',
      'src/main.tsx': [
        "import App from './App';",
        "import { util } from './lib/util.js';",
        "import './components';",
        "import '/src/styles.css';",
        "import logo from './logo.svg?url';",
        "import { Button } from '@/components/Button';",
        "import { createRoot } from 'react-dom/client';",
        "import { useQuery } from '@tanstack/react-query';",
        "import type { FC } from 'react';",
        "const lazy = () => import('./lazy');",
        'export { lazy, App, util, logo, Button, createRoot, useQuery };',
        'export type { FC };',
      ].join('\n'),
      'src/App.tsx': 'export default () => null;',
      'src/lib/util.ts': 'export const util = 1;',
      'src/components/index.tsx': 'export {};',
      'src/components/Button.tsx': 'export const Button = () => null;',
      'src/styles.css': '',
      'src/logo.svg': '<svg/>',
      'src/lazy.ts': 'export {};',
    });
    expect(await importsCheck().run(context)).toEqual({ status: 'passed' });
  });

  it('error: unresolved relative, alias and escaping imports are reported with file, line and column', async () => {
    const { context } = await contextFor({
      'tsconfig.json': '{ "compilerOptions": { "paths": { "@/*": ["./src/*"] } } }',
      'src/App.tsx': "import a from './missing';\n\nimport b from '@/nope';\nimport c from '../../outside';\nexport default [a, b, c];",
    });
    const result = await importsCheck().run(context);
    expect(result.status).toBe('failed');
    if (result.status !== 'failed') return;
    expect(result.issues.map((issue) => `${issue.file}:${issue.line}:${issue.column}`)).toEqual(['src/App.tsx:1:15', 'src/App.tsx:3:15', 'src/App.tsx:4:15']);
    expect(result.report.split('\n')[0]).toBe('Imports check failed: 3 problems');
  });

  it('behavior: Node built-ins are errors in browser code, fine in config files and api projects', async () => {
    const files = { 'src/App.tsx': "import path from 'path';\nexport default path;", 'vite.config.ts': "import { fileURLToPath } from 'node:url';\nexport default fileURLToPath;" };
    const web = await importsCheck().run((await contextFor(files)).context);
    expect(web.status === 'failed' && web.issues).toEqual([expect.objectContaining({ file: 'src/App.tsx', line: 1, message: expect.stringContaining("'path' is a Node built-in") })]);
    expect(await importsCheck().run((await contextFor(files, 'api')).context)).toEqual({ status: 'passed' });
  });

  it('behavior: a missing package is added with ^latest from npm view and announced', async () => {
    const { context, events, commands, files } = await contextFor({ 'src/App.tsx': "import { nanoid } from 'nanoid/non-secure';\nexport default nanoid;" }, 'web', () => ({
      exitCode: 0,
      stdout: '"5.1.6"\n',
    }));
    expect(await importsCheck().run(context)).toEqual({ status: 'passed' });
    expect(commands).toEqual(['npm view nanoid version --json']);
    expect(JSON.parse(files['package.json']!).dependencies).toMatchObject({ nanoid: '^5.1.6', react: '19.3.1' });
    expect(events.filter((event) => !event.type.startsWith('command.'))).toEqual([{ type: 'dependency.added', name: 'nanoid', version: '^5.1.6', dev: false }]);
  });

  it('error: a package that does not exist on npm is reported', async () => {
    const { context } = await contextFor({ 'src/App.tsx': "import x from 'no-such-package-xyz';\nexport default x;" }, 'web', () => ({
      exitCode: 1,
      stderr: 'npm error code E404\nnpm error 404 Not Found',
    }));
    const result = await importsCheck().run(context);
    expect(result.status === 'failed' && result.report).toContain("package 'no-such-package-xyz' is imported but not in package.json, and no such package exists on npm");
  });
});
