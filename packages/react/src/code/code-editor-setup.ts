import { defaultKeymap, history, historyKeymap, indentWithTab } from '@codemirror/commands';
import { css } from '@codemirror/lang-css';
import { html } from '@codemirror/lang-html';
import { javascript } from '@codemirror/lang-javascript';
import { json } from '@codemirror/lang-json';
import { yaml } from '@codemirror/lang-yaml';
import { bracketMatching, defaultHighlightStyle, indentOnInput, syntaxHighlighting, type LanguageSupport } from '@codemirror/language';
import { EditorState, type Extension } from '@codemirror/state';
import { drawSelection, EditorView, highlightActiveLine, keymap, lineNumbers } from '@codemirror/view';
import { solidity } from '@replit/codemirror-lang-solidity';

/** What the code editor calls back with. */
export interface CodeEditorCallbacks {
  /** Every change of the text by the user. */
  onChange(text: string): void;
  /** Mod-S in the editor. */
  onSave(): void;
}

/** A mounted CodeMirror editor. */
export interface CodeEditor {
  /** Replaces the whole text (not a user change: `onChange` is not called). */
  setText(text: string): void;
  text(): string;
  focus(): void;
  destroy(): void;
}

/** The CodeMirror language for a path: TS/TSX/JS/JSX, CSS, HTML, JSON, YAML, Solidity; none for other files. */
export function languageFor(path: string): LanguageSupport | Extension {
  const extension = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  if (['ts', 'mts', 'cts'].includes(extension)) return javascript({ typescript: true });
  if (extension === 'tsx') return javascript({ typescript: true, jsx: true });
  if (['js', 'mjs', 'cjs', 'jsx'].includes(extension)) return javascript({ jsx: true });
  if (['css', 'scss', 'less'].includes(extension)) return css();
  if (['html', 'htm', 'svg', 'xml'].includes(extension)) return html();
  if (extension === 'json' || extension === 'jsonc') return json();
  if (extension === 'yaml' || extension === 'yml') return yaml();
  if (extension === 'sol') return solidity;
  return [];
}

/**
 * Mounts a CodeMirror 6 editor on `parent` for the file at `path`: line numbers, history, bracket
 * matching, syntax for the path's language, Tab indents, Mod-S saves. Only the editor pane imports it,
 * and `<CodeView/>` loads the pane lazily: CodeMirror is a chunk of its own.
 */
export function createCodeEditor(parent: HTMLElement, path: string, text: string, callbacks: CodeEditorCallbacks): CodeEditor {
  let applying = false;
  const view = new EditorView({
    parent,
    state: EditorState.create({
      doc: text,
      extensions: [
        lineNumbers(),
        history(),
        drawSelection(),
        highlightActiveLine(),
        indentOnInput(),
        bracketMatching(),
        syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
        keymap.of([
          {
            key: 'Mod-s',
            preventDefault: true,
            run: () => {
              callbacks.onSave();
              return true;
            },
          },
          indentWithTab,
          ...defaultKeymap,
          ...historyKeymap,
        ]),
        languageFor(path),
        EditorView.contentAttributes.of({ 'aria-label': `Edit ${path}` }),
        EditorView.updateListener.of((update) => {
          if (update.docChanged && !applying) callbacks.onChange(update.state.doc.toString());
        }),
      ],
    }),
  });
  return {
    setText(next) {
      if (next === view.state.doc.toString()) return;
      applying = true;
      try {
        view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: next } });
      } finally {
        applying = false;
      }
    },
    text: () => view.state.doc.toString(),
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  };
}
