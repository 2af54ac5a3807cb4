import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { postgresStorage } from './postgres-storage.js';

describe('postgresStorage (no server needed)', () => {
  let saved: string | undefined;
  beforeEach(() => {
    saved = process.env.DATABASE_URL;
    delete process.env.DATABASE_URL;
  });
  afterEach(() => {
    if (saved === undefined) delete process.env.DATABASE_URL;
    else process.env.DATABASE_URL = saved;
  });

  it('default: creating the storage connects to nothing', async () => {
    const storage = postgresStorage({ connectionString: 'postgres://nobody@127.0.0.1:1/none' });
    expect(storage.provider).toBe('postgres');
    await storage.close();
  });

  it('error: no connection string and no DATABASE_URL', async () => {
    const storage = postgresStorage();
    await expect(storage.listProjects({ ownerId: 'owner-1' })).rejects.toMatchObject({ code: 'INVALID_INPUT', message: expect.stringContaining('DATABASE_URL') });
  });

  it('error: an unreachable server is retried for retryForMs, then a retryable STORAGE_UNAVAILABLE saying to check the database and resume', async () => {
    const storage = postgresStorage({ connectionString: 'postgres://nobody@127.0.0.1:1/none', retryForMs: 600 });
    try {
      const error = await storage.listProjects({ ownerId: 'owner-1' }).catch((thrown: unknown) => thrown);
      expect(error).toMatchObject({ code: 'STORAGE_UNAVAILABLE', retryable: true, details: { action: 'listProjects', provider: 'postgres' } });
      expect((error as Error).message).toMatch(/ECONNREFUSED.*Check that the database server is running.*buildwright resume <runId>.*builder\.resume\(runId\)/);
      expect((error as { details: { attempts: number } }).details.attempts).toBeGreaterThan(1);
    } finally {
      await storage.close();
    }
  });

  it('args: retryForMs 0 tries once; a negative retryForMs is INVALID_INPUT', async () => {
    const storage = postgresStorage({ connectionString: 'postgres://nobody@127.0.0.1:1/none', retryForMs: 0 });
    try {
      await expect(storage.listProjects({ ownerId: 'owner-1' })).rejects.toMatchObject({ code: 'STORAGE_UNAVAILABLE', details: { attempts: 1 } });
    } finally {
      await storage.close();
    }
    expect(() => postgresStorage({ retryForMs: -1 })).toThrow(expect.objectContaining({ code: 'INVALID_INPUT' }));
  });

  it('behavior: close() ends a call that is waiting for the server at once', async () => {
    const storage = postgresStorage({ connectionString: 'postgres://nobody@127.0.0.1:1/none', retryForMs: 60_000 });
    const waiting = storage.listProjects({ ownerId: 'owner-1' }).catch((thrown: unknown) => thrown);
    await new Promise((resolve) => setTimeout(resolve, 300));
    await storage.close();
    expect(await waiting).toMatchObject({ code: 'STORAGE_ERROR', message: expect.stringContaining('closed') });
  });
});
