// Type-checks each project named on the command line (a folder with a tsconfig.json, relative to the current
// directory) as `tsc --noEmit --pretty false -p <project>` does, all in this one process, and prints one JSON
// object: project → { exitCode, output }, tsc's exit status and what tsc would print.
//
// Each project gets the program tsc builds (`ts.createProgram` with tsc's own compiler host, the options
// `-p` parses, the config's diagnostics) and tsc's own reporting (`emitFilesAndReportErrorsAndGetExitStatus`:
// config, syntactic, options, global, semantic and, as `declaration` is on with `noEmit`, declaration
// diagnostics, in tsc's order and format). What is shared between projects is only the parsed SourceFiles
// (lib.d.ts, @types/node, core's sources that adapters, cli and react compile again through `paths`, the
// packages' dist/*.d.ts the examples use), through one `ts.DocumentRegistry`.
import { join, resolve } from 'node:path';
import ts from 'typescript';

/** tsc's own reporting (typescript/lib/_tsc.js `performCompilation` calls it); internal, hence the check. */
type EmitAndReport = (program: ts.Program, reportDiagnostic: ts.DiagnosticReporter, write: (text: string) => void, reportSummary: undefined, writeFile: ts.WriteFileCallback) => number;
const emitAndReport = (ts as unknown as { emitFilesAndReportErrorsAndGetExitStatus?: EmitAndReport }).emitFilesAndReportErrorsAndGetExitStatus;
if (typeof emitAndReport !== 'function') {
  throw new Error(`TypeScript ${ts.version} no longer exports emitFilesAndReportErrorsAndGetExitStatus: compare tsc's performCompilation with this script and report the same way.`);
}
const reportAsTsc: EmitAndReport = emitAndReport;

// tsc parses JSDoc only where it can hold a type error (`defaultJSDocParsingMode` in _tsc.js); the registry
// and every host use the same mode, as the registry asserts.
const jsDocParsingMode = ts.JSDocParsingMode.ParseForTypeErrors;
// A SourceFile is kept by path, by the key of the options that change how a file parses or binds (target,
// module, jsx, moduleDetection, alwaysStrict, ...: `ts.sourceFileAffectingCompilerOptions`) and by its implied
// module format (ESM or CommonJS): a project that differs in any of them gets files parsed and bound for it.
const registry = ts.createDocumentRegistry(ts.sys.useCaseSensitiveFileNames, ts.sys.getCurrentDirectory(), jsDocParsingMode);

const formatHost: ts.FormatDiagnosticsHost = {
  getCurrentDirectory: () => ts.sys.getCurrentDirectory(),
  getCanonicalFileName: (fileName) => (ts.sys.useCaseSensitiveFileNames ? fileName : fileName.toLowerCase()),
  getNewLine: () => ts.sys.newLine,
};

/** tsc's compiler host for `options`, whose SourceFiles come from the shared registry. */
function sharedHost(options: ts.CompilerOptions): ts.CompilerHost {
  const host = ts.createCompilerHost(options);
  host.jsDocParsingMode = jsDocParsingMode;
  // The registry's key also holds the folder `paths` are relative to (its key function serves module
  // resolution too), which would keep core's sources apart in each package that maps them: `paths` change
  // what an import resolves to, never how a file parses or binds.
  const parseOptions: ts.CompilerOptions = { ...options, pathsBasePath: undefined };
  host.getSourceFile = (fileName, languageVersionOrOptions, onError) => {
    let text: string | undefined;
    try {
      text = host.readFile(fileName);
    } catch (error) {
      // As tsc's host: report it and go on with an empty file.
      onError?.((error as Error).message);
      text = '';
    }
    if (text === undefined) return undefined;
    // The text is the version: a file that changed on disk since another project read it is parsed again.
    return registry.acquireDocument(fileName, parseOptions, ts.ScriptSnapshot.fromString(text), text, undefined, languageVersionOrOptions);
  };
  return host;
}

/** What `tsc --noEmit --pretty false -p <project>` exits with and prints. */
function typecheck(project: string): { exitCode: number; output: string } {
  let output = '';
  const report = (diagnostic: ts.Diagnostic) => {
    output += ts.formatDiagnostic(diagnostic, formatHost);
  };
  // The options tsc's command line adds to the config's (`project` made absolute, as tsc does).
  const commandLineOptions: ts.CompilerOptions = { noEmit: true, pretty: false, project: resolve(project) };
  let unrecoverable = false;
  const parsed = ts.getParsedCommandLineOfConfigFile(join(project, 'tsconfig.json'), commandLineOptions, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      report(diagnostic);
      unrecoverable = true;
    },
  });
  if (!parsed || unrecoverable) return { exitCode: 1, output };
  if (parsed.options.incremental || parsed.options.composite) {
    return { exitCode: 1, output: `${project} is an incremental project: tsc checks it with a builder program, which this script does not do.` };
  }

  const program = ts.createProgram({
    rootNames: parsed.fileNames,
    options: parsed.options,
    ...(parsed.projectReferences ? { projectReferences: parsed.projectReferences } : {}),
    host: sharedHost(parsed.options),
    configFileParsingDiagnostics: ts.getConfigFileParsingDiagnostics(parsed),
  });
  const exitCode = reportAsTsc(
    program,
    report,
    (text) => {
      output += text + ts.sys.newLine;
    },
    undefined,
    (fileName) => {
      throw new Error(`tsc --noEmit -p ${project} would write ${fileName}: this script does not write files; run tsc.`);
    },
  );
  return { exitCode, output };
}

const results: Record<string, { exitCode: number; output: string }> = {};
for (const project of process.argv.slice(2)) results[project] = typecheck(project);
process.stdout.write(JSON.stringify(results));
