import { BuildwrightError } from '@buildwright/core';
import type { CheckIssue } from '@buildwright/core';
import type { BrowserContext } from 'playwright-core';
import { startEgressSink } from './egress-sink.js';

/** An origin the page may load, and the words a report uses for it ("the preview origin"). */
export interface AllowedOrigin {
  origin: string;
  label: string;
}

export interface PageOriginsOptions {
  /** The preview server's URL: its origin is always allowed. */
  previewUrl: string;
  /** The chain's JSON-RPC URLs, for DApps (the page talks to them): the chain adapter's, and a given contract's on another chain. */
  rpcUrls?: readonly string[];
  /** Extra origins, from `allowOriginsOption()`. */
  extra?: readonly AllowedOrigin[];
}

/**
 * The origins a check's page may load, in this order: the preview origin, the chain's RPC origin
 * (DApps), the extra ones.
 *
 * @example
 * pageOrigins({ previewUrl: 'http://127.0.0.1:4173/', rpcUrls: ['http://127.0.0.1:8545'] });
 * // [{ origin: 'http://127.0.0.1:4173', label: 'the preview origin' }, { origin: 'http://127.0.0.1:8545', label: "the chain's RPC URL" }]
 */
export function pageOrigins(options: PageOriginsOptions): AllowedOrigin[] {
  const allowed: AllowedOrigin[] = [{ origin: new URL(options.previewUrl).origin, label: 'the preview origin' }];
  for (const rpcUrl of options.rpcUrls ?? []) allowed.push({ origin: new URL(rpcUrl).origin, label: "the chain's RPC URL" });
  allowed.push(...(options.extra ?? []));
  return allowed.filter((entry, index) => allowed.findIndex((other) => other.origin === entry.origin) === index);
}

/**
 * A check's `allowOrigins` option as allowed origins: each entry must be an http(s) or ws(s) URL
 * (its path is ignored; a WebSocket origin counts as its http(s) one), else an INVALID_INPUT error.
 *
 * @example
 * allowOriginsOption(['https://fonts.example.com/css']); // [{ origin: 'https://fonts.example.com', label: 'allowOrigins' }]
 */
export function allowOriginsOption(value: unknown, optionName = 'allowOrigins'): AllowedOrigin[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new BuildwrightError({ code: 'INVALID_INPUT', message: `${optionName} must be an array of origins such as ["https://cdn.example.com"].` });
  return value.map((entry: unknown) => {
    const origin = typeof entry === 'string' ? httpOrigin(entry) : undefined;
    if (!origin) {
      throw new BuildwrightError({ code: 'INVALID_INPUT', message: `${optionName} entry ${JSON.stringify(entry)} is not an http(s) or ws(s) URL: give origins such as "https://cdn.example.com".` });
    }
    return { origin, label: optionName };
  });
}

/** What a check does about blocked requests: fail (default), or pass and warn. */
export type BlockedRequests = 'fail' | 'warn';

/** `'fail'` unless given; anything else than the two values is an INVALID_INPUT error. */
export function blockedRequestsMode(value: unknown, optionName = 'blockedRequests'): BlockedRequests {
  if (value === undefined || value === 'fail' || value === 'warn') return value ?? 'fail';
  throw new BuildwrightError({ code: 'INVALID_INPUT', message: `${optionName} must be 'fail' or 'warn', not ${JSON.stringify(value)}.` });
}

