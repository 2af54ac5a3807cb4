import { plans } from '../content';

export default function Pricing() {
  return (
    <section id="pricing" className="mx-auto max-w-5xl px-6 py-16">
      <h2 className="text-3xl font-bold">Pricing</h2>
      <div className="mt-6 grid gap-6 md:grid-cols-2">
        {plans.map((plan) => (
          <article key={plan.name} className="rounded-lg bg-white p-6 shadow">
            <h3 className="text-xl font-semibold">{plan.name}</h3>
            <p className="mt-2 text-3xl font-bold">{plan.price === 0 ? 'Free' : `$${plan.price}/mo`}</p>
            <ul className="mt-4 list-disc pl-5">
              {plan.perks.map((perk) => (
                <li key={perk}>{perk}</li>
              ))}
            </ul>
          </article>
        ))}
      </div>
    </section>
  );
}
