import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { files } from './scripts.generated.js';

const generator = fileURLToPath(new URL('../../../scripts/generate-file-modules.mjs', import.meta.url));
const scriptsFolder = fileURLToPath(new URL('./scripts/', import.meta.url));

describe('check worker scripts', () => {
  it('behavior: the generated module matches the scripts folder', () => {
    expect(() => execFileSync(process.execPath, [generator, '--check', 'check-worker'], { stdio: 'pipe' })).not.toThrow();
    expect(Object.keys(files)).toEqual(readdirSync(scriptsFolder).sort());
  });

  it.each(Object.keys(files))('behavior: %s is valid JavaScript for Node', (name) => {
    expect(() => execFileSync(process.execPath, ['--check', `${scriptsFolder}${name}`], { stdio: 'pipe' })).not.toThrow();
  });
});
