import { describe, expect, it } from 'vitest';
import { uniqueId, type StorageSpecContext } from './context.js';

/** Storage spec, blobs (content-addressed file bodies shared by versions and checkpoints): see runStorageSpec. */
export function describeBlobs(spec: StorageSpecContext): void {
  const { storage, newProject, countBlobs, canCountBlobs } = spec;
  describe('blobs', () => {
    const sha256 = async (content: string) =>
      [...new Uint8Array(await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(content)))].map((byte) => byte.toString(16).padStart(2, '0')).join('');

    it("default: putBlobs returns each content's SHA-256 key in order, getBlobs returns the contents", async () => {
      const salt = uniqueId('blob');
      const contents = [`${salt} a`, '', `${salt} «ü» 🚀\r\n\u0000 end`, `${salt} a`];
      const keys = await storage.putBlobs({ contents });
      expect(keys).toEqual(await Promise.all(contents.map(sha256)));
      expect(await storage.getBlobs({ keys })).toEqual({ [keys[0]!]: contents[0], [keys[1]!]: '', [keys[2]!]: contents[2] });
    });

    it('behavior: a key not stored is absent; no keys, no contents', async () => {
      const stored = await storage.putBlobs({ contents: [uniqueId('blob')] });
      const unknown = await sha256(uniqueId('never stored'));
      expect(await storage.getBlobs({ keys: [unknown, ...stored] })).toEqual({ [stored[0]!]: expect.any(String) });
      expect(await storage.getBlobs({ keys: [] })).toEqual({});
      expect(await storage.putBlobs({ contents: [] })).toEqual([]);
    });

    it('behavior: one store with versions: a content stored by either is stored once and read by both', async () => {
      if (!canCountBlobs()) throw new Error('runStorageSpec needs options.countBlobs or an adapter countBlobs() hook to check content addressing.');
      const project = await newProject();
      const scope = { ownerId: project.ownerId, projectId: project.id };
      const salt = uniqueId('shared');
      const before = await countBlobs();
      await storage.createVersion({ ...scope, runId: null, message: 'one', files: { 'a.txt': `${salt} a` } });
      const [keyOfA, keyOfB] = await storage.putBlobs({ contents: [`${salt} a`, `${salt} b`] });
      await storage.putBlobs({ contents: [`${salt} a`, `${salt} b`] });
      expect((await countBlobs()) - before).toBe(2);
      expect(await storage.getBlobs({ keys: [keyOfA!] })).toEqual({ [keyOfA!]: `${salt} a` });
      await storage.createVersion({ ...scope, runId: null, message: 'two', files: { 'b.txt': `${salt} b` } });
      expect((await countBlobs()) - before).toBe(2);
      expect((await storage.getVersionFiles(scope))?.files).toEqual({ 'b.txt': `${salt} b` });
      expect(keyOfB).toBe(await sha256(`${salt} b`));
    });

    it('behavior: 2,000 contents and a 1 MB content in one call', async () => {
      const salt = uniqueId('many');
      const contents = Array.from({ length: 2_000 }, (_, index) => `${salt} ${index}`);
      contents.push(`${salt}\n${'x'.repeat(1024 * 1024)}`);
      const keys = await storage.putBlobs({ contents });
      expect(new Set(keys).size).toBe(contents.length);
      const found = await storage.getBlobs({ keys });
      expect(Object.keys(found)).toHaveLength(contents.length);
      expect(keys.every((key, index) => found[key] === contents[index])).toBe(true);
    });
  });
}
