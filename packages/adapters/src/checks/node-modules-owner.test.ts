import type { Sandbox } from '@buildwright/core';
import { describe, expect, it } from 'vitest';
import { nodeModulesOwner } from './node-modules-owner.js';

const sandbox = (root: string) => ({ root }) as Sandbox;
const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

describe('nodeModulesOwner', () => {
  it('behavior: an exclusive use asks the shared users to let go and starts only once each has', async () => {
    const owner = nodeModulesOwner(sandbox('/p/one'));
    const order: string[] = [];
    const worker = await owner.shared();
    worker.signal.addEventListener('abort', () => {
      order.push('worker asked to stop');
      setTimeout(() => {
        order.push('worker stopped');
        worker.release();
      }, 20);
    });
    await owner.exclusive(async () => void order.push('install'));
    expect(order).toEqual(['worker asked to stop', 'worker stopped', 'install']);
  });

  it('behavior: no shared use begins while an exclusive one waits or runs; exclusive ones run one at a time', async () => {
    const owner = nodeModulesOwner(sandbox('/p/two'));
    const order: string[] = [];
    let finish!: () => void;
    const first = owner.exclusive(() => new Promise<void>((resolve) => (finish = () => (order.push('install 1 done'), resolve()))));
    const second = owner.exclusive(async () => void order.push('install 2'));
    const worker = owner.shared().then((use) => (order.push('worker starts'), use));
    await tick();
    expect(order).toEqual([]);
    finish();
    await Promise.all([first, second]);
    (await worker).release();
    expect(order).toEqual(['install 1 done', 'install 2', 'worker starts']);
  });

  it('behavior: two sandboxes on one directory share one owner; other directories are independent', async () => {
    const use = await nodeModulesOwner(sandbox('/p/three')).shared();
    let ran = false;
    const install = nodeModulesOwner(sandbox('/p/three')).exclusive(async () => void (ran = true));
    await nodeModulesOwner(sandbox('/p/four')).exclusive(async () => {});
    await tick();
    expect([use.signal.aborted, ran]).toEqual([true, false]);
    use.release();
    await install;
    expect(ran).toBe(true);
  });

  it('behavior: an exclusive use that throws lets the next user in', async () => {
    const owner = nodeModulesOwner(sandbox('/p/five'));
    await expect(owner.exclusive(async () => Promise.reject(new Error('npm failed')))).rejects.toThrow('npm failed');
    const use = await owner.shared();
    expect(use.signal.aborted).toBe(false);
    use.release();
  });
});
