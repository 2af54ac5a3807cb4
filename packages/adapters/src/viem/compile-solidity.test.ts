import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileSolidity } from './compile-solidity.js';
import { sampleContracts } from './sample-contracts.test-support.js';

const counter = `// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

contract Counter {
    uint256 public count;

    function increment() external {
        count += 1;
    }
}
`;

describe('compileSolidity', () => {
  it('default: compiles a contract to its ABI and creation bytecode', async () => {
    const result = await compileSolidity({ sources: { 'contracts/Counter.sol': counter } });
    expect(result.ok).toBe(true);
    expect(result.errors).toEqual([]);
    expect(result.compilerVersion).toMatch(/^0\.8\.\d+$/);
    const contract = result.contracts.find((item) => item.name === 'Counter');
    expect(contract?.file).toBe('contracts/Counter.sol');
    expect(contract?.bytecode).toMatch(/^0x[0-9a-f]{100,}$/);
    expect(contract?.abi).toContainEqual(expect.objectContaining({ type: 'function', name: 'increment' }));
  });

  it('error: a missing semicolon is a ParserError with file, line and column', async () => {
    const broken = counter.replace('count += 1;', 'count += 1');
    const result = await compileSolidity({ sources: { 'contracts/Counter.sol': broken } });
    expect(result.ok).toBe(false);
    expect(result.contracts).toEqual([]);
    const [error] = result.errors;
    expect(error).toMatchObject({ severity: 'error', rule: 'ParserError', file: 'contracts/Counter.sol' });
    // solc reports the token after the missing semicolon: the closing brace on line 9.
    expect(error?.line).toBe(9);
    expect(error?.column).toBe(5);
    expect(error?.message).toMatch(/Expected ';'/);
  });

  it('error: a wrong type is a TypeError at its line', async () => {
    const broken = counter.replace('uint256 public count;', 'uint256 public count = "many";');
    const result = await compileSolidity({ sources: { 'contracts/Counter.sol': broken } });
    expect(result.ok).toBe(false);
    expect(result.errors[0]).toMatchObject({ severity: 'error', rule: 'TypeError', file: 'contracts/Counter.sol', line: 5, column: 28 });
    expect(result.errors[0]?.message).toMatch(/not implicitly convertible/);
  });

  it('error: a pragma the bundled compiler cannot satisfy says which pragma to use', async () => {
    const old = counter.replace('pragma solidity ^0.8.24;', 'pragma solidity ^0.7.6;');
    const result = await compileSolidity({ sources: { 'contracts/Counter.sol': old } });
    expect(result.ok).toBe(false);
    expect(result.errors[0]).toMatchObject({ file: 'contracts/Counter.sol', line: 2, column: 1 });
    expect(result.errors[0]?.message).toContain(`solc ${result.compilerVersion}`);
    expect(result.errors[0]?.message).toContain('"pragma solidity ^0.7.6;"');
    expect(result.errors[0]?.message).toMatch(/Use `pragma solidity \^0\.8\.\d+;`/);
  });

  it('behavior: an OpenZeppelin ERC-721 compiles from the installed @openzeppelin/contracts', async () => {
    const collection = sampleContracts().find((sample) => sample.contractName === 'Collection')!;
    const result = await compileSolidity({ sources: { [collection.path]: collection.source } });
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
    // Only the project's own files produce artifacts.
    expect(result.contracts.map((contract) => contract.name)).toEqual(['Collection']);
    expect(result.contracts[0]?.abi).toContainEqual(expect.objectContaining({ name: 'safeTransferFrom' }));
    const input = JSON.parse(result.standardJsonInput) as { sources: Record<string, unknown> };
    expect(Object.keys(input.sources)).toContain('@openzeppelin/contracts/token/ERC721/ERC721.sol');
  });

  it('behavior: imports resolve relatively and from contracts/', async () => {
    const library = 'pragma solidity ^0.8.24; library Doubler { function double(uint256 value) internal pure returns (uint256) { return value * 2; } }';
    const main =
      'pragma solidity ^0.8.24; import "./Doubler.sol"; import { Doubler as Again } from "Doubler.sol"; contract Main { function run() external pure returns (uint256) { return Doubler.double(2); } }';
    const result = await compileSolidity({ sources: { 'contracts/Main.sol': main, 'contracts/Doubler.sol': library } });
    // "Doubler.sol" is found under contracts/ by the import callback: a second unit with the same text.
    expect(result.errors).toEqual([]);
    expect(result.contracts.map((contract) => `${contract.file}:${contract.name}`).sort()).toEqual(['contracts/Doubler.sol:Doubler', 'contracts/Main.sol:Main']);
  });

  it('args: nodeModulesDir resolves a package the project installed', async () => {
    const directory = mkdtempSync(join(tmpdir(), 'bw-solc-'));
    try {
      mkdirSync(join(directory, 'node_modules', 'tiny-math'), { recursive: true });
      writeFileSync(join(directory, 'node_modules', 'tiny-math', 'Math.sol'), 'pragma solidity ^0.8.0; library TinyMath { function one() internal pure returns (uint256) { return 1; } }');
      const main = 'pragma solidity ^0.8.24; import "tiny-math/Math.sol"; contract UsesMath { function one() external pure returns (uint256) { return TinyMath.one(); } }';
      const result = await compileSolidity({ sources: { 'contracts/UsesMath.sol': main }, nodeModulesDir: join(directory, 'node_modules') });
      expect(result.errors).toEqual([]);
      expect(result.ok).toBe(true);
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('error: a missing import names the file and where to put it', async () => {
    const main = 'pragma solidity ^0.8.24;\nimport "./Missing.sol";\ncontract Main {}';
    const result = await compileSolidity({ sources: { 'contracts/Main.sol': main } });
    expect(result.ok).toBe(false);
    expect(result.errors[0]).toMatchObject({ file: 'contracts/Main.sol', line: 2 });
    expect(result.errors[0]?.message).toContain('contracts/Missing.sol');
  });

  it('error: an absolute import path is refused without reading the file', async () => {
    const main = 'pragma solidity ^0.8.24;\nimport "/etc/passwd";\ncontract Main {}';
    const result = await compileSolidity({ sources: { 'contracts/Main.sol': main } });
    expect(result.ok).toBe(false);
    expect(result.errors[0]?.message).toMatch(/refused/);
    expect(result.standardJsonInput).not.toContain('root:');
  });

  it('behavior: warnings are reported but do not fail the compile', async () => {
    const warned = counter.replace('count += 1;', 'uint256 unused = 1;\n        count += 1;');
    const result = await compileSolidity({ sources: { 'contracts/Counter.sol': warned } });
    expect(result.ok).toBe(true);
    expect(result.warnings[0]).toMatchObject({ severity: 'warning', file: 'contracts/Counter.sol', line: 8 });
    expect(result.contracts).toHaveLength(1);
  });

  it('error: no sources is INVALID_INPUT', async () => {
    await expect(compileSolidity({ sources: {} })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
  });
});
