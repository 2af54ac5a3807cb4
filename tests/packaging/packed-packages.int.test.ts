import { execFileSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';
import { runTool } from '../habits/run-tool.js';
import { packageDirectories, packedWorkspace, type PackageDirectory } from './pack-workspace.js';

let tarballs: Record<PackageDirectory, string>;
beforeAll(async () => {
  tarballs = await packedWorkspace();
}, 120_000);

function packedManifest(directory: PackageDirectory): Record<string, unknown> {
  return JSON.parse(execFileSync('tar', ['-xOzf', tarballs[directory], 'package/package.json'], { encoding: 'utf8' })) as Record<string, unknown>;
}

describe.each(packageDirectories)('packed @buildwright/%s', (directory) => {
  it('default: publint --strict finds nothing', async () => {
    const result = await runTool('publint', ['run', tarballs[directory], '--strict']);
    expect(result.exitCode, result.output).toBe(0);
    expect(result.stdout).toContain('All good!');
  });

  it('default: the tarball holds README.md, LICENSE, CHANGELOG.md and the metadata a registry page shows', () => {
    const entries = execFileSync('tar', ['-tzf', tarballs[directory]], { encoding: 'utf8' }).split('\n');
    expect(entries).toEqual(expect.arrayContaining(['package/README.md', 'package/LICENSE', 'package/CHANGELOG.md', 'package/package.json']));
    expect(entries.filter((entry) => /\.test\.|\/fixtures\//.test(entry))).toEqual([]);
    const manifest = packedManifest(directory);
    expect(manifest).toMatchObject({ license: 'MIT', engines: { node: '>=20.19' }, repository: { type: 'git', directory: `packages/${directory}` } });
    expect(JSON.stringify(manifest)).not.toContain('workspace:');
  });
});

describe.each(['client', 'core', 'adapters', 'react'] as const)('types of packed @buildwright/%s', (directory) => {
  it('default: are-the-types-wrong finds nothing for ESM consumers (node16 and bundler resolution)', async () => {
    const result = await runTool('attw', [tarballs[directory], '--profile', 'esm-only', '--format', 'ascii']);
    expect(result.exitCode, result.output).toBe(0);
  });
});