/** The page's network policy for one browser: its launch flags, context options, routes and what it blocked. */
export interface PageEgress {
  readonly allowed: readonly AllowedOrigin[];
  /** Chromium launch flags: no UDP outside the proxy (WebRTC), no name resolution but the allowed hosts'. */
  readonly chromiumArgs: string[];
  /** `browser.newContext` options: the black-hole proxy with the allowed origins bypassing it, service workers blocked. */
  readonly contextOptions: { proxy: { server: string; bypass: string }; serviceWorkers: 'block' };
  /** True when `allowed` has the same origins as this policy (a browser launched for it can serve them). */
  serves(allowed: readonly AllowedOrigin[]): boolean;
  /** Whether the page may load `url` (data:, blob: and about: URLs are not network requests). */
  allows(url: string): boolean;
  /** Routes the context's requests and WebSockets: what is not allowed is aborted and noted. Call before opening a page. */
  guard(context: BrowserContext): Promise<void>;
  /**
   * A console error about a blocked request (Chromium's own, naming the URL and a `net::` error)
   * is noted as blocked and returns true: the blocked request is the report, not the message.
   */
  explains(consoleText: string): boolean;
  /** One issue per distinct blocked target, in the order they happened. */
  issues(): CheckIssue[];
  /** Stops the black-hole proxy (after the browser is closed). */
  close(): Promise<void>;
}

/** Most blocked targets noted; a page that loops on requests gets no more. */
const maxNoted = 100;

/**
 * Hosts of Chromium's own services (autofill, sign-in, updates). A form on the page makes Chromium
 * ask autofill over the page's context, so that request reaches the proxy too: blocked like
 * everything else, but not the app's doing, so not reported. The app's own requests to these
 * hosts are still reported by the routes, which see them first.
 */
const chromiumServiceHost = /(^|\.)(google|googleapis|gstatic|gvt1|googleusercontent)\.com$/;

/**
 * Starts the egress policy of a check's page: the page may load only the `allowed` origins (the
 * preview origin; for DApps also the chain's RPC URL; plus `allowOrigins`), and every other
 * request is blocked before it leaves the browser, in layers:
 * 1. `context.route` aborts each request to another origin (fetch, XHR, images, scripts, styles,
 *    fonts, iframes, form posts, `sendBeacon`, navigations, workers' requests) and notes it;
 * 2. `context.routeWebSocket` closes each WebSocket to another origin and notes it;
 * 3. the context's proxy is a black hole (`startEgressSink`) that only the allowed origins bypass
 *    (`<-loopback>` first: Chromium otherwise sends every loopback port around the proxy). It
 *    catches what the routes do not see (WebSockets opened in workers, WebTransport, redirects),
 *    and notes them too;
 * 4. service workers are blocked, WebRTC may not send UDP outside the proxy (so no STUN/TURN or
 *    peer traffic: the proxy takes TCP only and refuses it), and host names other than the
 *    allowed ones do not resolve, so `dns-prefetch` leaks nothing either.
 *
 * @example
 * const egress = await startPageEgress(pageOrigins({ previewUrl: server.url }));
 * const browser = await launchChromium({ executablePath, args: [...chromiumArgs, ...egress.chromiumArgs] });
 * const context = await browser.newContext(egress.contextOptions);
 * await egress.guard(context);
 */
