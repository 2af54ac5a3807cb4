/** An audit of a Lighthouse config: its path under Lighthouse's `core/audits` (`'metrics/first-contentful-paint'`), with options. */
export type ConfigAudit = string | { path: string; options?: object };

/** An audit given to Lighthouse by its class (Lighthouse then imports nothing for it). */
export interface ResolvedAudit {
  path: string;
  implementation: object;
  options?: object;
}

/** Each audit class once per process, with its `meta` fixed. */
const classes = new Map<string, Promise<object>>();

/**
 * The config's audits as Lighthouse's own classes, each with its `meta` computed once per process.
 * Lighthouse reads an audit's `meta` (a getter) dozens of times a run, in its config checks, filters,
 * runner and report, and every read formats the audit's title and description anew through a new
 * `IntlMessageFormat`: about as much Node.js CPU as the rest of the config resolution, on each run.
 * The meta is the same on every read (static strings), so a subclass that returns the first one runs
 * the same audit (lighthouse-config.test.ts compares the resolved configs).
 *
 * @example
 * const config = { ...categoriesConfig(defaultConfig, categories, settings), audits: await auditsWithFixedMeta(cut.audits) };
 */
export function auditsWithFixedMeta(audits: readonly ConfigAudit[]): Promise<ResolvedAudit[]> {
  return Promise.all(
    audits.map(async (audit) => {
      const { path, options } = typeof audit === 'string' ? { path: audit, options: undefined } : audit;
      return { path, implementation: await auditClass(path), ...(options ? { options } : {}) };
    }),
  );
}

function auditClass(path: string): Promise<object> {
  let found = classes.get(path);
  if (!found) {
    const specifier = `lighthouse/core/audits/${path}.js`;
    found = (import(specifier) as Promise<{ default: new () => object }>).then(({ default: Audit }) => {
      const meta = (Audit as unknown as { meta: object }).meta;
      return class extends Audit {
        static get meta() {
          return meta;
        }
      };
    });
    classes.set(path, found);
    found.catch(() => classes.delete(path));
  }
  return found;
}
