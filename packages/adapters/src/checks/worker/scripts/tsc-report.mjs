/**
 * What `tsc --noEmit --pretty false` reports for a builder program, in its order
 * (emitFilesAndReportErrors): config errors, then syntax errors, and only when the files parse the
 * options, global and semantic errors, then, when the config emits declarations (`declaration` or
 * `composite`) and nothing else failed, the declaration errors (TS4094 and the like). Shared by the
 * check worker's type check and the shared type-check service.
 */
// Shipped as a string: after editing, run `node packages/adapters/scripts/generate-file-modules.mjs check-worker`.
export function tscReport(ts, builder, formatHost) {
  const diagnostics = builder.getConfigFileParsingDiagnostics().slice();
  const configDiagnostics = diagnostics.length;
  diagnostics.push(...builder.getSyntacticDiagnostics());
  if (diagnostics.length === configDiagnostics) {
    diagnostics.push(...builder.getOptionsDiagnostics(), ...builder.getGlobalDiagnostics());
    if (diagnostics.length === configDiagnostics) diagnostics.push(...builder.getSemanticDiagnostics());
    const options = builder.getCompilerOptions();
    if (options.noEmit && (options.declaration || options.composite) && diagnostics.length === configDiagnostics) diagnostics.push(...builder.getDeclarationDiagnostics());
  }
  const reported = ts.sortAndDeduplicateDiagnostics(diagnostics);
  return { exitCode: reported.length > 0 ? 2 : 0, output: ts.formatDiagnostics(reported, formatHost) };
}

/** The host `ts.formatDiagnostics` needs: file names relative to `root`. */
export function formatHostOf(ts, root) {
  return {
    getCurrentDirectory: () => root,
    getCanonicalFileName: (fileName) => (ts.sys.useCaseSensitiveFileNames ? fileName : fileName.toLowerCase()),
    getNewLine: () => ts.sys.newLine,
  };
}
