import type { Pattern } from '@buildwright/core';

/** DApp patterns: a token contract, and a frontend write with its transaction's progress. */
export const contractPatterns: Pattern[] = [
  {
    name: 'erc20-token',
    kinds: ['dapp'],
    category: 'contract',
    description: 'An ERC-20 token in plain Solidity (no imports): balances, transfers, allowances, and minting by the owner',
    tags: ['erc20', 'token', 'coin', 'mint', 'transfer', 'allowance', 'solidity', 'contract', 'faucet', 'currency'],
    path: 'contracts/Token.sol',
    code: `// SPDX-License-Identifier: MIT
pragma solidity ^0.8.24;

contract Token {
    string public name = "Demo Token";
    string public symbol = "DEMO";
    uint8 public constant decimals = 18;
    uint256 public totalSupply;
    address public immutable owner = msg.sender;
    mapping(address => uint256) public balanceOf;
    mapping(address => mapping(address => uint256)) public allowance;

    event Transfer(address indexed from, address indexed to, uint256 value);
    event Approval(address indexed owner, address indexed spender, uint256 value);

    function mint(address to, uint256 amount) external {
        require(msg.sender == owner, "only the owner mints");
        totalSupply += amount;
        balanceOf[to] += amount;
        emit Transfer(address(0), to, amount);
    }

    function transfer(address to, uint256 amount) external returns (bool) {
        return _move(msg.sender, to, amount);
    }

    function approve(address spender, uint256 amount) external returns (bool) {
        allowance[msg.sender][spender] = amount;
        emit Approval(msg.sender, spender, amount);
        return true;
    }

    function transferFrom(address from, address to, uint256 amount) external returns (bool) {
        require(allowance[from][msg.sender] >= amount, "allowance too low");
        allowance[from][msg.sender] -= amount;
        return _move(from, to, amount);
    }

    function _move(address from, address to, uint256 amount) private returns (bool) {
        require(balanceOf[from] >= amount, "balance too low");
        balanceOf[from] -= amount;
        balanceOf[to] += amount;
        emit Transfer(from, to, amount);
        return true;
    }
}`,
  },
  {
    name: 'wagmi-contract-write',
    kinds: ['dapp'],
    category: 'hook',
    description: 'Send a contract transaction from React with wagmi and show its progress: waiting for the wallet, pending, confirmed or failed',
    tags: ['wagmi', 'transaction', 'write', 'wallet', 'contract', 'send', 'confirm', 'receipt', 'button', 'viem'],
    path: 'src/components/MintButton.tsx',
    code: `import { useWaitForTransactionReceipt, useWriteContract } from 'wagmi';
import { parseUnits, type Address } from 'viem';
import { abi, address } from '../contracts/deployed';

export function MintButton({ to }: { to: Address }) {
  const { writeContract, data: hash, isPending, error } = useWriteContract();
  const receipt = useWaitForTransactionReceipt({ hash });
  return (
    <div>
      <button type="button" disabled={isPending || receipt.isLoading} onClick={() => writeContract({ address, abi, functionName: 'mint', args: [to, parseUnits('10', 18)] })}>
        {isPending ? 'Confirm in your wallet…' : receipt.isLoading ? 'Minting…' : 'Mint 10'}
      </button>
      {receipt.isSuccess && <p role="status">Minted in block {receipt.data.blockNumber.toString()}</p>}
      {error && <p role="alert">{error.message.split('\\n')[0]}</p>}
    </div>
  );
}`,
  },
];
