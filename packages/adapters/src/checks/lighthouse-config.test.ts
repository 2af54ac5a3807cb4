import { describe, expect, it } from 'vitest';
import { categoriesConfig, previewLighthouseSettings } from './lighthouse-run.js';
import type { LighthouseCategory } from './lighthouse-run.js';

interface ResolvedConfig {
  settings: object;
  artifacts: Array<{ id: string }> | null;
  audits: Array<{ implementation: { meta: { id: string } }; options: object }> | null;
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
});
