import type { Pattern } from '@buildwright/core';

const web: Pattern['kinds'] = ['web', 'dapp'];

/** UI components: a sortable table, a validated form, a dialog, tabs, an SVG bar chart. */
export const reactComponentPatterns: Pattern[] = [
  {
    name: 'sortable-table',
    kinds: web,
    category: 'component',
    description: 'A table of rows whose columns sort when their header is clicked (ascending, then descending)',
    tags: ['table', 'grid', 'sort', 'columns', 'rows', 'list', 'data', 'admin', 'dashboard'],
    path: 'src/components/SortableTable.tsx',
    code: `import { useMemo, useState } from 'react';

export interface Column<T> { key: keyof T & string; label: string }

export function SortableTable<T extends Record<string, string | number>>({ rows, columns }: { rows: T[]; columns: Column<T>[] }) {
  const [sort, setSort] = useState<{ key: keyof T; direction: 1 | -1 } | null>(null);
  const sorted = useMemo(() => {
    if (!sort) return rows;
    return [...rows].sort((a, b) => (a[sort.key] < b[sort.key] ? -sort.direction : a[sort.key] > b[sort.key] ? sort.direction : 0));
  }, [rows, sort]);
  return (
    <table>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key} aria-sort={sort?.key === column.key ? (sort.direction === 1 ? 'ascending' : 'descending') : 'none'}>
              <button type="button" onClick={() => setSort({ key: column.key, direction: sort?.key === column.key && sort.direction === 1 ? -1 : 1 })}>{column.label}</button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted.map((row, index) => (
          <tr key={index}>{columns.map((column) => <td key={column.key}>{row[column.key]}</td>)}</tr>
        ))}
      </tbody>
    </table>
  );
}`,
  },
  {
    name: 'validated-form',
    kinds: web,
    category: 'component',
    description: 'A form with controlled fields, an error under each invalid field, and a submit that only runs when all are valid',
    tags: ['form', 'input', 'validation', 'signup', 'contact', 'register', 'fields', 'submit', 'errors'],
    path: 'src/components/SignupForm.tsx',
    code: `import { useState, type FormEvent } from 'react';

type Fields = { name: string; email: string };
const validate = (fields: Fields) => ({
  name: fields.name.trim() ? '' : 'Enter your name',
  email: /^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$/.test(fields.email) ? '' : 'Enter a valid email',
});

export function SignupForm({ onSubmit }: { onSubmit: (fields: Fields) => void }) {
  const [fields, setFields] = useState<Fields>({ name: '', email: '' });
  const [touched, setTouched] = useState(false);
  const errors = validate(fields);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!errors.name && !errors.email) onSubmit(fields);
  };
  return (
    <form onSubmit={submit} noValidate>
      <label>Name <input value={fields.name} onChange={(e) => setFields({ ...fields, name: e.target.value })} aria-invalid={touched && !!errors.name} /></label>
      {touched && errors.name && <p role="alert">{errors.name}</p>}
      <label>Email <input type="email" value={fields.email} onChange={(e) => setFields({ ...fields, email: e.target.value })} aria-invalid={touched && !!errors.email} /></label>
      {touched && errors.email && <p role="alert">{errors.email}</p>}
      <button type="submit">Sign up</button>
    </form>
  );
}`,
  },
  {
    name: 'modal-dialog',
    kinds: web,
    category: 'component',
    description: 'An accessible modal dialog on the native <dialog> element: focus trapped, Escape and the backdrop close it',
    tags: ['modal', 'dialog', 'popup', 'overlay', 'confirm', 'accessible'],
    path: 'src/components/Modal.tsx',
    code: `import { useEffect, useRef, type ReactNode } from 'react';

export function Modal({ open, title, onClose, children }: { open: boolean; title: string; onClose: () => void; children: ReactNode }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    if (open && !dialog.current?.open) dialog.current?.showModal();
    if (!open && dialog.current?.open) dialog.current.close();
  }, [open]);
  return (
    <dialog ref={dialog} aria-label={title} onClose={onClose} onClick={(event) => event.target === dialog.current && onClose()}>
      <h2>{title}</h2>
      {children}
      <button type="button" onClick={onClose}>Close</button>
    </dialog>
  );
}`,
  },
  {
    name: 'tabs',
    kinds: web,
    category: 'component',
    description: 'Accessible tabs: a tablist whose arrow keys move between tabs, one panel shown at a time',
    tags: ['tabs', 'tablist', 'navigation', 'sections', 'panels', 'accessible', 'keyboard'],
    path: 'src/components/Tabs.tsx',
    code: `import { useState, type KeyboardEvent, type ReactNode } from 'react';

export function Tabs({ tabs }: { tabs: { label: string; content: ReactNode }[] }) {
  const [active, setActive] = useState(0);
  const move = (event: KeyboardEvent) => {
    if (event.key === 'ArrowRight') setActive((active + 1) % tabs.length);
    if (event.key === 'ArrowLeft') setActive((active - 1 + tabs.length) % tabs.length);
  };
  return (
    <div>
      <div role="tablist" onKeyDown={move}>
        {tabs.map((tab, index) => (
          <button key={tab.label} role="tab" id={\`tab-\${index}\`} aria-selected={index === active} aria-controls={\`panel-\${index}\`} tabIndex={index === active ? 0 : -1} onClick={() => setActive(index)}>
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={\`panel-\${active}\`} aria-labelledby={\`tab-\${active}\`}>{tabs[active]?.content}</div>
    </div>
  );
}`,
  },
  {
    name: 'svg-bar-chart',
    kinds: web,
    category: 'component',
    description: 'A responsive bar chart drawn in SVG with no chart library: labelled bars scaled to the largest value',
    tags: ['chart', 'charts', 'bar', 'graph', 'svg', 'visualization', 'analytics', 'dashboard', 'metrics', 'statistics'],
    path: 'src/components/BarChart.tsx',
    code: `export function BarChart({ data, height = 160 }: { data: { label: string; value: number }[]; height?: number }) {
  const max = Math.max(1, ...data.map((item) => item.value));
  const width = 40 * data.length;
  return (
    <svg viewBox={\`0 0 \${width} \${height + 20}\`} role="img" aria-label="Bar chart" style={{ width: '100%', maxWidth: width * 2 }}>
      {data.map((item, index) => {
        const barHeight = (item.value / max) * height;
        return (
          <g key={item.label}>
            <rect x={index * 40 + 6} y={height - barHeight} width={28} height={barHeight} fill="currentColor"><title>{\`\${item.label}: \${item.value}\`}</title></rect>
            <text x={index * 40 + 20} y={height + 14} textAnchor="middle" fontSize={10}>{item.label}</text>
          </g>
        );
      })}
    </svg>
  );
}`,
  },
];
