import type { Redis } from 'ioredis';
import type { MiddlewareHandler } from 'hono';
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import type { AppEnv } from '../http/app-env.js';
import { HttpError } from '../http/http-error.js';

/** The rate limits of a deployment, counted in Redis so every API process shares them. */
export interface RateLimits {
  /** Every request, by client address. */
  perAddress: MiddlewareHandler<AppEnv>;
  /** Every authenticated request, by user (after `authenticated()`). */
  perUser: MiddlewareHandler<AppEnv>;
  /** Sign-in and sign-up attempts, by client address (password guessing). */
  perLogin: MiddlewareHandler<AppEnv>;
  /** The per-user limit outside a request (a WebSocket authenticating): throws the same 429 `HttpError`. */
  consumeUser(userId: string): Promise<void>;
}

/**
 * Fixed one-minute windows in Redis (`rate-limiter-flexible`), keys under `<prefix>:rl:`. Over a
 * limit a request is answered 429 `TOO_MANY_REQUESTS` with `Retry-After` (seconds to the window's
 * end). If Redis fails, an in-memory limiter of the same size takes over in this process, so an
 * outage neither opens the gates nor takes the API down.
 *
 * @example
 * const limits = rateLimits({ redis, prefix: 'hs', ipPerMinute: 100, userPerMinute: 300, loginPerMinute: 10 });
 * app.use('*', limits.perAddress);
 */
export function rateLimits(options: { redis: Redis; prefix: string; ipPerMinute: number; userPerMinute: number; loginPerMinute: number }): RateLimits {
  const limiter = (name: string, points: number) =>
    new RateLimiterRedis({
      storeClient: options.redis,
      keyPrefix: `${options.prefix}:rl:${name}`,
      points,
      duration: 60,
      insuranceLimiter: new RateLimiterMemory({ keyPrefix: `${options.prefix}:rl:${name}:insurance`, points, duration: 60 }),
    });
  /** Takes one point of `key`: the remaining points, or a 429 `HttpError` with `Retry-After`. */
  const counter = (name: string, points: number, what: string) => {
    const limit = limiter(name, points);
    return async (key: string) => {
      try {
        return (await limit.consume(key)).remainingPoints;
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        throw new HttpError(429, 'TOO_MANY_REQUESTS', `Too many requests ${what} (${points} a minute): try again in ${retryAfter} s.`, { 'Retry-After': String(retryAfter) });
      }
    };
  };
  const middleware = (consume: (key: string) => Promise<number>, points: number, keyOf: (context: Parameters<MiddlewareHandler<AppEnv>>[0]) => string): MiddlewareHandler<AppEnv> => {
    return async (context, next) => {
      const remaining = await consume(keyOf(context));
      context.header('RateLimit-Limit', String(points));
      context.header('RateLimit-Remaining', String(remaining));
      await next();
    };
  };
  const perUser = counter('user', options.userPerMinute, 'for this account');
  return {
    perAddress: middleware(counter('ip', options.ipPerMinute, 'from this address'), options.ipPerMinute, (context) => context.get('clientAddress')),
    perUser: middleware(perUser, options.userPerMinute, (context) => context.get('principal').userId),
    perLogin: middleware(counter('login', options.loginPerMinute, 'to sign in from this address'), options.loginPerMinute, (context) => context.get('clientAddress')),
    consumeUser: async (userId) => {
      await perUser(userId);
    },
  };
}
