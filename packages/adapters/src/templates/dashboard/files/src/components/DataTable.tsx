import { useState } from 'react';

export interface Column<T> {
  key: keyof T & string;
  label: string;
  format?: (value: T[keyof T]) => string;
}

interface Props<T> {
  caption: string;
  rows: T[];
  columns: Column<T>[];
  rowKey: (row: T) => string;
}

/** A table sorted by the column whose header was clicked last (click again to reverse). */
export default function DataTable<T>({ caption, rows, columns, rowKey }: Props<T>) {
  const [sort, setSort] = useState<{ key: keyof T; ascending: boolean } | null>(null);
  const sorted = sort ? [...rows].sort((a, b) => (a[sort.key] < b[sort.key] ? -1 : a[sort.key] > b[sort.key] ? 1 : 0) * (sort.ascending ? 1 : -1)) : rows;
  return (
    <table className="w-full rounded-lg bg-white text-left shadow">
      <caption className="p-2 text-left font-semibold">{caption}</caption>
      <thead>
        <tr>
          {columns.map((column) => (
            <th key={column.key} className="p-2">
              <button type="button" onClick={() => setSort({ key: column.key, ascending: sort?.key === column.key ? !sort.ascending : true })}>
                {column.label}
              </button>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {sorted.map((row) => (
          <tr key={rowKey(row)} className="border-t">
            {columns.map((column) => (
              <td key={column.key} className="p-2">
                {column.format ? column.format(row[column.key]) : String(row[column.key])}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
