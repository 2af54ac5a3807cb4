import { lazy, Suspense, useEffect, useMemo, useState, type ReactNode } from 'react';
import { diffLines } from '../code/line-diff.js';
import { languageOf, tokenLines, tokenize, type CodeLanguage, type Token } from '../code/tokenize.js';
import { useBuilder, useOptionalBuilder } from '../hooks/use-builder.js';
import { useFiles } from '../hooks/use-files.js';
import { useDefaultTheme } from '../styles/use-default-theme.js';
import { createFileDraftsStore } from '../code/file-drafts-store.js';
import { classNames } from './class-names.js';

// The editor (CodeMirror and the pane around it) is a chunk of its own, loaded by the first editable view.
const CodeEditorPane = lazy(() => import('./code-editor-pane.js').then((module) => ({ default: module.CodeEditorPane })));

export interface CodeViewProps {
  /** Path of the file: names it, picks the language, and (inside a provider, without `code`) reads its content. */
  path?: string;
  /** The code to show; `null` shows that the content is still loading. */
  code?: string | null;
  /** Turns on diff mode against this earlier content. */
  previousCode?: string | null;
  /** Inside a provider: diff mode against this version of the project (fetched). */
  compareToVersion?: number;
  /** Language; from the path's extension when omitted. */
  language?: CodeLanguage;
  /** Show line numbers. Default true. */
  lineNumbers?: boolean;
  /**
   * Inside a provider: edit the file in CodeMirror 6 (loaded as a separate chunk). Save (or Mod-S)
   * stores every unsaved file of this view as one new version (`client.saveFiles`); a run's
   * `VERSION_CONFLICT` keeps the edits and offers to save over the current version. Edits of
   * several files survive switching `path`. Ignored in diff mode and outside a provider.
   */
  editable?: boolean;
  /** With `editable`: each save also runs the checks on the saved version (a check run the provider's client follows: its checks and preview show). Default false. */
  checkOnSave?: boolean;
  unstyled?: boolean;
  className?: string;
}

/**
 * Syntax-highlighted code (JS/TS/JSX, JSON, CSS, HTML, Solidity) with line numbers, and a diff
 * mode showing added and removed lines against earlier content or a version. Inside a provider, a
 * file the model is writing shows its draft filling in (marked "Writing…"), and `editable` turns
 * the view into an editor whose Save stores a new version.
 *
 * @example
 * <CodeView path="src/App.tsx" />                      // the project's file, inside a provider
 * <CodeView path="a.js" code={after} previousCode={before} />  // a diff, anywhere
 * <CodeView path="src/App.tsx" editable />             // edit and save as a new version, inside a provider
 */
export function CodeView(props: CodeViewProps): ReactNode {
  const client = useOptionalBuilder();
  return props.code !== undefined || !client ? <CodeViewBody {...props} code={props.code ?? null} /> : <ConnectedCodeView {...props} />;
}

function ConnectedCodeView(props: CodeViewProps) {
  const files = useFiles();
  const client = useBuilder();
  const [drafts] = useState(() => createFileDraftsStore(client, props.checkOnSave ? { check: true } : {}));
  const [previous, setPrevious] = useState<{ key: string; code: string } | null>(null);
  const key = `${props.compareToVersion}:${props.path}`;
  useEffect(() => {
    if (props.compareToVersion === undefined || !props.path) return;
    let live = true;
    client
      .readFiles(props.compareToVersion)
      .then((answer) => live && setPrevious({ key, code: answer.files[props.path!] ?? '' }))
      .catch(() => live && setPrevious({ key, code: '' }));
    return () => {
      live = false;
    };
  }, [client, key, props.compareToVersion, props.path]);
  // While the model writes the file, its draft (file.streaming) shows it filling in.
  const draft = props.path !== undefined && Object.hasOwn(files.streaming, props.path) ? files.streaming[props.path] : undefined;
  const missing = props.path !== undefined && draft === undefined && !Object.hasOwn(files.contents, props.path);
  const code = draft ?? (props.path ? (files.contents[props.path] ?? null) : null);
  const previousCode = props.previousCode !== undefined ? props.previousCode : previous?.key === key ? previous.code : undefined;
  if (props.editable && props.path && code !== null && draft === undefined && previousCode === undefined) {
    return (
      <CodeViewFrame path={props.path} unstyled={props.unstyled} className={props.className}>
        <Suspense
          fallback={
            <p className="bw-empty" role="status">
              Loading the editor…
            </p>
          }
        >
          <CodeEditorPane path={props.path} serverText={code} serverVersion={files.version} drafts={drafts} />
        </Suspense>
      </CodeViewFrame>
    );
  }
  return <CodeViewBody {...props} code={code} missing={missing} writing={draft !== undefined} {...(previousCode === undefined ? {} : { previousCode })} />;
}

