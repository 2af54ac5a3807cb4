/**
 * The check worker's type check (run in its tools thread, inside the sandbox). It keeps a
 * TypeScript builder program between requests, so after an edit only the changed files are
 * parsed and checked again; files under node_modules and TypeScript's own lib files are parsed
 * once per worker (a dependency change restarts the worker). Its answer is what
 * `tsc --noEmit --pretty false` prints and exits with: the same diagnostics, in the same order
 * and format.
 */
// Shipped as a string: after editing, run `node packages/adapters/scripts/generate-file-modules.mjs check-worker`.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { formatHostOf, tscReport } from './tsc-report.mjs';

const root = process.cwd();
const require = createRequire(join(root, 'package.json'));
let ts;
let libDirectory;
let builder;
let optionsKey;
const sources = new Map();

function load() {
  if (!ts) {
    ts = require('typescript');
    libDirectory = dirname(ts.getDefaultLibFilePath({}));
  }
  return ts;
}

const stable = (fileName) => fileName.includes('/node_modules/') || fileName.startsWith(`${libDirectory}/`);

/** What `tsc --noEmit --pretty false` prints and exits with, for the project in the working directory. */
export function typecheck() {
  const ts = load();
  const formatHost = formatHostOf(ts, root);
  const configPath = ts.findConfigFile(root, ts.sys.fileExists);
  if (!configPath) return { exitCode: 1, output: `error TS5057: Cannot find a tsconfig.json file at the current directory: ${root}.${ts.sys.newLine}` };
  let fatal;
  const parsed = ts.getParsedCommandLineOfConfigFile(configPath, { noEmit: true, pretty: false }, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: (diagnostic) => (fatal = diagnostic) });
  if (!parsed) return { exitCode: 1, output: ts.formatDiagnostics(fatal ? [fatal] : [], formatHost) };

  // Other compiler options mean other source files: start over.
  const key = JSON.stringify(parsed.options);
  if (key !== optionsKey) {
    optionsKey = key;
    builder = undefined;
    sources.clear();
  }
  const host = ts.createIncrementalCompilerHost(parsed.options, ts.sys);
  const getSourceFile = host.getSourceFile;
  host.getSourceFile = (fileName, languageVersionOrOptions, onError, shouldCreate) => {
    const cached = sources.get(fileName);
    if (cached && stable(fileName)) return cached.file;
    const text = ts.sys.readFile(fileName);
    if (cached && text !== undefined && cached.file.text === text) return cached.file;
    const file = getSourceFile.call(host, fileName, languageVersionOrOptions, onError, shouldCreate);
    if (file) sources.set(fileName, { file });
    else sources.delete(fileName);
    return file;
  };
  builder = ts.createSemanticDiagnosticsBuilderProgram(parsed.fileNames, parsed.options, host, builder, ts.getConfigFileParsingDiagnostics(parsed), parsed.projectReferences);

  return tscReport(ts, builder, formatHost);
}
