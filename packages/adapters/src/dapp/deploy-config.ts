import type { CheckIssue } from '@buildwright/core';
import { dappPaths } from './project-paths.js';

/** One contract to deploy: its name and constructor arguments (JSON; big integers as strings). */
export interface DeployEntry {
  contract: string;
  args: unknown[];
}

const example = '{ "contract": "Token", "args": ["My Token", "MTK", "1000000000000000000000000"] }';

/**
 * Reads `contracts/deploy.json`: `{ "contract": "Token", "args": [...] }`, or several contracts as
 * `{ "contracts": [{ "contract": "A" }, { "contract": "B", "args": [] }] }` (the first is the one
 * the frontend module exports at the top level). `undefined` when the file does not exist.
 */
export function readDeployConfig(files: Readonly<Record<string, string>>): { entries: DeployEntry[] } | { issue: CheckIssue } | undefined {
  const text = files[dappPaths.deployConfig];
  if (text === undefined) return undefined;
  const issue = (message: string) => ({ issue: { file: dappPaths.deployConfig, message } });
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return issue(`is not valid JSON (${(error as Error).message}); write it like ${example}`);
  }
  const list = Array.isArray(value)
    ? value
    : typeof value === 'object' && value !== null && Array.isArray((value as { contracts?: unknown }).contracts)
      ? (value as { contracts: unknown[] }).contracts
      : [value];
  const entries: DeployEntry[] = [];
  for (const item of list) {
    const record = typeof item === 'object' && item !== null ? (item as { contract?: unknown; args?: unknown }) : {};
    if (typeof record.contract !== 'string' || record.contract.trim() === '') return issue(`needs "contract": the name of the contract to deploy, e.g. ${example}`);
    if (record.args !== undefined && !Array.isArray(record.args)) return issue(`"args" of ${record.contract} must be an array of constructor arguments, e.g. ${example}`);
    entries.push({ contract: record.contract.trim(), args: (record.args as unknown[] | undefined) ?? [] });
  }
  if (entries.length === 0) return issue(`names no contract; write it like ${example}`);
  return { entries };
}