function CodeViewBody({
  path,
  code,
  missing,
  writing = false,
  previousCode,
  language,
  lineNumbers = true,
  unstyled,
  className,
}: Omit<CodeViewProps, 'code'> & { code: string | null; missing?: boolean; writing?: boolean }) {
  useDefaultTheme(!unstyled);
  const lang = language ?? (path ? languageOf(path) : 'plain');
  const diff = previousCode !== undefined && previousCode !== null && code !== null;
  const lines = useMemo(() => (code === null || diff ? [] : tokenLines(tokenize(code, lang))), [code, lang, diff]);
  const changes = useMemo(() => (diff ? diffLines(previousCode!, code!) : []), [diff, previousCode, code]);
  const label = `${path ?? 'Code'}${diff ? ' (changes)' : ''}`;
  return (
    <section className={classNames('bw bw-code', className)} aria-label={label} aria-busy={writing} data-streaming={writing ? 'true' : undefined} data-testid="bw-code-view">
      {path && (
        <div className="bw-code-header">
          <span>{path}</span>
          {writing && <span role="status">Writing…</span>}
          {diff && (
            <span>
              +{changes.filter((line) => line.kind === 'add').length} −{changes.filter((line) => line.kind === 'remove').length}
            </span>
          )}
        </div>
      )}
      {code === null ? (
        <p className="bw-empty" role="status">
          {!path ? 'Select a file.' : missing ? `${path} is not in the project.` : 'Loading the file…'}
        </p>
      ) : (
        <pre className="bw-code-pre" role="region" tabIndex={0} aria-label={label}>
          <code className="bw-code-text">
            {diff ? (
              changes.map((line, index) => (
                <span key={index} className={classNames('bw-line', line.kind === 'add' && 'bw-line-add', line.kind === 'remove' && 'bw-line-remove')} data-diff={line.kind}>
                  {lineNumbers && <span className="bw-line-number">{line.newNumber ?? line.oldNumber}</span>}
                  <span className="bw-line-marker" aria-hidden="true">
                    {line.kind === 'add' ? '+' : line.kind === 'remove' ? '−' : ' '}
                  </span>
                  {line.kind !== 'same' && <span className="bw-visually-hidden">{line.kind === 'add' ? 'added: ' : 'removed: '}</span>}
                  <Tokens tokens={tokenize(line.text, lang)} />
                  {'\n'}
                </span>
              ))
            ) : (
              <CodeLines lines={lines} lineNumbers={lineNumbers} />
            )}
          </code>
        </pre>
      )}
    </section>
  );
}

/** The section around an editable file: the theme, its label and the path header. */
function CodeViewFrame({ path, unstyled, className, children }: { path: string; unstyled: boolean | undefined; className: string | undefined; children: ReactNode }) {
  useDefaultTheme(!unstyled);
  return (
    <section className={classNames('bw bw-code bw-code-editable', className)} aria-label={path} data-testid="bw-code-view">
      <div className="bw-code-header">
        <span>{path}</span>
      </div>
      {children}
    </section>
  );
}

/** Highlighted lines (`tokenLines` of `tokenize`), one `.bw-line` each: the body of a code view's `<code>`. */
export function CodeLines({ lines, lineNumbers }: { lines: Token[][]; lineNumbers: boolean }): ReactNode {
  return lines.map((tokens, index) => (
    <span key={index} className="bw-line">
      {lineNumbers && <span className="bw-line-number">{index + 1}</span>}
      <Tokens tokens={tokens} />
      {'\n'}
    </span>
  ));
}

function Tokens({ tokens }: { tokens: Token[] }) {
  return (
    <>
      {tokens.map((token, index) =>
        token.type === 'plain' ? (
          token.text
        ) : (
          <span key={index} className={`bw-tok-${token.type}`}>
            {token.text}
          </span>
        ),
      )}
    </>
  );
}
