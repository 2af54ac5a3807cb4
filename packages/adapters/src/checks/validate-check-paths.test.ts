import { chmod } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { templateProjects } from './template-projects.test-support.js';
import { validateCheck } from './validate-check.js';

const projects = templateProjects();
afterAll(() => projects.cleanup());

describe('validateCheck reports', () => {
  it('behavior: a type error naming a type by its absolute import path is reported with project-relative paths only', async () => {
    const { context, sandbox } = await projects.open();
    // A stand-in tsc that answers as tsc does when a type comes from another module.
    await sandbox.writeFile('node_modules/.bin/tsc', `#!/bin/sh\necho "src/App.tsx(3,7): error TS2322: Type 'import(\\"$PWD/src/types\\").Task' is not assignable to type 'string'."\nexit 2\n`);
    await chmod(join(sandbox.root, 'node_modules/.bin/tsc'), 0o755);
    const result = await validateCheck({ lint: false }).run(context);
    expect(result).toMatchObject({ status: 'failed', issues: [{ file: 'src/App.tsx', line: 3, column: 7, message: `Type 'import("src/types").Task' is not assignable to type 'string'. (TS2322)` }] });
    expect(JSON.stringify(result)).not.toContain(sandbox.root);
  });
});
