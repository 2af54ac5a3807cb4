import { features } from '../content';

export default function Features() {
  return (
    <section id="features" className="mx-auto grid max-w-5xl gap-6 px-6 py-16 md:grid-cols-3">
      <h2 className="sr-only">Features</h2>
      {features.map((feature) => (
        <article key={feature.title} className="rounded-lg bg-white p-6 shadow">
          <h3 className="text-xl font-semibold">{feature.title}</h3>
          <p className="mt-2 text-slate-700">{feature.text}</p>
        </article>
      ))}
    </section>
  );
}
