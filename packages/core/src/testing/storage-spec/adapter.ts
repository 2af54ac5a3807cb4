import { describe, expect, it } from 'vitest';
import type { StorageSpecContext } from './context.js';

/** Storage spec, adapter: see runStorageSpec. */
export function describeAdapter(spec: StorageSpecContext): void {
  const { storage, newProject } = spec;
  describe('adapter', () => {
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
