import type { Template } from '@buildwright/core';
import { reactGuidance } from '../shared/react-guidance.js';
import { reactViteBased } from '../shared/react-vite-based.js';
import { files } from './files.generated.js';

/**
 * A landing / marketing page: hero, features, pricing and FAQ sections, all copy in one content module.
 * Built on the react-vite template's files (React 19, Vite 7, TypeScript strict, Tailwind CSS 4).
 *
 * @example
 * import { landingPageTemplate } from '@buildwright/adapters/templates';
 *
 * const run = builder.generate({ prompt: 'A ...', kind: 'web', template: landingPageTemplate.name });
 */
export const landingPageTemplate: Template = {
  name: 'landing-page',
  ...reactViteBased(files),
  description:
    'Landing / marketing page in React 19: sections in src/sections/ (Hero, Features, Pricing, Faq), every piece of copy in src/content.ts, in-page anchors (#pricing). Vite 7, TypeScript (strict), Tailwind CSS 4.',
  stack: ['react@19', 'vite@7', 'typescript@5', 'tailwindcss@4', 'eslint@9'],
  tags: [
    'landing page',
    'marketing',
    'homepage',
    'product page',
    'startup',
    'saas',
    'hero',
    'call to action',
    'pricing',
    'features',
    'testimonials',
    'faq',
    'newsletter',
    'waitlist',
    'portfolio',
    'agency',
    'coffee shop',
    'restaurant',
    'event',
    'conference',
  ],
  guidance: [
    reactGuidance.entry,
    reactGuidance.types,
    reactGuidance.config,
    reactGuidance.browser,
    'Layout: one component per section in src/sections/, composed in src/App.tsx inside <main>; one <h1> (the hero), an <h2> per section. Copy, prices and lists live in src/content.ts. Buttons that scroll link to section ids (href="#pricing").',
    'Images: use inline SVG or CSS gradients (the page reaches only its own origin: no images or fonts from CDNs), and give every <img> an alt text.',
    reactGuidance.checks,
  ].join('\n'),
  searchText: [
    'Landing page or marketing site: a hero with a headline and call to action, features, testimonials, pricing plans, FAQ and a footer.',
    'Homepages for a product, startup, SaaS, app launch, event, conference, restaurant, coffee shop, agency or personal portfolio.',
    'Static one-page website that sells or announces something: waitlist or newsletter signup, sections you scroll through.',
  ].join('\n'),
};
