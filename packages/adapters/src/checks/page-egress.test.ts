import { describe, expect, it } from 'vitest';
import { allowOriginsOption, blockedRequestsMode, blockedRequestsNotice, pageOrigins, startPageEgress } from './page-egress.js';

describe('pageOrigins and startPageEgress', () => {
  it('default: only the preview origin; the proxy is bypassed for its host and port alone, loopback included', async () => {
    const egress = await startPageEgress(pageOrigins({ previewUrl: 'http://127.0.0.1:4173/' }));
    try {
      expect(egress.allowed).toEqual([{ origin: 'http://127.0.0.1:4173', label: 'the preview origin' }]);
      expect(egress.contextOptions).toEqual({ proxy: { server: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/), bypass: '<-loopback>,127.0.0.1:4173' }, serviceWorkers: 'block' });
      expect(egress.chromiumArgs).toEqual([
        '--webrtc-ip-handling-policy=disable_non_proxied_udp',
        '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
        '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
      ]);
      expect(egress.issues()).toEqual([]);
    } finally {
      await egress.close();
    }
  });

  it('behavior: allows the exact allowed origins (and their WebSockets), data:, blob: and about:, nothing else', async () => {
    const egress = await startPageEgress(pageOrigins({ previewUrl: 'http://127.0.0.1:4173', rpcUrls: ['http://localhost:8545/rpc'], extra: allowOriginsOption(['https://fonts.example.com/css']) }));
    try {
      for (const url of [
        'http://127.0.0.1:4173/assets/app.js',
        'ws://127.0.0.1:4173/hmr',
        'http://localhost:8545/',
        'https://fonts.example.com/font.woff2',
        'wss://fonts.example.com:443/x',
        'data:image/png;base64,AA',
        'blob:http://127.0.0.1:4173/uuid',
        'about:blank',
      ]) {
        expect([url, egress.allows(url)]).toEqual([url, true]);
      }
      for (const url of [
        'http://127.0.0.1:5432/',
        'http://localhost:4173/',
        'http://127.0.0.1:8545/',
        'https://127.0.0.1:4173/',
        'http://fonts.example.com/',
        'ws://127.0.0.1:6379/',
        'file:///etc/passwd',
        'not a url',
      ]) {
        expect([url, egress.allows(url)]).toEqual([url, false]);
      }
      expect(egress.contextOptions.proxy.bypass).toBe('<-loopback>,127.0.0.1:4173,localhost:8545,fonts.example.com:443');
      expect(egress.chromiumArgs.at(-1)).toBe('--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost, EXCLUDE fonts.example.com');
      expect(egress.serves(pageOrigins({ previewUrl: 'http://127.0.0.1:4173', rpcUrls: ['http://localhost:8545'], extra: allowOriginsOption(['https://fonts.example.com']) }))).toBe(true);
      expect(egress.serves(pageOrigins({ previewUrl: 'http://127.0.0.1:4174', rpcUrls: ['http://localhost:8545'], extra: allowOriginsOption(['https://fonts.example.com']) }))).toBe(false);
    } finally {
      await egress.close();
    }
  });

  it("behavior: Chromium's console error about a blocked URL becomes the blocked request; other console errors stay", async () => {
    const egress = await startPageEgress(pageOrigins({ previewUrl: 'http://127.0.0.1:4173' }));
    try {
      expect(egress.explains("WebSocket connection to 'ws://127.0.0.1:6379/live?token=1' failed: Error in connection establishment: net::ERR_TUNNEL_CONNECTION_FAILED")).toBe(true);
      expect(egress.explains('Failed to establish a connection to https://127.0.0.1:6380/x: net::ERR_TUNNEL_CONNECTION_FAILED.')).toBe(true);
      expect(egress.explains('GET http://127.0.0.1:4173/api net::ERR_CONNECTION_REFUSED')).toBe(false);
      expect(egress.explains('could not reach http://127.0.0.1:6379/ (app message)')).toBe(false);
      expect(egress.issues()).toEqual([
        { message: 'blocked WebSocket to ws://127.0.0.1:6379/live (only the preview origin may be loaded)' },
        { message: 'blocked request to https://127.0.0.1:6380/x (only the preview origin may be loaded)' },
      ]);
      expect(blockedRequestsNotice('Browser check', egress.issues())).toBe(
        "Browser check: the page made 2 requests outside the allowed origins, blocked (blockedRequests: 'warn'): blocked WebSocket to ws://127.0.0.1:6379/live (only the preview origin may be loaded); blocked request to https://127.0.0.1:6380/x (only the preview origin may be loaded)",
      );
    } finally {
      await egress.close();
    }
  });

  it('error: allowOrigins entries must be http(s) or ws(s) URLs, blockedRequests fail or warn', () => {
    expect(allowOriginsOption(['ws://127.0.0.1:9000/socket'])).toEqual([{ origin: 'http://127.0.0.1:9000', label: 'allowOrigins' }]);
    for (const bad of [['cdn.example.com'], ['ftp://files.example.com'], [42], 'https://cdn.example.com']) {
      expect(() => allowOriginsOption(bad)).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
    }
    expect(blockedRequestsMode(undefined)).toBe('fail');
    expect(blockedRequestsMode('warn')).toBe('warn');
    expect(() => blockedRequestsMode('off')).toThrow(expect.objectContaining({ code: 'INVALID_INPUT', message: "blockedRequests must be 'fail' or 'warn', not \"off\"." }));
  });
});
