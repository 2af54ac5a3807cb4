import { useState } from 'react';
import type { FormEvent } from 'react';
import { validateContact } from '../forms';
import type { ContactForm, FieldErrors } from '../types';

const empty: ContactForm = { name: '', email: '', message: '' };

export default function Contact() {
  const [form, setForm] = useState<ContactForm>(empty);
  const [errors, setErrors] = useState<FieldErrors<ContactForm>>({});
  const [sent, setSent] = useState(false);

  const update = (field: keyof ContactForm) => (event: { target: { value: string } }) => setForm({ ...form, [field]: event.target.value });
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const found = validateContact(form);
    setErrors(found);
    if (Object.keys(found).length === 0) setSent(true);
  };

  if (sent) return <p role="status">Thanks, {form.name}! We will reply to {form.email}.</p>;
  return (
    <form onSubmit={submit} noValidate className="max-w-md space-y-3">
      <h1 className="text-2xl font-bold">Contact</h1>
      {(['name', 'email'] as const).map((field) => (
        <div key={field}>
          <label htmlFor={field} className="block text-sm font-medium capitalize">
            {field}
          </label>
          <input id={field} type={field === 'email' ? 'email' : 'text'} value={form[field]} onChange={update(field)} aria-invalid={Boolean(errors[field])} className="w-full rounded border px-2 py-1" />
          {errors[field] && <p className="text-sm text-red-700">{errors[field]}</p>}
        </div>
      ))}
      <div>
        <label htmlFor="message" className="block text-sm font-medium">
          Message
        </label>
        <textarea id="message" value={form.message} onChange={update('message')} aria-invalid={Boolean(errors.message)} className="w-full rounded border px-2 py-1" />
        {errors.message && <p className="text-sm text-red-700">{errors.message}</p>}
      </div>
      <button type="submit" className="rounded bg-blue-700 px-4 py-2 text-white">
        Send
      </button>
    </form>
  );
}
