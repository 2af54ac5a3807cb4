import { describe, expect, it } from 'vitest';
import { sampleContracts } from './sample-contracts.test-support.js';
import { lintSolidity } from './lint-solidity.js';

const wallet = `// SPDX-License-Identifier: MIT
pragma solidity 0.8.24;

contract Wallet {
    address public owner = msg.sender;

    function withdraw(address payable to, uint256 amount) external {
        require(tx.origin == owner, "Wallet: not owner");
        to.transfer(amount);
    }
}
`;

describe('lintSolidity', () => {
  it('default: the sample contracts have no blocking findings', async () => {
    const sources = Object.fromEntries(sampleContracts().map((sample) => [sample.path, sample.source]));
    const result = await lintSolidity({ sources });
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
    // Constructors carry no visibility since Solidity 0.7: the recommended set's advice is turned off.
    expect(result.warnings.map((issue) => issue.rule)).not.toContain('func-visibility');
  });

  it('error: tx.origin authorization is a blocking error at its line', async () => {
    const result = await lintSolidity({ sources: { 'contracts/Wallet.sol': wallet } });
    expect(result.ok).toBe(false);
    expect(result.errors).toContainEqual(expect.objectContaining({ severity: 'error', rule: 'avoid-tx-origin', file: 'contracts/Wallet.sol', line: 8 }));
  });

  it('error: an unchecked send is a blocking error', async () => {
    const unchecked = wallet.replace('require(tx.origin == owner, "Wallet: not owner");', 'require(msg.sender == owner, "Wallet: not owner");').replace('to.transfer(amount);', 'to.send(amount);');
    const result = await lintSolidity({ sources: { 'contracts/Wallet.sol': unchecked } });
    expect(result.ok).toBe(false);
    expect(result.errors.map((issue) => issue.rule)).toContain('check-send-result');
    expect(result.errors.map((issue) => issue.rule)).not.toContain('avoid-tx-origin');
  });

  it('behavior: a floating pragma is a warning that does not block', async () => {
    const floating = wallet.replace('pragma solidity 0.8.24;', 'pragma solidity ^0.8.24;').replace('tx.origin', 'msg.sender');
    const result = await lintSolidity({ sources: { 'contracts/Wallet.sol': floating } });
    expect(result.ok).toBe(true);
    expect(result.warnings).toContainEqual(expect.objectContaining({ rule: 'floating-pragma', line: 2, column: 1 }));
  });

  it('args: rules override the defaults', async () => {
    const result = await lintSolidity({ sources: { 'contracts/Wallet.sol': wallet }, rules: { 'avoid-tx-origin': 'warn' } });
    expect(result.ok).toBe(true);
    expect(result.warnings.map((issue) => issue.rule)).toContain('avoid-tx-origin');
  });

  it('args: blockOn "warning" makes warnings block too', async () => {
    const floating = wallet.replace('pragma solidity 0.8.24;', 'pragma solidity ^0.8.24;').replace('tx.origin', 'msg.sender');
    const result = await lintSolidity({ sources: { 'contracts/Wallet.sol': floating }, blockOn: 'warning' });
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(false);
  });

  it('error: a syntax error is a blocking parse error', async () => {
    const result = await lintSolidity({ sources: { 'contracts/Broken.sol': 'pragma solidity 0.8.24;\ncontract Broken { function f( }' } });
    expect(result.ok).toBe(false);
    expect(result.errors[0]).toMatchObject({ rule: 'parse-error', file: 'contracts/Broken.sol', line: 2 });
  });
});
