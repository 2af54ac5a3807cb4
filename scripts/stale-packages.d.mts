/** Names of the packages under `<root>/packages` without a `dist` or with sources newer than it. */
export function stalePackages(root: string): string[];
