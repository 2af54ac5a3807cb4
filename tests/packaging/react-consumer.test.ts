import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { packWorkspace } from './pack-workspace.js';

/** A fresh project that installs only the packed React bindings (and React), as an app would. */
let project: string;
beforeAll(() => {
  const tarballs = packWorkspace();
  project = mkdtempSync(join(tmpdir(), 'buildwright-react-consumer-'));
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({
      name: 'react-consumer',
      private: true,
      type: 'module',
      dependencies: { '@buildwright/client': `file:${tarballs.client}`, '@buildwright/react': `file:${tarballs.react}`, react: '^19', 'react-dom': '^19' },
      // The client is not on the registry: React's dependency on it takes the packed tarball too.
      overrides: { '@buildwright/client': '$@buildwright/client' },
    }),
  );
  execFileSync('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: project, stdio: 'pipe' });
}, 300_000);

describe('a React-only consumer of the packed packages', () => {
  it('default: installs no LangChain, no core and nothing else of the engine', () => {
    const scoped = (scope: string) => (existsSync(join(project, 'node_modules', scope)) ? readdirSync(join(project, 'node_modules', scope)) : []);
    expect(scoped('@langchain')).toEqual([]);
    expect(scoped('@buildwright').sort()).toEqual(['client', 'react']);
    expect(existsSync(join(project, 'node_modules', 'zod'))).toBe(false);
  });

  it('behavior: the packages load in Node and fold an event stream with the installed copies', () => {
    const script = `
      import { createRunView, foldEvent, initialSnapshot, BuildwrightError } from '@buildwright/client';
      import * as react from '@buildwright/react';
      const event = { runId: 'r', projectId: 'p', seq: 1, at: new Date(0).toISOString() };
      const started = { ...initialSnapshot, run: createRunView({ id: 'r', projectId: 'p', mode: 'generate', prompt: 'hi', kind: 'web' }) };
      const snapshot = foldEvent(started, { ...event, type: 'check.started', check: 'install' });
      console.log(JSON.stringify({ status: snapshot.run?.status, checks: snapshot.run?.checks.map((check) => check.name + ':' + check.status), error: BuildwrightError.isInstance(new BuildwrightError({ code: 'INTERNAL', message: 'x' })), chat: typeof react.BuilderChat }));
    `;
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: project, encoding: 'utf8' });
    expect(JSON.parse(output)).toEqual({ status: 'running', checks: ['install:running'], error: true, chat: 'function' });
  });
});
