import { hero } from '../content';

export default function Hero() {
  return (
    <section className="bg-indigo-700 px-6 py-20 text-center text-white">
      <h1 className="text-4xl font-bold">{hero.title}</h1>
      <p className="mt-4 text-lg">{hero.subtitle}</p>
      <a href="#pricing" className="mt-8 inline-block rounded bg-white px-6 py-3 font-semibold text-indigo-800">
        {hero.cta}
      </a>
    </section>
  );
}
