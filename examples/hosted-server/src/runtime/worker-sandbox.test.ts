import { describe, expect, it } from 'vitest';
import { loadConfig } from '../config/config.js';
import { workerSandbox } from './worker-sandbox.js';

const secrets = { JWT_SECRET: 'j'.repeat(32), APP_SECRET: 'a'.repeat(32) };

describe('the workers sandbox configuration', () => {
  it('args: WORKER_SPARE_TEMPLATES with the local sandbox gives each worker a spare sandbox of each named template', () => {
    const config = loadConfig({ ...secrets, WORKER_SANDBOX: 'local', WORKER_SPARE_TEMPLATES: 'dapp-vite, react-vite' });
    expect(config.spareTemplates).toEqual(['dapp-vite', 'react-vite']);
    expect(workerSandbox(config).spareSandboxes).toEqual({ templates: ['dapp-vite', 'react-vite'] });
  });

  it('default: no WORKER_SPARE_TEMPLATES keeps no spare', () => {
    const config = loadConfig({ ...secrets, WORKER_SANDBOX: 'local' });
    expect(config.spareTemplates).toEqual([]);
    expect(workerSandbox(config)).not.toHaveProperty('spareSandboxes');
  });

  it('error: spare templates with the memory sandbox are a configuration error naming both variables', () => {
    expect(() => loadConfig({ ...secrets, WORKER_SPARE_TEMPLATES: 'react-vite' })).toThrow(/configuration is incomplete:\n {2}WORKER_SPARE_TEMPLATES: spare sandboxes need WORKER_SANDBOX=local/);
  });
});
