import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request a receiver got. */
export interface ReceivedWebhook {
  path: string;
  headers: Record<string, string>;
  body: string;
  at: number;
}

/**
 * A local endpoint for outbound webhooks: answers 500 to the first `failFirst` requests of each
 * path (or every request to a path under `/always-fails`), 200 otherwise, and records them all.
 *
 * @example
 * const receiver = await startWebhookReceiver({ failFirst: 1 });
 */
export async function startWebhookReceiver(options: { failFirst?: number } = {}): Promise<{ url: string; received: ReceivedWebhook[]; close(): Promise<void> }> {
  const received: ReceivedWebhook[] = [];
  const seen = new Map<string, number>();
  const server = createServer(async (request, response) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const path = request.url ?? '/';
    received.push({ path, headers: Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)])), body: Buffer.concat(chunks).toString('utf8'), at: Date.now() });
    const count = (seen.get(path) ?? 0) + 1;
    seen.set(path, count);
    response.writeHead(path.startsWith('/always-fails') || count <= (options.failFirst ?? 0) ? 500 : 200).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
