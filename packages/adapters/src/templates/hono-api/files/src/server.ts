import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { app } from './app';

const port = Number(process.env.PORT ?? 3000);
const hostname = process.env.HOST ?? '127.0.0.1';

// The API's interactive docs page is served from another origin: CORS lets its "try it" call the API.
const server = new Hono();
server.use(cors({ origin: '*', exposeHeaders: ['Location'] }));
server.all('*', (c) => app.fetch(c.req.raw));

serve({ fetch: server.fetch, port, hostname }, (info) => {
  console.log(`API listening on http://${hostname}:${info.port}`);
});
