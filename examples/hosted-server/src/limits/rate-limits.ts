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
  const middleware = (name: string, points: number, keyOf: (context: Parameters<MiddlewareHandler<AppEnv>>[0]) => string, what: string): MiddlewareHandler<AppEnv> => {
    const counter = limiter(name, points);
    return async (context, next) => {
      try {
        const result = await counter.consume(keyOf(context));
        context.header('RateLimit-Limit', String(points));
        context.header('RateLimit-Remaining', String(result.remainingPoints));
      } catch (rejection) {
        if (!(rejection instanceof RateLimiterRes)) throw rejection;
        const retryAfter = Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
        throw new HttpError(429, 'TOO_MANY_REQUESTS', `Too many requests ${what} (${points} a minute): try again in ${retryAfter} s.`, { 'Retry-After': String(retryAfter) });
      }
      await next();
    };
  };
  return {
    perAddress: middleware('ip', options.ipPerMinute, (context) => context.get('clientAddress'), 'from this address'),
    perUser: middleware('user', options.userPerMinute, (context) => context.get('principal').userId, 'for this account'),
    perLogin: middleware('login', options.loginPerMinute, (context) => context.get('clientAddress'), 'to sign in from this address'),
  };
}
