import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BuildwrightError } from '@buildwright/core';
import { describe, expect, it } from 'vitest';
import { requirePeers } from './peer-dependency.js';

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
    expect(() => requirePeers('importsCheck', ['typescript'], projectWith({ typescript: '7.0.2' }))).toThrow(/importsCheck needs "typescript" >=5\.0\.0 <7, but 7\.0\.2 is installed\. .*npm install typescript@">=5\.0\.0 <7"/);
    expect(() => requirePeers('importsCheck', ['typescript'], projectWith({ typescript: '6.0.3' }))).not.toThrow();
  });
});
