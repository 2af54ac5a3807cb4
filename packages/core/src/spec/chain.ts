/** A compiler or linter finding with its position. */
export interface SolidityIssue {
  severity: 'error' | 'warning';
  /** Source path relative to the project, e.g. `contracts/Token.sol`. */
  file?: string;
  line?: number;
  column?: number;
  message: string;
  /** Rule or error type, e.g. `ParserError`, `avoid-tx-origin`. */
  rule?: string;
}

/** One compiled contract. */
export interface CompiledContract {
  name: string;
  file: string;
  abi: unknown[];
  /** Creation bytecode, 0x-prefixed. */
  bytecode: `0x${string}`;
}

export interface CompileResult {
  ok: boolean;
  contracts: CompiledContract[];
  errors: SolidityIssue[];
  warnings: SolidityIssue[];
  compilerVersion: string;
}

export interface DeployResult {
  address: `0x${string}`;
  txHash: `0x${string}`;
  chainId: number;
  network: string;
  explorerUrl: string | null;
  gasUsed: bigint;
  blockNumber: bigint;
}

/** Where the chain is and how a browser reaches it. */
export interface ChainInfo {
  chainId: number;
  network: string;
  /** JSON-RPC URL a browser preview can reach. */
  rpcUrl: string;
  /** Block explorer base URL, when the network has one. */
  explorerUrl: string | null;
  /** Funded dev accounts (local chains only; preview use only). */
  devAccounts: { address: `0x${string}`; privateKey: `0x${string}` }[];
}

/**
 * The chain port: compile Solidity, deploy, read and write contracts.
 *
 * Implementations: `localChain` (in-process EVM with a local JSON-RPC endpoint), `viemChain`.
 */
export interface ChainAdapter {
  readonly specificationVersion: 'v1';
  readonly provider: string;
  info(): Promise<ChainInfo>;
  /** Compiles sources (path → content); imports resolve from the sources then `node_modules`. */
  compile(input: { sources: Record<string, string>; nodeModulesDir?: string }): Promise<CompileResult>;
  deploy(input: { contract: CompiledContract; args?: unknown[]; signal?: AbortSignal }): Promise<DeployResult>;
  read(input: { address: `0x${string}`; abi: unknown[]; functionName: string; args?: unknown[] }): Promise<unknown>;
  write(input: { address: `0x${string}`; abi: unknown[]; functionName: string; args?: unknown[]; value?: bigint }): Promise<{ txHash: `0x${string}`; status: 'success' | 'reverted' }>;
  close(): Promise<void>;
}
