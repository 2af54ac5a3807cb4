import type { FileChange } from '@buildwright/client';
import { useMemo, useRef, useState, type KeyboardEvent, type ReactNode } from 'react';
import { useOptionalBuilder } from '../hooks/use-builder.js';
import { useFiles } from '../hooks/use-files.js';
import { useDefaultTheme } from '../styles/use-default-theme.js';
import { classNames } from './class-names.js';

export interface FileTreeProps {
  /** Paths to show; the project's files when omitted (inside a provider). */
  paths?: readonly string[];
  /** Change badges by path; the current run's when omitted. */
  changes?: Readonly<Record<string, FileChange>>;
  /** Selected file (controlled). */
  selectedPath?: string | null;
  /** Called with the path of a file the user opens (click, Enter or Space). */
  onSelect?(path: string): void;
  /** Accessible name of the tree. Default "Files". */
  label?: string;
  unstyled?: boolean;
  className?: string;
}

interface TreeNode {
  name: string;
  path: string;
  folder: boolean;
  children: TreeNode[];
}

const changeLabels: Record<FileChange, string> = { written: 'new', edited: 'edited', deleted: 'deleted', edit_failed: 'edit failed' };

/**
 * The project's files as a tree: folders first, change badges from the current run, and full
 * keyboard support (arrows move and open or close folders, Home/End, Enter or Space opens a file).
 *
 * @example
 * const [path, setPath] = useState<string | null>(null);
 * <FileTree selectedPath={path} onSelect={setPath} />
 */
export function FileTree(props: FileTreeProps): ReactNode {
  const client = useOptionalBuilder();
  return props.paths || !client ? <FileTreeView {...props} paths={props.paths ?? []} changes={props.changes ?? {}} /> : <ConnectedFileTree {...props} />;
}

function ConnectedFileTree(props: FileTreeProps) {
  const files = useFiles();
  const paths = useMemo(() => Object.keys(files.contents), [files.contents]);
  return <FileTreeView {...props} paths={paths} changes={props.changes ?? files.changes} />;
}

function buildTree(paths: readonly string[]): TreeNode[] {
  const root: TreeNode = { name: '', path: '', folder: true, children: [] };
  for (const path of paths) {
    let node = root;
    const parts = path.split('/');
    parts.forEach((part, index) => {
      const childPath = parts.slice(0, index + 1).join('/');
      const folder = index < parts.length - 1;
      let child = node.children.find((candidate) => candidate.name === part && candidate.folder === folder);
      if (!child) {
        child = { name: part, path: childPath, folder, children: [] };
        node.children.push(child);
      }
      node = child;
    });
  }
  const sort = (nodes: TreeNode[]) => {
    nodes.sort((a, b) => (a.folder === b.folder ? a.name.localeCompare(b.name) : a.folder ? -1 : 1));
    for (const node of nodes) sort(node.children);
    return nodes;
  };
  return sort(root.children);
}

function FileTreeView({
  paths,
  changes,
  selectedPath,
  onSelect,
  label = 'Files',
  unstyled,
  className,
}: Omit<FileTreeProps, 'paths' | 'changes'> & { paths: readonly string[]; changes: Readonly<Record<string, FileChange>> }) {
  useDefaultTheme(!unstyled);
  const tree = useMemo(() => buildTree(paths), [paths]);
  const [collapsed, setCollapsed] = useState<ReadonlySet<string>>(new Set());
  const [focused, setFocused] = useState<string | null>(null);
  const [ownSelection, setOwnSelection] = useState<string | null>(null);
  const selected = selectedPath === undefined ? ownSelection : selectedPath;
  const list = useRef<HTMLUListElement>(null);

  const visible = useMemo(() => {
    const items: Array<{ node: TreeNode; parent: string | null }> = [];
    const walk = (nodes: TreeNode[], parent: string | null) => {
      for (const node of nodes) {
        items.push({ node, parent });
        if (node.folder && !collapsed.has(node.path)) walk(node.children, node.path);
      }
    };
    walk(tree, null);
    return items;
  }, [tree, collapsed]);

  if (!paths.length) return <p className={classNames('bw bw-empty', className)}>No files yet.</p>;
  const current = visible.find((item) => item.node.path === focused) ?? visible.find((item) => item.node.path === selected) ?? visible[0]!;

  const focus = (path: string) => {
    setFocused(path);
    list.current?.querySelector<HTMLElement>(`[data-path="${CSS.escape(path)}"]`)?.focus();
  };
  const toggle = (path: string, open?: boolean) =>
    setCollapsed((previous) => {
      const next = new Set(previous);
      if (open ?? next.has(path)) next.delete(path);
      else next.add(path);
      return next;
    });
  const open = (node: TreeNode) => {
    if (node.folder) return toggle(node.path);
    setOwnSelection(node.path);
    onSelect?.(node.path);
  };
  const onKeyDown = (event: KeyboardEvent) => {
    const index = visible.indexOf(current);
    const node = current.node;
    const moves: Record<string, () => void> = {
      ArrowDown: () => visible[index + 1] && focus(visible[index + 1]!.node.path),
      ArrowUp: () => visible[index - 1] && focus(visible[index - 1]!.node.path),
      Home: () => focus(visible[0]!.node.path),
      End: () => focus(visible.at(-1)!.node.path),
      ArrowRight: () => {
        if (!node.folder) return;
        if (collapsed.has(node.path)) toggle(node.path, true);
        else if (node.children[0]) focus(node.children[0].path);
      },
      ArrowLeft: () => {
        if (node.folder && !collapsed.has(node.path)) toggle(node.path, false);
        else if (current.parent) focus(current.parent);
      },
      Enter: () => open(node),
      ' ': () => open(node),
    };
    const move = moves[event.key];
    if (!move) return;
    event.preventDefault();
    move();
  };

  const render = (nodes: TreeNode[], level: number): ReactNode =>
    nodes.map((node) => {
      const expanded = node.folder ? !collapsed.has(node.path) : undefined;
      const change = changes[node.path];
      return (
        <li
          key={`${node.folder ? 'd' : 'f'}:${node.path}`}
          role="treeitem"
          aria-level={level}
          aria-expanded={expanded}
          aria-selected={node.folder ? undefined : node.path === selected}
          tabIndex={node.path === current.node.path ? 0 : -1}
          data-path={node.path}
          onFocus={(event) => event.target === event.currentTarget && setFocused(node.path)}
          onClick={(event) => {
            event.stopPropagation();
            setFocused(node.path);
            open(node);
          }}
        >
          <span className="bw-tree-row" style={{ paddingLeft: `${(level - 1) * 1.1 + 0.4}em` }}>
            <span aria-hidden="true">{node.folder ? (expanded ? '▾' : '▸') : '·'}</span>
            {node.name}
            {change && <span className={`bw-change bw-change-${change}`}>{changeLabels[change]}</span>}
          </span>
          {node.folder && expanded && <ul role="group">{render(node.children, level + 1)}</ul>}
        </li>
      );
    });

  return (
    <ul ref={list} className={classNames('bw bw-tree', className)} role="tree" aria-label={label} onKeyDown={onKeyDown} data-testid="bw-file-tree">
      {render(tree, 1)}
    </ul>
  );
}
