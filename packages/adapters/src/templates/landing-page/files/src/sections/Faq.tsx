import { faq } from '../content';

export default function Faq() {
  return (
    <section id="faq" className="mx-auto max-w-3xl px-6 py-16">
      <h2 className="text-3xl font-bold">Questions</h2>
      {faq.map((entry) => (
        <details key={entry.question} className="mt-4 rounded bg-white p-4 shadow">
          <summary className="cursor-pointer font-semibold">{entry.question}</summary>
          <p className="mt-2 text-slate-700">{entry.answer}</p>
        </details>
      ))}
    </section>
  );
}
