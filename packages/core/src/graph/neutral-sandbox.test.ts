import { describe, expect, it } from 'vitest';
import { createCheckContext } from '../testing/check-context.js';
import { memorySandbox } from '../testing/doubles/memory-sandbox.js';
import { expectCode } from '../testing/expect-code.js';
import type { SandboxAdapter } from '../spec/sandbox.js';
import { neutralSandboxId, neutralSandboxPrefix, openNeutralSandbox, openProjectSandbox } from './neutral-sandbox.js';

function recording(): { adapter: SandboxAdapter; opened: string[] } {
  const inner = memorySandbox();
  const opened: string[] = [];
  return { opened, adapter: { ...inner, open: (options) => (opened.push(options.projectId), inner.open(options)) } };
}

describe('neutral sandboxes', () => {
  it('default: the id is the reserved prefix and the name, and can never be a UUID (a generated project id)', () => {
    const id = neutralSandboxId('typescript-0123abc');
    expect(id).toBe(`${neutralSandboxPrefix}typescript-0123abc`);
    expect(id).not.toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
    // Still a name the local sandbox takes as a directory.
    expect(id).toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/);
  });

  it('error: names that could leave the sandboxes directory or collide are refused', () => {
    for (const name of ['', '../x', 'A', 'a/b', 'a.b', '-a', 'x'.repeat(65)]) expect(() => neutralSandboxId(name)).toThrow(/not valid/);
  });

  it('behavior: openNeutralSandbox opens through the adapter under the reserved id', async () => {
    const { adapter, opened } = recording();
    const sandbox = await openNeutralSandbox(adapter, { name: 'typescript-1' });
    expect(opened).toEqual(['buildwright.neutral.typescript-1']);
    expect(sandbox.id).toBe('buildwright.neutral.typescript-1');
  });

  it('error: a project cannot open a sandbox under the reserved prefix (INVALID_INPUT), other ids open', async () => {
    const { adapter, opened } = recording();
    const error = await expectCode(openProjectSandbox(adapter, 'buildwright.neutral.typescript-1'), 'INVALID_INPUT');
    expect(error.message).toContain('neutral sandbox');
    await openProjectSandbox(adapter, 'a-project');
    expect(opened).toEqual(['a-project']);
  });

  it('behavior: a check context made with a sandbox adapter can open a neutral sandbox; without one it has none', async () => {
    const { adapter, opened } = recording();
    const sandbox = await adapter.open({ projectId: 'p' });
    const { context } = await createCheckContext({ sandbox, sandboxAdapter: adapter });
    await context.openNeutralSandbox?.({ name: 'x' });
    expect(opened).toEqual(['p', 'buildwright.neutral.x']);
    expect((await createCheckContext({ sandbox })).context.openNeutralSandbox).toBeUndefined();
  });
});
