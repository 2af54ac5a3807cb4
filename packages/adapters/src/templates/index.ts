export { dappViteTemplate } from './dapp-vite/dapp-vite-template.js';
export { honoApiTemplate } from './hono-api/hono-api-template.js';
export { reactViteTemplate } from './react-vite/react-vite-template.js';
export { templates } from './template-registry.js';
export { builtInPatterns } from './patterns/built-in-patterns.js';
