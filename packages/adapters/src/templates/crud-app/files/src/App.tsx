import { useState } from 'react';
import type { FormEvent } from 'react';
import ItemRow from './components/ItemRow';
import { useItems } from './useItems';

export default function App() {
  const { items, loading, add, save, remove } = useItems();
  const [title, setTitle] = useState('');
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!title.trim()) return;
    void add(title.trim());
    setTitle('');
  };
  return (
    <main className="mx-auto min-h-screen max-w-xl space-y-4 p-6 text-slate-900">
      <h1 className="text-2xl font-bold">Items</h1>
      <form onSubmit={submit} className="flex gap-2">
        <label htmlFor="new-title" className="sr-only">
          New item
        </label>
        <input id="new-title" value={title} onChange={(event) => setTitle(event.target.value)} placeholder="New item" className="flex-1 rounded border px-2 py-1" />
        <button type="submit" className="rounded bg-blue-700 px-4 py-1 text-white">
          Add
        </button>
      </form>
      {loading ? <p>Loading…</p> : <ul className="space-y-2">{items.map((item) => <ItemRow key={item.id} item={item} onSave={(next) => void save(next)} onRemove={(id) => void remove(id)} />)}</ul>}
    </main>
  );
}
