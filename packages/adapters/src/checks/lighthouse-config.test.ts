import { describe, expect, it } from 'vitest';
import { auditsWithFixedMeta } from './lighthouse-audits.js';
import { categoriesConfig, previewLighthouseSettings } from './lighthouse-run.js';
import type { LighthouseCategory } from './lighthouse-run.js';

interface ResolvedConfig {
  settings: object;
  artifacts: Array<{ id: string }> | null;
  audits: Array<{ path: string; implementation: { meta: { id: string } }; options: object }> | null;
  categories: object | null;
}

// Lighthouse's own config resolution (not part of its public exports): what it runs with.
const { initializeConfig } = (await import('lighthouse/core/config/config.js' as string)) as {
  initializeConfig(mode: 'navigation', config: object, flags: object): Promise<{ resolvedConfig: ResolvedConfig }>;
};
const { defaultConfig, desktopConfig } = await import('lighthouse');

/** What a resolved config runs: its settings, the artifacts it gathers, the audits (with options) and categories it scores. */
async function resolved(config: object, categories: readonly LighthouseCategory[]) {
  const { resolvedConfig } = await initializeConfig('navigation', config, { onlyCategories: [...categories] });
  return {
    settings: resolvedConfig.settings,
    artifacts: resolvedConfig.artifacts?.map((artifact) => artifact.id).sort(),
    audits: resolvedConfig.audits?.map((audit) => `${audit.implementation.meta.id} ${JSON.stringify(audit.options)}`).sort(),
    categories: resolvedConfig.categories,
  };
}

describe('categoriesConfig', () => {
  const cases: Array<[string, readonly LighthouseCategory[], boolean]> = [
    ['desktop, both categories', ['performance', 'best-practices'], true],
    ['mobile, both categories', ['performance', 'best-practices'], false],
    ['desktop, performance only', ['performance'], true],
    ['mobile, best-practices only', ['best-practices'], false],
  ];
  it.each(cases)('resolves to what the whole default config does with onlyCategories (%s)', async (_name, categories, desktop) => {
    const settings = { ...(desktop ? desktopConfig.settings : {}), ...previewLighthouseSettings };
    const cut = categoriesConfig(defaultConfig as never, categories, settings);
    // Fewer audits to resolve and validate on each run...
    expect(cut.audits!.length).toBeLessThan((defaultConfig.audits as unknown[]).length);
    // ...and the same run: settings, artifacts, audits and categories.
    const whole = desktop ? { ...desktopConfig, settings: { ...desktopConfig.settings, ...previewLighthouseSettings } } : { extends: 'lighthouse:default', settings: previewLighthouseSettings };
    const [expected, actual] = [await resolved(whole, categories), await resolved(cut, categories)];
    expect(actual.audits!.length).toBeGreaterThan(10);
    expect(actual).toEqual(expected);
  });

  it('keeps the whole default config when an audit of the categories is not found by its file name', () => {
    const config = {
      settings: { locale: 'en-US' },
      audits: ['metrics/first-contentful-paint'],
      categories: { performance: { auditRefs: [{ id: 'first-contentful-paint' }, { id: 'renamed-audit' }] } },
    };
    expect(categoriesConfig(config, ['performance'], { formFactor: 'desktop' })).toEqual({ ...config, settings: { locale: 'en-US', formFactor: 'desktop' } });
  });

  it('auditsWithFixedMeta: the same run, each audit with the meta Lighthouse formats for it, formatted once per process', async () => {
    const categories = ['performance', 'best-practices'] as const;
    const cut = categoriesConfig(defaultConfig as never, categories, { ...desktopConfig.settings, ...previewLighthouseSettings });
    const fixed = { ...cut, audits: await auditsWithFixedMeta(cut.audits!) };
    expect(await resolved(fixed, categories)).toEqual(await resolved(cut, categories));

    const [ours, theirs] = await Promise.all([fixed, cut].map(async (config) => (await initializeConfig('navigation', config, { onlyCategories: [...categories] })).resolvedConfig.audits!));
    expect(ours!.map((audit) => audit.implementation.meta)).toEqual(theirs!.map((audit) => audit.implementation.meta));
    // Lighthouse's own classes format a new meta on each read; ours hand out the first, in every run of the process.
    expect(theirs![0]!.implementation.meta).not.toBe(theirs![0]!.implementation.meta);
    const again = await auditsWithFixedMeta(cut.audits!);
    for (const audit of ours!) expect(audit.implementation.meta).toBe((again.find((other) => other.path === audit.path)!.implementation as typeof audit.implementation).meta);
  });
});
