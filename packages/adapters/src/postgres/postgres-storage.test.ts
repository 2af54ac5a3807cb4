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

  it('error: an unreachable server is a retryable STORAGE_ERROR', async () => {
    const storage = postgresStorage({ connectionString: 'postgres://nobody@127.0.0.1:1/none' });
    try {
      await expect(storage.listProjects({ ownerId: 'owner-1' })).rejects.toMatchObject({ code: 'STORAGE_ERROR', retryable: true });
    } finally {
      await storage.close();
    }
  });
});
