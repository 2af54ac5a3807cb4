import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { HttpError } from '../http/http-error.js';

// Addresses a webhook must not reach unless the deployment allows it (WEBHOOK_ALLOW_PRIVATE_URLS):
// the server's own loopback, private networks, link-local (cloud metadata at 169.254.169.254), CGNAT.
const blocked = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.168.0.0', 16],
] as const)
  blocked.addSubnet(network, prefix, 'ipv4');
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['::ffff:0:0', 96],
] as const)
  blocked.addSubnet(network, prefix, 'ipv6');

/**
 * Refuses (400) a webhook URL that is not http(s), or, unless `allowPrivate`, that is not https or
 * whose host resolves to a loopback, private or link-local address (server-side request forgery).
 * Checked when the endpoint is registered and again before each delivery (DNS can change).
 *
 * @example
 * await assertDeliverableUrl('https://hooks.example.com/buildwright', { allowPrivate: false });
 */
export async function assertDeliverableUrl(url: string, options: { allowPrivate: boolean }): Promise<void> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new HttpError(400, 'INVALID_INPUT', `${url} is not a URL.`);
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new HttpError(400, 'INVALID_INPUT', 'A webhook URL must be http(s).');
  if (options.allowPrivate) return;
  if (parsed.protocol !== 'https:') throw new HttpError(400, 'INVALID_INPUT', 'A webhook URL must be https.');
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  const addresses = isIP(host) ? [{ address: host, family: isIP(host) }] : await lookup(host, { all: true }).catch(() => []);
  if (addresses.length === 0) throw new HttpError(400, 'INVALID_INPUT', `The webhook host ${host} does not resolve.`);
  for (const { address, family } of addresses) {
    if (blocked.check(address, family === 6 ? 'ipv6' : 'ipv4'))
      throw new HttpError(400, 'INVALID_INPUT', `The webhook host ${host} resolves to a private address (${address}), which webhooks may not reach.`);
  }
}
