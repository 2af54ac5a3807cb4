import { useState } from 'react';
import type { Item } from '../types';

interface Props {
  item: Item;
  onSave: (item: Item) => void;
  onRemove: (id: string) => void;
}

export default function ItemRow({ item, onSave, onRemove }: Props) {
  const [editing, setEditing] = useState(false);
  const [title, setTitle] = useState(item.title);
  return (
    <li className="flex items-center gap-2 rounded bg-white p-2 shadow">
      <input type="checkbox" checked={item.done} onChange={() => onSave({ ...item, done: !item.done })} aria-label={`Done: ${item.title}`} />
      {editing ? (
        <input value={title} onChange={(event) => setTitle(event.target.value)} aria-label="Title" className="flex-1 rounded border px-2" />
      ) : (
        <span className={item.done ? 'flex-1 line-through' : 'flex-1'}>{item.title}</span>
      )}
      <button
        type="button"
        onClick={() => {
          if (editing && title.trim()) onSave({ ...item, title: title.trim() });
          setEditing(!editing);
        }}
      >
        {editing ? 'Save' : 'Edit'}
      </button>
      <button type="button" onClick={() => onRemove(item.id)}>
        Delete
      </button>
    </li>
  );
}
