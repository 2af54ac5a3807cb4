import type { BuilderClient, BuilderSnapshot } from '@buildwright/client';

/** A client whose store holds a fixed snapshot (the hooks only read the store). */
export function fixedClient(snapshot: BuilderSnapshot): BuilderClient {
  return { subscribe: () => () => undefined, getSnapshot: () => snapshot } as unknown as BuilderClient;
}
