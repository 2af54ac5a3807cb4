import type { Options } from 'tsup';

/**
 * The build every package shares: ESM with declarations, a clean dist, the package's own tsconfig,
 * and the other @buildwright packages left as imports. A package's tsup.config.ts adds its entries
 * and what differs (target, platform, externals, banner).
 */
export function packageBuild(options: Options): Options {
  return { format: ['esm'], dts: true, clean: true, target: 'node20', tsconfig: './tsconfig.json', external: [/^@buildwright\//], ...options };
}
