import { join } from 'node:path';
import { BuildwrightError } from '@buildwright/core';
import type { CompiledContract, CompileResult, SolidityIssue } from '@buildwright/core';
import { rememberBuild } from './build-registry.js';
import { loadSolc, parseSolcVersion } from './load-solc.js';
import { createImportResolver } from './resolve-import.js';
import { positionAt } from './source-position.js';

export interface CompileSolidityOptions {
  /** Solidity sources, project-relative path → content (e.g. `{ 'contracts/Token.sol': '...' }`). */
  sources: Record<string, string>;
  /** The project's `node_modules`, searched for package imports. Default: `<cwd>/node_modules`. */
  nodeModulesDir?: string;
  /**
   * EVM version to target. Default `'cancun'`: every built-in testnet runs it, and newer opcodes
   * (Osaka's CLZ) would fail on chains that have not upgraded.
   */
  evmVersion?: string;
  /** Optimizer runs, or `false` to turn the optimizer off. Default 200. */
  optimizerRuns?: number | false;
}

/** A compile result that also carries what verification on an explorer needs. */
export interface CompileSolidityResult extends CompileResult {
  /** The exact solc standard JSON input (JSON text), with every imported file inlined. */
  standardJsonInput: string;
  /** Full compiler version, e.g. `0.8.37+commit.f401782d` (explorers want it with a leading `v`). */
  compilerLongVersion: string;
}

interface SolcError {
  severity: 'error' | 'warning' | 'info';
  type: string;
  message: string;
  formattedMessage?: string;
  sourceLocation?: { file: string; start: number; end: number };
}

interface SolcOutput {
  errors?: SolcError[];
  contracts?: Record<string, Record<string, { abi: unknown[]; evm?: { bytecode?: { object?: string } } }>>;
}

/** The pragma solc's own message names when it cannot satisfy a source's version pragma. */
const versionMismatch = /Source file requires different compiler version/;

function validate(options: CompileSolidityOptions): void {
  const entries = typeof options?.sources === 'object' && options.sources !== null ? Object.entries(options.sources) : [];
  const bad = entries.find(([path, content]) => path.length === 0 || typeof content !== 'string');
  if (entries.length === 0 || bad !== undefined) {
    throw new BuildwrightError({
      code: 'INVALID_INPUT',
      message:
        bad === undefined
          ? 'compileSolidity needs at least one source: pass { sources: { "contracts/Token.sol": "..." } }.'
          : `Source "${bad[0]}" has no text content: every source must map a path to Solidity text.`,
    });
  }
}

function pragmaAdvice(version: string, content: string | undefined): string {
  const given = content?.match(/pragma\s+solidity\s+([^;]+);/)?.[1]?.trim();
  const [major = '0', minor = '8'] = version.split('.');
  const suggestion = major === '0' && minor === '8' && Number(version.split('.')[2]) >= 24 ? '^0.8.24' : `^${version}`;
  return `The bundled compiler is solc ${version}${given === undefined ? '' : `, which does not satisfy "pragma solidity ${given};"`}. Use \`pragma solidity ${suggestion};\` (any range that includes ${version}).`;
}

function toIssue(error: SolcError, texts: (file: string) => string | undefined, version: string): SolidityIssue {
  const location = error.sourceLocation;
  const content = location === undefined ? undefined : texts(location.file);
  const issue: SolidityIssue = {
    severity: error.severity === 'error' ? 'error' : 'warning',
    message: versionMismatch.test(error.message) ? pragmaAdvice(version, content) : error.message,
    rule: error.type,
  };
  if (location?.file) issue.file = location.file;
  if (location !== undefined && content !== undefined && location.start >= 0) Object.assign(issue, positionAt(content, location.start));
  return issue;
}

/**
 * Compiles Solidity in process with the bundled `solc` (standard JSON input). Imports resolve from
 * the given sources, then `contracts/`, then `node_modules` (`@openzeppelin/contracts` included).
 * Compiler errors and warnings come back as structured issues with file, line and column; only
 * bad input throws. The compiler module is loaded once per process.
 *
 * @example
 * const result = await compileSolidity({
 *   sources: { 'contracts/Counter.sol': 'pragma solidity ^0.8.24; contract Counter { uint256 public count; function increment() external { count += 1; } }' },
 * });
 * if (!result.ok) console.log(result.errors); // [{ severity: 'error', file, line, column, message, rule: 'ParserError' }]
 * const counter = result.contracts.find((contract) => contract.name === 'Counter');
 */
export async function compileSolidity(options: CompileSolidityOptions): Promise<CompileSolidityResult> {
  validate(options);
  const solc = await loadSolc();
  const version = parseSolcVersion(solc.version());
  const nodeModulesDirs = [options.nodeModulesDir ?? join(process.cwd(), 'node_modules')];
  const resolver = createImportResolver({ sources: options.sources, nodeModulesDirs });
  const optimizerRuns = options.optimizerRuns ?? 200;
  const settings = {
    optimizer: optimizerRuns === false ? { enabled: false } : { enabled: true, runs: optimizerRuns },
    evmVersion: options.evmVersion ?? 'cancun',
    // Only the given files produce artifacts: imported libraries are compiled but not emitted.
    outputSelection: Object.fromEntries(Object.keys(options.sources).map((path) => [path, { '*': ['abi', 'evm.bytecode.object'] }])),
  };
  const input = {
    language: 'Solidity',
    sources: Object.fromEntries(Object.entries(options.sources).map(([path, content]) => [path, { content }])),
    settings,
  };
  let output: SolcOutput;
  try {
    output = JSON.parse(solc.compile(JSON.stringify(input), { import: resolver.resolve })) as SolcOutput;
  } catch (error) {
    throw new BuildwrightError({ code: 'CONTRACT_COMPILE_FAILED', message: `solc ${version.short} crashed while compiling: ${error instanceof Error ? error.message : String(error)}`, cause: error });
  }
  const texts = (file: string) => options.sources[file] ?? resolver.loaded.get(file);
  const issues = (output.errors ?? []).filter((error) => error.severity !== 'info').map((error) => toIssue(error, texts, version.short));
  const errors = issues.filter((issue) => issue.severity === 'error');
  const contracts: CompiledContract[] = [];
  if (errors.length === 0) {
    for (const [file, byName] of Object.entries(output.contracts ?? {})) {
      for (const [name, artifact] of Object.entries(byName)) {
        const object = artifact.evm?.bytecode?.object ?? '';
        // Interfaces and abstract contracts have no creation code: nothing to deploy.
        if (object.length === 0) continue;
        contracts.push({ name, file, abi: artifact.abi, bytecode: `0x${object}` });
      }
    }
  }
  // Verification needs every file solc read, imports included, with the same settings.
  const standardJsonInput = JSON.stringify({
    ...input,
    sources: { ...input.sources, ...Object.fromEntries([...resolver.loaded].map(([path, content]) => [path, { content }])) },
  });
  const result: CompileSolidityResult = {
    ok: errors.length === 0,
    contracts,
    errors,
    warnings: issues.filter((issue) => issue.severity === 'warning'),
    compilerVersion: version.short,
    standardJsonInput,
    compilerLongVersion: version.long,
  };
  for (const contract of contracts) rememberBuild(contract, { standardJsonInput, compilerLongVersion: version.long });
  return result;
}
