import { describe, expect, it, vi } from 'vitest';

describe('the analysis texts', () => {
  it('are not in the English table of the first load, and are there once loaded, for every translator made from it', async () => {
    vi.resetModules();
    const { en } = await import('../../../src/i18n/en');
    const { translator } = await import('../../../src/i18n/index');
    const { loadAnalysisTexts, withAnalysisTexts } = await import('../../../src/i18n/analysisTexts');
    const t = translator(en);
    expect(Object.hasOwn(en, 'rule.oneSidedExpertise.title')).toBe(false);
    expect(t('governance.title')).toBe('governance.title');
    expect(await withAnalysisTexts(Promise.resolve('module'))).toBe('module');
    expect(Object.hasOwn(en, 'rule.oneSidedExpertise.title')).toBe(true);
    expect(t('governance.title')).not.toBe('governance.title');
    // Loaded once.
    await loadAnalysisTexts();
    expect(Object.keys(en).length).toBe(new Set(Object.keys(en)).size);
  });
});
