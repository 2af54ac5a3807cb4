import { describe, expect, it } from 'vitest';
import { dappViteTemplate, reactViteTemplate, templates } from '../index.js';

describe('dappViteTemplate', () => {
  it('default: is the registered dapp-vite template of kind dapp', () => {
    expect(templates['dapp-vite']).toBe(dappViteTemplate);
    expect(dappViteTemplate).toMatchObject({ name: 'dapp-vite', kind: 'dapp' });
    expect(Object.values(templates).find((template) => template.kind === 'dapp')).toBe(dappViteTemplate);
  });

  it('behavior: wagmi, viem and react-query on top of the react-vite stack, every version pinned', () => {
    const manifest = JSON.parse(dappViteTemplate.files['package.json']!) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    const web = JSON.parse(reactViteTemplate.files['package.json']!) as { dependencies: Record<string, string>; devDependencies: Record<string, string> };
    expect(manifest.dependencies).toMatchObject({ ...web.dependencies, wagmi: expect.any(String), viem: expect.any(String), '@tanstack/react-query': expect.any(String) });
    expect(manifest.devDependencies).toMatchObject({ ...web.devDependencies, vitest: expect.any(String) });
    for (const range of Object.values({ ...manifest.dependencies, ...manifest.devDependencies })) expect(range).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('behavior: the preview dev connector is switched on only by the sandbox-only env variable', () => {
    const config = dappViteTemplate.files['src/wagmi.ts']!;
    expect(config).toContain('import.meta.env.VITE_BUILDWRIGHT_PREVIEW_ACCOUNT');
    expect(config).toContain('previewAccount ? [mock({ accounts: [previewAccount], features: { defaultConnected: true, reconnect: true } })] : [injected()]');
    expect(dappViteTemplate.files['.gitignore']).toContain('*.local');
    expect(Object.keys(dappViteTemplate.files).some((path) => path.startsWith('.env'))).toBe(false);
  });

  it('behavior: the placeholder module exports what the generated one does, and the description teaches the conventions', () => {
    const placeholder = dappViteTemplate.files['src/contracts/deployed.ts']!;
    for (const name of ['contractName', 'address', 'chainId', 'network', 'rpcUrl', 'explorerUrl', 'abi', 'bytecode', 'deployArgs', 'contracts']) expect(placeholder).toContain(`export const ${name}`);
    for (const convention of ['contracts/deploy.json', 'src/contracts/deployed.ts', 'data-bw-read', 'data-bw-write', 'data-bw-example', 'mock connector', 'contracts/existing.json']) {
      expect(dappViteTemplate.description).toContain(convention);
    }
  });
});
