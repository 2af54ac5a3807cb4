import { Hono } from 'hono';
import { implement } from './openapi';

export const app = new Hono();

implement(app, 'getHealth', (c) => c.json({ status: 'ok' }));

app.notFound((c) => c.json({ error: 'NotFound', message: `No route for ${c.req.method} ${c.req.path}` }, 404));
app.onError((error, c) => c.json({ error: 'InternalError', message: error.message }, 500));
