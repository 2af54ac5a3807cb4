import type { ChainAdapter, CheckIssue } from '@buildwright/core';
import { coerceArguments } from './coerce-arguments.js';
import type { AbiParameterLike } from './coerce-arguments.js';
import type { Deployment } from './dapp-session.js';
import { describeValue, stringifyJson } from './json-value.js';

/** What a `data-bw-read` element says about itself, as read from the page. */
export interface ReadElement {
  /** `data-bw-read`: the view function whose value the element shows. */
  read: string;
  /** `data-bw-args`: JSON array of the function's arguments. */
  args: string | null;
  /** `data-bw-contract`: contract name when the project deploys several. */
  contract: string | null;
  /** `data-bw-value`: the raw value, when the text shows it formatted. */
  value: string | null;
  text: string;
}

/** One element compared with the chain. */
export interface ReadComparison {
  /** `Token.balanceOf(["0xf39f…"])`: the same key before and after a write names the same read. */
  key: string;
  shown: string;
  onChain: unknown;
  matches: boolean;
}

interface AbiFunction {
  type?: string;
  name?: string;
  stateMutability?: string;
  inputs?: AbiParameterLike[];
}

/**
 * Reads every `data-bw-read` element's function on the chain and compares it with what the
 * element shows. Problems that waiting cannot cure (an unknown function, bad arguments, a revert)
 * come back as `issues`.
 */
export async function compareReads(chain: ChainAdapter, deployments: readonly Deployment[], elements: readonly ReadElement[]): Promise<{ comparisons: ReadComparison[]; issues: CheckIssue[] }> {
  const comparisons: ReadComparison[] = [];
  const issues: CheckIssue[] = [];
  for (const element of elements) {
    const deployment = element.contract ? deployments.find((candidate) => candidate.name === element.contract) : deployments[0];
    const label = `data-bw-read="${element.read}"${element.args ? ` data-bw-args='${element.args}'` : ''}`;
    if (!deployment) {
      issues.push({ message: `${label}: data-bw-contract="${element.contract}" is not a deployed contract (deployed: ${deployments.map((candidate) => candidate.name).join(', ')})` });
      continue;
    }
    let args: unknown[] = [];
    try {
      const parsed: unknown = element.args ? JSON.parse(element.args) : [];
      if (!Array.isArray(parsed)) throw new Error('data-bw-args must be a JSON array');
      args = parsed;
    } catch (error) {
      issues.push({ message: `${label}: ${(error as Error).message}` });
      continue;
    }
    const candidates = (deployment.abi as AbiFunction[]).filter(
      (item) => item.type === 'function' && item.name === element.read && (item.stateMutability === 'view' || item.stateMutability === 'pure'),
    );
    const abiFunction = candidates.find((item) => (item.inputs?.length ?? 0) === args.length);
    if (!abiFunction) {
      const views = (deployment.abi as AbiFunction[])
        .filter((item) => item.type === 'function' && (item.stateMutability === 'view' || item.stateMutability === 'pure'))
        .map((item) => `${item.name}(${(item.inputs ?? []).map((input) => input.type).join(',')})`);
      issues.push({
        message: `${label}: ${deployment.name} has no view function ${element.read} taking ${args.length} argument${args.length === 1 ? '' : 's'} (views: ${views.join(', ') || 'none'})`,
      });
      continue;
    }
    let onChain: unknown;
    try {
      onChain = await chain.read({ address: deployment.address, abi: deployment.abi, functionName: element.read, args: coerceArguments(abiFunction.inputs ?? [], args) });
    } catch (error) {
      issues.push({ message: `${label}: reading ${deployment.name}.${element.read} failed: ${(error as Error).message}` });
      continue;
    }
    const shown = element.value ?? element.text;
    comparisons.push({ key: `${deployment.name}.${element.read}(${stringifyJson(args)})`, shown, onChain, matches: shows(shown, onChain) });
  }
  return { comparisons, issues };
}

/** `data-bw-read="totalSupply" shows "12" but the contract returns 1000`. */
export function describeMismatch(comparison: ReadComparison): string {
  return `${comparison.key} is shown as ${JSON.stringify(comparison.shown.trim().slice(0, 80))} but the contract returns ${describeValue(comparison.onChain)}`;
}

/**
 * Whether the shown text holds the value: an integer as itself or with 18 decimals (thousands
 * separators allowed), a string, an address (any case), true/false, and for a tuple or struct
 * every one of its parts.
 */
export function shows(shown: string, value: unknown): boolean {
  if (typeof value === 'bigint' || typeof value === 'number') {
    const joined = shown.replace(/(?<=\d)[,_\s\u00a0\u202f'](?=\d{3}\b)/g, '');
    const numbers = (joined.match(/-?\d+(?:\.\d+)?/g) ?? []).map(trimDecimals);
    const raw = BigInt(value).toString();
    return numbers.includes(raw) || numbers.includes(withDecimals(BigInt(value), 18));
  }
  if (typeof value === 'boolean') return shown.toLowerCase().includes(String(value));
  if (typeof value === 'string') {
    if (/^0x[0-9a-fA-F]{40}$/.test(value)) return shown.toLowerCase().includes(value.toLowerCase());
    return shown.includes(value);
  }
  if (Array.isArray(value)) return value.length > 0 && value.every((item) => shows(shown, item));
  if (typeof value === 'object' && value !== null) {
    const values = Object.values(value);
    return values.length > 0 && values.every((item) => shows(shown, item));
  }
  return shown.includes(stringifyJson(value));
}

function trimDecimals(number: string): string {
  return number.includes('.') ? number.replace(/\.?0+$/, '') || '0' : number;
}

function withDecimals(value: bigint, decimals: number): string {
  const negative = value < 0n;
  const absolute = negative ? -value : value;
  const base = 10n ** BigInt(decimals);
  const fraction = (absolute % base).toString().padStart(decimals, '0').replace(/0+$/, '');
  return `${negative ? '-' : ''}${absolute / base}${fraction ? `.${fraction}` : ''}`;
}
