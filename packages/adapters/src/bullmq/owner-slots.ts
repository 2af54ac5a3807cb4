import type { Redis } from 'ioredis';

/**
 * Takes a slot of an owner when fewer than `limit` are taken (or the member holds one already);
 * slots are a sorted set scored by expiry (Redis's clock), so a dead worker's slot frees itself.
 * KEYS[1] the owner's set; ARGV member, limit, ttl (ms). Returns 1 when the slot is held.
 */
const acquireScript = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZSCORE', KEYS[1], ARGV[1]) or redis.call('ZCARD', KEYS[1]) < tonumber(ARGV[2]) then
  redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ARGV[1])
  redis.call('PEXPIRE', KEYS[1], ARGV[3])
  return 1
end
return 0
`;

/**
 * The per-owner limiter of `bullmqQueue`: how many jobs of one owner run at once across every
 * worker. It only counts; a job that finds no free slot is moved to BullMQ's delayed set and tried
 * again later, so the queue keeps ordering and delivery.
 */
export class OwnerSlots {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    private readonly limit: number,
    /** How long a slot lasts without renewal (ms): a dead worker's slot frees itself after it. */
    private readonly ttlMs: number,
  ) {}

  private key(ownerId: string): string {
    return `${this.keyPrefix}:owner-slots:${ownerId}`;
  }

  /** True when `jobId` now holds a slot of `ownerId`. */
  async acquire(ownerId: string, jobId: string): Promise<boolean> {
    return (await this.redis.eval(acquireScript, 1, this.key(ownerId), jobId, this.limit, this.ttlMs)) === 1;
  }

  /** Extends the slot's life while its job runs. */
  async renew(ownerId: string, jobId: string): Promise<void> {
    await this.acquire(ownerId, jobId);
  }

  async release(ownerId: string, jobId: string): Promise<void> {
    await this.redis.zrem(this.key(ownerId), jobId);
  }
}
