import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { packageDirectories, packedWorkspace, repositoryRoot, type PackageDirectory } from './pack-workspace.js';

let tarballs: Record<PackageDirectory, string>;
beforeAll(async () => {
  tarballs = await packedWorkspace();
}, 120_000);

function bin(name: string): string {
  return `${repositoryRoot}node_modules/.bin/${name}`;
}

/** Runs a tool without blocking the test worker (vitest's RPC times out after 60 s of a blocked worker): its exit code and output. */
async function runTool(name: string, args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return promisify(execFile)(bin(name), args, { encoding: 'utf8', maxBuffer: 64 << 20 }).then(
    ({ stdout, stderr }) => ({ status: 0, stdout, stderr }),
    (error: { code?: number; stdout?: string; stderr?: string }) => ({ status: typeof error.code === 'number' ? error.code : -1, stdout: error.stdout ?? '', stderr: error.stderr ?? '' }),
  );
}

function packedManifest(directory: PackageDirectory): Record<string, unknown> {
  return JSON.parse(execFileSync('tar', ['-xOzf', tarballs[directory], 'package/package.json'], { encoding: 'utf8' })) as Record<string, unknown>;
}

describe.each(packageDirectories)('packed @buildwright/%s', (directory) => {
  it('default: publint --strict finds nothing', async () => {
    const result = await runTool('publint', ['run', tarballs[directory], '--strict']);
    expect(result.status, result.stdout + result.stderr).toBe(0);
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
    expect(result.status, result.stdout + result.stderr).toBe(0);
  });
});
