/**
 * Module hooks of the check worker (registered with `module.register`):
 * Vite's own `import('rollup')` gets a thin wrapper of the project's Rollup that records the
 * cache of each bundle when Vite closes it (`bundle.cache`, which Vite does not hand out). The
 * worker passes it to the next build as `build.rollupOptions.cache`, so dependency modules that
 * did not change are not transformed again. Every other export is Rollup's own.
 */
// Shipped as a string: after editing, run `node packages/adapters/scripts/generate-file-modules.mjs check-worker`.
export async function resolve(specifier, context, nextResolve) {
  const resolved = await nextResolve(specifier, context);
  if (specifier !== 'rollup' || !context.parentURL || !/\/node_modules\/vite\/dist\/node\//.test(context.parentURL)) return resolved;
  const real = JSON.stringify(resolved.url);
  const source = [
    `import { rollup as realRollup } from ${real};`,
    `export * from ${real};`,
    'export async function rollup(options) {',
    '  const bundle = await realRollup(options);',
    '  const close = bundle.close.bind(bundle);',
    '  bundle.close = async () => {',
    '    (globalThis.__buildwrightRollupCaches ??= []).push(bundle.cache);',
    '    return close();',
    '  };',
    '  return bundle;',
    '}',
  ].join('\n');
  return { url: `data:text/javascript,${encodeURIComponent(source)}`, format: 'module', shortCircuit: true };
}