export async function startPageEgress(allowed: readonly AllowedOrigin[]): Promise<PageEgress> {
  const origins = new Set(allowed.map((entry) => entry.origin));
  const labels = [...new Set(allowed.map((entry) => entry.label))];
  const only = `only ${labels.length === 1 ? labels[0] : `${labels.slice(0, -1).join(', ')} and ${labels.at(-1)}`} may be loaded`;
  const sink = await startEgressSink();
  const noted: string[] = [];
  const note = (message: string) => {
    if (noted.length < maxNoted && !noted.includes(message)) noted.push(message);
  };

  const allows = (url: string) => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return false;
    }
    if (parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'about:') return true;
    const origin = httpOrigin(url);
    return origin !== undefined && origins.has(origin);
  };
  const hosts = [...new Set(allowed.map((entry) => new URL(entry.origin).hostname.replace(/^\[(.*)\]$/, '$1')))];
  return {
    allowed,
    chromiumArgs: [
      // The switch Chrome reads (the second is the content shell's): WebRTC may use UDP only through a proxy, and the proxy has none.
      '--webrtc-ip-handling-policy=disable_non_proxied_udp',
      '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
      // 127.0.0.1 is the proxy's own address.
      `--host-resolver-rules=MAP * ~NOTFOUND, ${['127.0.0.1', ...hosts.filter((host) => host !== '127.0.0.1')].map((host) => `EXCLUDE ${host}`).join(', ')}`,
    ],
    contextOptions: {
      proxy: { server: sink.url, bypass: ['<-loopback>', ...allowed.map((entry) => bypassRule(entry.origin))].join(',') },
      serviceWorkers: 'block',
    },
    serves: (other) => other.length === allowed.length && other.every((entry) => origins.has(entry.origin)) && other.map((entry) => entry.label).join() === allowed.map((entry) => entry.label).join(),
    allows,
    async guard(context) {
      await context.route(
        (url) => !allows(url.href),
        async (route) => {
          note(`blocked request to ${shortUrl(route.request().url())} (${only})`);
          await route.abort('blockedbyclient').catch(() => {});
        },
      );
      await context.routeWebSocket(
        (url) => !allows(url.href),
        async (socket) => {
          note(`blocked WebSocket to ${shortUrl(socket.url())} (${only})`);
          await socket.close({ code: 1008, reason: `blocked: ${only}` }).catch(() => {});
        },
      );
    },
    explains(consoleText) {
      if (!consoleText.includes('net::ERR_')) return false;
      const urls = (consoleText.match(/\b(?:https?|wss?):\/\/[^\s'"<>`]+/g) ?? []).map((url) => url.replace(/[.,:;)\]]+$/, ''));
      const blocked = urls.filter((url) => !allows(url));
      for (const url of blocked) note(`blocked ${/^wss?:/.test(url) ? 'WebSocket' : 'request'} to ${shortUrl(url)} (${only})`);
      return blocked.length > 0;
    },
    issues() {
      for (const target of sink.attempts()) {
        if (/^[a-z][a-z0-9+.-]*:\/\//i.test(target)) {
          if (!chromiumServiceHost.test(hostOf(target))) note(`blocked request to ${shortUrl(target)} (${only})`);
        } else if (!chromiumServiceHost.test(target.replace(/:\d+$/, ''))) {
          note(`blocked connection to ${target} (${only})`);
        }
      }
      return noted.map((message) => ({ message }));
    },
    close: () => sink.close(),
  };
}

/** The fix step's advice after blocked requests (the `extra` of a failed report). */
export const blockedRequestsAdvice =
  'The page may load only its own origin: bundle scripts, styles, fonts and images with the app (npm packages, files under public/) and remove requests to other hosts and ports.';

/**
 * The `notice.posted` text for requests blocked under `blockedRequests: 'warn'`.
 *
 * @example
 * await context.emit({ type: 'notice.posted', level: 'warn', message: blockedRequestsNotice('Browser check', egress.issues()) });
 */
export function blockedRequestsNotice(check: string, issues: CheckIssue[]): string {
  const listed = issues
    .slice(0, 5)
    .map((issue) => issue.message)
    .join('; ');
  return `${check}: the page made ${issues.length} request${issues.length === 1 ? '' : 's'} outside the allowed origins, blocked (blockedRequests: 'warn'): ${listed}${issues.length > 5 ? `; …and ${issues.length - 5} more` : ''}`;
}

/** The http(s) origin of an http(s) or ws(s) URL; undefined for anything else. */
function httpOrigin(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    const protocol = { 'http:': 'http:', 'https:': 'https:', 'ws:': 'http:', 'wss:': 'https:' }[parsed.protocol];
    // `host` leaves out the scheme's default port, which ws/http and wss/https share.
    return protocol && parsed.host ? `${protocol}//${parsed.host}` : undefined;
  } catch {
    return undefined;
  }
}

/** Chromium's proxy bypass rule for exactly one origin's host and port. */
function bypassRule(origin: string): string {
  const url = new URL(origin);
  return `${url.hostname}:${url.port || (url.protocol === 'https:' ? '443' : '80')}`;
}

/** The URL without query and fragment (they add nothing for the fix step and may be long), at most 200 characters. */
function shortUrl(url: string): string {
  let short = url;
  try {
    const parsed = new URL(url);
    short = `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
  } catch {
    // Not a URL: shown as it is.
  }
  return short.length > 200 ? `${short.slice(0, 200)}…` : short;
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
