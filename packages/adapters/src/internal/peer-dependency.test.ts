import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BuildwrightError } from '@buildwright/core';
import { describe, expect, it } from 'vitest';
import { importPeer, requirePeers } from './peer-dependency.js';

/** A directory whose `node_modules` holds exactly the given packages, as a consumer's project would. */
function projectWith(installed: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'buildwright-peers-'));
  for (const [name, version] of Object.entries(installed)) {
    mkdirSync(join(root, 'node_modules', name), { recursive: true });
    writeFileSync(join(root, 'node_modules', name, 'package.json'), JSON.stringify({ name, version }));
  }
  const from = join(root, 'node_modules', '@buildwright', 'adapters', 'dist');
  mkdirSync(from, { recursive: true });
  return from;
}

describe('requirePeers', () => {
  it('behavior: passes when the peers are installed in a supported version (this workspace)', () => {
    expect(() => requirePeers('webChecks', ['typescript', 'playwright-core'])).not.toThrow();
  });

  it('error: a missing peer is PEER_DEPENDENCY_MISSING naming the npm command, before any work', () => {
    const from = projectWith({ viem: '2.60.0' });
    const error = (() => {
      try {
        requirePeers('localChain', ['@nomicfoundation/edr', 'viem'], from);
      } catch (caught) {
        return caught;
      }
    })();
    expect(BuildwrightError.isInstance(error) && error.code).toBe('PEER_DEPENDENCY_MISSING');
    expect((error as Error).message).toContain('localChain needs "@nomicfoundation/edr" (^0.13.0), which is not installed');
    expect((error as Error).message).toContain('npm install @nomicfoundation/edr@"^0.13.0"');
    expect((error as BuildwrightError).details).toEqual({ adapter: 'localChain', packages: [{ name: '@nomicfoundation/edr', range: '^0.13.0', found: null }] });
  });

  it('error: an unsupported major (TypeScript 7 has no compiler API) is refused with the supported range', () => {
    expect(() => requirePeers('importsCheck', ['typescript'], projectWith({ typescript: '7.0.2' }))).toThrow(
      /importsCheck needs "typescript" >=5\.0\.0 <7, but 7\.0\.2 is installed\. .*npm install typescript@">=5\.0\.0 <7"/,
    );
    expect(() => requirePeers('importsCheck', ['typescript'], projectWith({ typescript: '6.0.3' }))).not.toThrow();
  });
});

/** What `load` rejected with, or what importPeer threw. */
async function importError(...args: Parameters<typeof importPeer>): Promise<BuildwrightError> {
  const error = await importPeer(...args).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  if (!BuildwrightError.isInstance(error)) throw new Error(`expected a BuildwrightError, got ${String(error)}`);
  return error;
}

describe('importPeer', () => {
  it('default: returns the module the import loaded', async () => {
    const pg = await importPeer('postgresStorage', 'pg', () => import('pg'));
    expect(typeof pg.default.Pool).toBe('function');
  });

  it('error: a peer missing from the project is PEER_DEPENDENCY_MISSING naming the npm command, with the resolver error as cause', async () => {
    const from = projectWith({});
    // A real resolution from inside a project that lacks the package, as the adapters' own import() would make.
    const error = await importError('openaiLlm', 'openai', async () => createRequire(join(from, 'index.js'))('openai') as unknown, from);
    expect(error.code).toBe('PEER_DEPENDENCY_MISSING');
    expect(error.message).toBe('openaiLlm needs "openai" (^6.41.0), which is not installed. Install it next to @buildwright/adapters: npm install openai@"^6.41.0"');
    expect(error.details).toEqual({ adapter: 'openaiLlm', packages: [{ name: 'openai', range: '^6.41.0', found: null }] });
    expect(String((error.cause as Error).message)).toMatch(/Cannot find module 'openai'/);
  });

  it("error: a not-found error naming the peer or its subpath (Vite's wording under vitest) is PEER_DEPENDENCY_MISSING whatever package.json is found", async () => {
    const from = projectWith({ viem: '2.60.0' });
    const notFound = new Error('Failed to load url viem/chains (resolved id: viem/chains) in /app/src/chain.ts. Does the file exist?');
    const error = await importError('viemChain', 'viem', () => Promise.reject(notFound), from);
    expect(error.code).toBe('PEER_DEPENDENCY_MISSING');
    expect(error.message).toContain('npm install viem@"^2.57.20"');
  });

  it('error: a peer installed outside its range that fails to load is PEER_DEPENDENCY_MISSING with the version found', async () => {
    const from = projectWith({ typescript: '7.0.2' });
    const error = await importError('importsCheck', 'typescript', () => Promise.reject(new TypeError('ts.parseConfigFileTextToJson is not a function')), from);
    expect(error.code).toBe('PEER_DEPENDENCY_MISSING');
    expect(error.message).toContain('importsCheck needs "typescript" >=5.0.0 <7, but 7.0.2 is installed');
  });

  it('error: a peer installed in range that fails to load for another reason (a package it imports is missing) is INTERNAL with the reason', async () => {
    const from = projectWith({ solc: '0.8.30' });
    const broken = Object.assign(new Error("Cannot find package 'command-exists' imported from /app/node_modules/solc/index.js"), { code: 'ERR_MODULE_NOT_FOUND' });
    const error = await importError('compileSolidity', 'solc', () => Promise.reject(broken), from);
    expect(error.code).toBe('INTERNAL');
    expect(error.message).toBe(`compileSolidity could not load "solc", which is installed: ${broken.message}`);
    expect(error.cause).toBe(broken);
  });
});

describe('semver', () => {
  it("default: no adapter source imports semver's index, which loads all 47 of its modules where `satisfies` needs 19 (every adapter entry loads this file; docs/cli.md, start-up)", () => {
    const source = fileURLToPath(new URL('..', import.meta.url));
    const files = readdirSync(source, { recursive: true, encoding: 'utf8' }).filter((path) => path.endsWith('.ts') && !path.endsWith('.test.ts'));
    expect(files.filter((path) => /from 'semver'/.test(readFileSync(join(source, path), 'utf8')))).toEqual([]);
  });
});
