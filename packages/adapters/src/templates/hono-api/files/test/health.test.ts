import { describe, expect, it } from 'vitest';
import { app } from '../src/app';

describe('GET /health', () => {
  it('answers ok', async () => {
    const response = await app.request('/health');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});
