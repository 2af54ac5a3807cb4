import { createHash, randomBytes } from 'node:crypto';

/** A DNS label from free text: lowercase letters, digits and dashes, at most `max` characters, never empty. */
export function labelOf(text: string, max = 30): string {
  const label = text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, max)
    .replace(/-+$/, '');
  return label || 'app';
}

/** The project's alias label: its name and a short hash of its id (stable, one per project). */
export function aliasLabel(project: { id: string; name: string }): string {
  return `${labelOf(project.name)}-${createHash('sha256').update(project.id).digest('hex').slice(0, 8)}`;
}

/** A fresh deployment id that is also a DNS label: `<name>-v<version>-<8 random hex>`. */
export function deploymentLabel(project: { name: string }, version: number): string {
  return `${labelOf(project.name)}-v${version}-${randomBytes(4).toString('hex')}`;
}

/** True for what `deploymentLabel` and `aliasLabel` make (what a Host header may name). */
export const isLabel = (text: string): boolean => /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/.test(text);

/** The label a Host header names under `domain` (`todo-v1-ab12cd34.localhost:4400` → `todo-v1-ab12cd34`), or undefined. */
export function hostLabel(hostHeader: string | undefined, domain: string): string | undefined {
  const hostname = (hostHeader ?? '').toLowerCase().replace(/:\d+$/, '');
  if (!hostname.endsWith(`.${domain}`)) return undefined;
  const label = hostname.slice(0, -domain.length - 1);
  return isLabel(label) ? label : undefined;
}
