import type { Builder } from '@buildwright/core';
import { upgradeWebSocket } from '@hono/node-server';
import { Hono } from 'hono';
import type { WebSocket } from 'ws';
import type { AppEnv } from '../http/app-env.js';
import type { RouteKit } from '../http/route-kit.js';
import { runSocketSession, type RunSocketSession } from './run-socket-session.js';
import { socketCaps } from './socket-caps.js';

/** Where clients connect: `ws(s)://<host>/ws/runs/<runId>`. */
export const runSocketPath = '/ws/runs/:runId';

/** Sockets one user may hold open per API process (as the SDK's SSE streams per owner). */
const socketsPerUser = 50;

/** Pings keep proxies from closing a quiet socket (a plan waiting for approval). */
const pingEveryMs = 25_000;

/**
 * `GET /ws/runs/:runId` upgraded to a WebSocket (on `@hono/node-server`'s `upgradeWebSocket`, with
 * the `ws` server `startApi` gives `serve`): the protocol of {@link runSocketSession}. The upgrade
 * passes the per-address rate limit like any request; the credential comes in the first message,
 * never in the URL (which proxies log). A plain GET is 426.
 *
 * @example
 * app.route('/', runSocketRoutes(kit, builder));
 */
export function runSocketRoutes({ services, limits }: RouteKit, builder: Builder, options: { authTimeoutMs?: number } = {}): Hono<AppEnv> {
  const sockets = socketCaps(socketsPerUser);
  const app = new Hono<AppEnv>();
  app.get(
    runSocketPath,
    upgradeWebSocket((context) => {
      const runId = context.req.param('runId') ?? '';
      const logger = context.get('logger');
      let session: RunSocketSession | undefined;
      let ping: ReturnType<typeof setInterval> | undefined;
      return {
        onOpen(_event, ws) {
          const raw = ws.raw as WebSocket;
          ping = setInterval(() => raw.ping(), pingEveryMs);
          session = runSocketSession({
            runId,
            socket: {
              send: (message) => new Promise<void>((resolve, reject) => raw.send(JSON.stringify(message), (error) => (error ? reject(error) : resolve()))),
              close: (code, reason) => raw.close(code, reason),
            },
            authenticate: services.authenticate,
            consumeUser: limits.consumeUser,
            sockets,
            storage: services.shared.storage,
            builder,
            logger,
            authTimeoutMs: options.authTimeoutMs ?? 10_000,
          });
        },
        onMessage(event) {
          session?.message(event.data);
        },
        onClose() {
          clearInterval(ping);
          session?.closed();
        },
      };
    }),
    (context) => context.json({ error: { code: 'INVALID_INPUT', message: `Connect with a WebSocket (Upgrade: websocket) to ${context.req.path}.` } }, 426),
  );
  return app;
}
