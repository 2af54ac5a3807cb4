import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const source = (path: string) => fileURLToPath(new URL(`../../../packages/${path}`, import.meta.url));
/** The API `npm run dev` starts; `npm run web:dev` sends it every request that is not the page's. */
const api = process.env.API_URL ?? 'http://127.0.0.1:3000';

// The dashboard lives under /app/ (the API serves the build there), so no page path shadows an API route.
// It uses the workspace packages' sources, so no package build is needed first.
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/app/',
  resolve: {
    alias: [
      { find: /^@buildwright\/react$/, replacement: source('react/src/index.ts') },
      { find: /^@buildwright\/client$/, replacement: source('client/src/index.ts') },
    ],
    dedupe: ['react', 'react-dom'],
  },
  esbuild: { jsx: 'automatic' },
  build: { outDir: 'dist', emptyOutDir: true },
  server: {
    port: 5173,
    strictPort: true,
    // Everything outside /app/ is the API's: its routes, the builder's SSE, previews, and the run sockets.
    proxy: { '^/(?!app(/|$)).*': { target: api, ws: true, changeOrigin: false } },
  },
  logLevel: 'warn',
});
