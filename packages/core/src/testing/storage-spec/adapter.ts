import { beforeAll, describe, expect, it } from 'vitest';
import type { StorageAdapter } from '../../spec/storage.js';
import { type StorageSpecContext } from './context.js';

/** Storage spec, adapter: see {@link runStorageSpec}. */
export function describeAdapter(spec: StorageSpecContext): void {
  const { newProject } = spec;
  describe('adapter', () => {
    let storage!: StorageAdapter;
    beforeAll(() => {
      storage = spec.storage();
    });

    it('default: declares specification v1 and a provider name', () => {
      expect(storage.specificationVersion).toBe('v1');
      expect(typeof storage.provider).toBe('string');
      expect(storage.provider.length).toBeGreaterThan(0);
    });

    it('behavior: migrate can be called again', async () => {
      await storage.migrate();
      const project = await newProject();
      expect(await storage.getProject({ ownerId: project.ownerId, projectId: project.id })).toEqual(project);
    });
  });
}
