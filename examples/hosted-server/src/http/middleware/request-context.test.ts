import { describe, expect, it } from 'vitest';
import { redactPath } from './request-context.js';

describe('redactPath', () => {
  it('behavior: preview tokens and trigger signatures never reach the logs', () => {
    expect(redactPath('/previews/eyJhbGciOi.abc.def/app.js')).toBe('/previews/[token]/app.js');
    expect(redactPath('/hooks/triggers/6a1c3e52-0a51-4d3c-9d4f-0d1e2f3a4b5c/c2lnbmF0dXJl')).toBe('/hooks/triggers/6a1c3e52-0a51-4d3c-9d4f-0d1e2f3a4b5c/[signature]');
    expect(redactPath('/api/builder/projects')).toBe('/api/builder/projects');
  });
});
