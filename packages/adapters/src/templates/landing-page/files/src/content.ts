import type { Feature, Plan } from './types';

// All copy lives here, so a change of wording never touches the layout.
export const hero = { title: 'Ship your idea this week', subtitle: 'A landing page with a hero, features, pricing and a FAQ.', cta: 'Get started' };

export const features: Feature[] = [
  { title: 'Fast', text: 'Static pages that load in an instant.' },
  { title: 'Clear', text: 'One message per section, one call to action.' },
  { title: 'Yours', text: 'Edit src/content.ts to make it your own.' },
];

export const plans: Plan[] = [
  { name: 'Starter', price: 0, perks: ['1 project', 'Community support'] },
  { name: 'Pro', price: 12, perks: ['Unlimited projects', 'Email support'] },
];

export const faq: Array<{ question: string; answer: string }> = [
  { question: 'Can I cancel any time?', answer: 'Yes, with one click.' },
  { question: 'Is there a free plan?', answer: 'Yes: Starter is free forever.' },
];
