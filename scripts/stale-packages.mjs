// Which workspace packages' build output is older than their sources: the setup rebuilds them, and
// the CLI tests start the built command only when none is stale.
import { existsSync, readdirSync, statSync } from 'node:fs';

/** Tests and their support modules are never part of a build. */
const testOnly = /\.(test|int\.test|test-support)\.tsx?$/;

/** The newest modification time of the files under a directory that a build reads (0 for none). */
function newest(directory) {
  let latest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const path = `${directory}/${entry.name}`;
    if (entry.isDirectory()) latest = Math.max(latest, newest(path));
    else if (!testOnly.test(entry.name)) latest = Math.max(latest, statSync(path).mtimeMs);
  }
  return latest;
}

/**
 * Names of the packages under `<root>/packages` without a `dist` or with sources newer than it.
 * @param {string} root the repository root
 * @returns {string[]}
 */
export function stalePackages(root) {
  const packages = readdirSync(`${root}/packages`).filter((name) => existsSync(`${root}/packages/${name}/package.json`));
  return packages.filter((name) => {
    const dist = `${root}/packages/${name}/dist`;
    return !existsSync(dist) || newest(`${root}/packages/${name}/src`) > newest(dist);
  });
}
