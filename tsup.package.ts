import type { Options } from 'tsup';

/**
 * The build every package shares: ESM, a clean dist, the package's own tsconfig, and the other
 * @buildwright packages left as imports. A package's tsup.config.ts adds its entries and what differs
 * (target, platform, externals, banner). Declarations are not tsup's: the package's build script runs
 * `tsc -p tsconfig.build.json` after tsup (see tsconfig.declarations.json), one program for every
 * entry instead of tsup's dts build, which took 8.5 min and an 8 GB heap for the adapters.
 */
export function packageBuild(options: Options): Options {
  return { format: ['esm'], dts: false, clean: true, target: 'node20', tsconfig: './tsconfig.json', external: [/^@buildwright\//], ...options };
}
