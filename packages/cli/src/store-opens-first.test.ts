import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { parseCliArgs } from './parse-args.js';

// Issue 14: a run command starts opening its PGlite store before it imports the engine
// (@buildwright/core), so the open (WASM, data directory) runs alongside the engine's imports.

/** What happened, in order: the engine's import, the start of the store's open, the store's calls. */
const order = vi.hoisted(() => [] as string[]);

vi.mock('@buildwright/core', async (importOriginal) => {
  order.push('core imported');
  return importOriginal();
});

vi.mock('./adapters-from-flags.js', async (importOriginal) => {
  const real = await importOriginal<typeof import('./adapters-from-flags.js')>();
  return {
    ...real,
    openPgliteEarly: (flags: Parameters<typeof real.openPgliteEarly>[0]) => {
      order.push('store open started');
      return real.openPgliteEarly(flags);
    },
  };
});

// No real PGlite here: the store records what it is asked.
vi.mock('@buildwright/adapters/pglite', () => ({
  pgliteStorage: (options: { dataDir: string }) => {
    order.push(`store created for ${options.dataDir}`);
    return {
      migrate: async () => void order.push('store migrated'),
      close: async () => void order.push('store closed'),
    };
  },
}));

const dataDir = mkdtempSync(join(tmpdir(), 'buildwright-store-first-'));
// An existing PGlite data directory, as far as the early open can tell.
writeFileSync(join(dataDir, 'PG_VERSION'), '17\n');
afterAll(() => {
  vi.unstubAllEnvs();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('a run command’s store opens before the engine loads', () => {
  it('default: importing the run commands (generate, edit, resume, approve) loads no engine', async () => {
    await Promise.all([import('./commands/generate.js'), import('./commands/edit.js'), import('./commands/resume.js'), import('./commands/approve.js')]);
    expect(order).toEqual([]);
  });

  it('behavior: generate starts the store’s open before it imports the engine, and closes it when it fails', async () => {
    const { generateCommand } = await import('./commands/generate.js');
    // A model without its key: the command fails once the store's open is under way.
    vi.stubEnv('OPENAI_API_KEY', '');
    vi.stubEnv('OPENAI_BASE_URL', '');
    const args = parseCliArgs(['generate', 'a page', '--storage', `pglite:${dataDir}`, '--llm', 'openai:gpt-test', '--json']);
    const context = { args, stdout: new PassThrough(), stderr: new PassThrough(), env: {} } as unknown as Parameters<typeof generateCommand>[0];
    await expect(generateCommand(context)).rejects.toThrow(/needs OPENAI_API_KEY/);
    expect(order[0]).toBe('store open started');
    expect(order).toEqual(expect.arrayContaining([`store created for ${dataDir}`, 'store migrated', 'store closed']));
  });
});
