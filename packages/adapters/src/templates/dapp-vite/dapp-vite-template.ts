import type { Template } from '@buildwright/core';
import { files } from './files.generated.js';

/**
 * The DApp template: the react-vite stack (React 19, Vite 7, TypeScript strict, Tailwind CSS 4,
 * ESLint) plus wagmi 3, viem 2 and TanStack Query 5, a wagmi config that reads the chain from the
 * generated contract module, a wallet button, and vitest for contract tests. In Buildwright's
 * preview build a wagmi mock connector with a funded dev account of the local chain is connected
 * (enabled by a sandbox-only env file); any other build uses the browser wallet (injected).
 * RainbowKit is left out: its current release needs wagmi 2, whose connectors pull in the
 * MetaMask, WalletConnect, Coinbase and Safe SDKs (about 3× the install) and a WalletConnect
 * project id.
 *
 * @example
 * import { dappViteTemplate } from '@buildwright/adapters/templates';
 *
 * const builder = createBuilder({ ...adapters, templates: { 'dapp-vite': dappViteTemplate } });
 */
export const dappViteTemplate: Template = {
  name: 'dapp-vite',
  kind: 'dapp',
  description: [
    'React 19 + Vite 7 + TypeScript (strict) + Tailwind CSS 4 + wagmi 3 + viem 2 + @tanstack/react-query 5 (providers already set up in src/main.tsx; config in src/wagmi.ts; src/components/WalletButton.tsx connects a wallet).',
    'Contracts: write Solidity ^0.8.24 in contracts/<Name>.sol (@openzeppelin/contracts 5 can be imported, e.g. "@openzeppelin/contracts/token/ERC721/ERC721.sol"; use Ownable(msg.sender)), and contracts/deploy.json naming the contract to deploy with its constructor arguments: { "contract": "Token", "args": ["My Token", "MTK", "1000000000000000000000000"] } (big integers as strings).',
    "After compiling and deploying it, Buildwright writes src/contracts/deployed.ts: export const address (0x… as const), abi (as const), chainId, rpcUrl, network, explorerUrl, contractName, bytecode, deployArgs, contracts. Import from it in the frontend (import { address, abi } from './contracts/deployed') and use wagmi hooks: useReadContract({ address, abi, functionName, args }), useWriteContract + useWaitForTransactionReceipt, then refetch the reads after the receipt. Never hard-code the address or ABI, and do not write that file yourself.",
    'Mark the page for the DApp check: every element that shows an on-chain value gets data-bw-read="<view function>" (plus data-bw-args=\'["0x…"]\' as a JSON array when the function takes arguments, and data-bw-value="<raw value>" when the text is formatted); the button that sends the main transaction gets data-bw-write, and each input it needs gets data-bw-example="<a valid value>".',
    'In the preview a funded dev account (the deployer) is already connected through a wagmi mock connector, so the write must work without any extra click; exported builds use the browser wallet.',
    'If contracts/existing.json exists, the project is a frontend for that already-deployed contract: write no Solidity and no deploy.json; src/contracts/deployed.ts is written from it.',
    'Optional contract tests: test/<name>.test.ts with vitest and viem against rpcUrl (deploy a fresh instance with bytecode and deployArgs, using the well-known local dev keys), run after deploy.',
  ].join(' '),
  kinds: ['dapp'],
  stack: ['solidity@0.8', 'openzeppelin@5', 'wagmi@3', 'viem@2', 'react@19', 'vite@7', 'tailwindcss@4', 'vitest@3'],
  tags: [
    'dapp',
    'web3',
    'blockchain',
    'ethereum',
    'evm',
    'smart contract',
    'solidity',
    'on-chain',
    'wallet',
    'token',
    'erc20',
    'nft',
    'erc721',
    'mint',
    'crypto',
    'defi',
    'dao',
    'voting',
    'staking',
    'escrow',
    'auction',
    'marketplace',
    'airdrop',
    'faucet',
    'crowdfunding',
  ],
  guidance: [
    'React 19 (createRoot, no ReactDOM.render) with wagmi 3 hooks: useAccount, useReadContract, useWriteContract, useWaitForTransactionReceipt. Keep the providers of src/main.tsx (WagmiProvider outside QueryClientProvider) and the config of src/wagmi.ts.',
    'Solidity ^0.8.24 in contracts/; constructor arguments in contracts/deploy.json (big integers as strings). With OpenZeppelin 5 pass the owner to Ownable(msg.sender); ERC20 amounts use 18 decimals.',
    'Read address and abi only from src/contracts/deployed.ts, which Buildwright writes after the deploy (the template protects it). Values from reads are bigint: format them with formatUnits/formatEther and compare with 0n, never with Number() on large values.',
    'After a write, wait for the receipt and refetch the reads (the refetch of useReadContract), so the page shows the new value: the DApp check reads data-bw-read elements before and after clicking data-bw-write.',
    'vite.config.ts runs in Node when the build loads it (process.env and node:path work there); the typecheck covers src/ only, with browser types (use import.meta.env, the lint refuses process). Do not set root, base or build.outDir. The typecheck is strict: type useState values, handle undefined data from hooks while they load.',
  ].join('\n'),
  searchText: [
    'DApp: a Solidity smart contract deployed on an EVM blockchain (Ethereum) with a React frontend that connects a wallet. Web3, crypto, on-chain state.',
    'Tokens: ERC20 fungible tokens, balances, transfers, faucets, airdrops and claims, vesting, stablecoins; ERC721 NFTs: mint a collection, soulbound badges and certificates, NFT marketplaces to list and buy.',
    'On-chain logic: DAO governance, proposals and voting, multisig wallets with owners approving, escrow between buyer and seller, auctions and bids, lotteries, crowdfunding with pledges and refunds.',
    'DeFi: staking with rewards, lending pools to deposit and borrow, savings locked until a date, tips and payments in ETH to creators, registries mapping names to addresses.',
  ].join('\n'),
  protectedPaths: ['src/contracts/deployed.ts', 'tsconfig.json', 'eslint.config.js', 'src/vite-env.d.ts'],
  checks: ['contract-compile', 'contract-lint', 'contract-deploy', 'imports', 'install', 'validate', 'build-app', 'browser', 'contract-calls', 'contract-tests', 'dapp-browser'],
  previewCommand: 'npm run dev',
  files,
};
